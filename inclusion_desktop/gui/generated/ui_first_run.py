# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'first_run.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_FirstRunDialog(object):
    def setupUi(self, FirstRunDialog):
        if not FirstRunDialog.objectName():
            FirstRunDialog.setObjectName(u"FirstRunDialog")
        FirstRunDialog.resize(480, 220)
        FirstRunDialog.setMinimumSize(QSize(460, 0))
        self.mainLayout = QVBoxLayout(FirstRunDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(FirstRunDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.deviceLabel = QLabel(FirstRunDialog)
        self.deviceLabel.setObjectName(u"deviceLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.deviceLabel)

        self.device_edit = QLineEdit(FirstRunDialog)
        self.device_edit.setObjectName(u"device_edit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.device_edit)

        self.operatorLabel = QLabel(FirstRunDialog)
        self.operatorLabel.setObjectName(u"operatorLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.operatorLabel)

        self.operator_edit = QLineEdit(FirstRunDialog)
        self.operator_edit.setObjectName(u"operator_edit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.operator_edit)


        self.mainLayout.addLayout(self.formLayout)

        self.verticalSpacer = QSpacerItem(20, 8, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.buttons = QDialogButtonBox(FirstRunDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.deviceLabel.setBuddy(self.device_edit)
        self.operatorLabel.setBuddy(self.operator_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.device_edit, self.operator_edit)

        self.retranslateUi(FirstRunDialog)

        QMetaObject.connectSlotsByName(FirstRunDialog)
    # setupUi

    def retranslateUi(self, FirstRunDialog):
        FirstRunDialog.setWindowTitle(QCoreApplication.translate("FirstRunDialog", u"Bienvenue", None))
        self.introLabel.setText(QCoreApplication.translate("FirstRunDialog", u"Premier lancement sur cet ordinateur.\n"
"Ces informations accompagnent chaque questionnaire, pour savoir d'o\u00f9 il vient lors de la fusion.", None))
        self.deviceLabel.setText(QCoreApplication.translate("FirstRunDialog", u"Nom de cet ordinateur :", None))
        self.device_edit.setPlaceholderText(QCoreApplication.translate("FirstRunDialog", u"ex. Portable m\u00e9diation 3", None))
        self.operatorLabel.setText(QCoreApplication.translate("FirstRunDialog", u"Enqu\u00eateur\u00b7rice :", None))
        self.operator_edit.setPlaceholderText(QCoreApplication.translate("FirstRunDialog", u"ex. Samira B.", None))
    # retranslateUi

