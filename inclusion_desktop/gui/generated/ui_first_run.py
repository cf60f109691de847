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
from PySide6.QtWidgets import (QApplication, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget,
    QWizardPage)

class Ui_DevicePage(object):
    def setupUi(self, DevicePage):
        if not DevicePage.objectName():
            DevicePage.setObjectName(u"DevicePage")
        DevicePage.resize(640, 300)
        self.mainLayout = QVBoxLayout(DevicePage)
        self.mainLayout.setSpacing(12)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(DevicePage)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.deviceLabel = QLabel(DevicePage)
        self.deviceLabel.setObjectName(u"deviceLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.deviceLabel)

        self.device_edit = QLineEdit(DevicePage)
        self.device_edit.setObjectName(u"device_edit")
        self.device_edit.setMaxLength(120)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.device_edit)


        self.mainLayout.addLayout(self.formLayout)

        self.hintLabel = QLabel(DevicePage)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.hintLabel)

        self.verticalSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

#if QT_CONFIG(shortcut)
        self.deviceLabel.setBuddy(self.device_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DevicePage)

        QMetaObject.connectSlotsByName(DevicePage)
    # setupUi

    def retranslateUi(self, DevicePage):
        DevicePage.setTitle(QCoreApplication.translate("DevicePage", u"Ordinateur", None))
        DevicePage.setSubTitle(QCoreApplication.translate("DevicePage", u"Donnez un nom \u00e0 cet ordinateur.", None))
        self.introLabel.setText(QCoreApplication.translate("DevicePage", u"Ce nom accompagne chaque questionnaire et chaque ligne du journal d'activit\u00e9 : lors de la fusion des exports, la coordination sait de quel ordinateur ils viennent.", None))
        self.deviceLabel.setText(QCoreApplication.translate("DevicePage", u"&Nom de cet ordinateur :", None))
        self.device_edit.setPlaceholderText(QCoreApplication.translate("DevicePage", u"ex. Portable m\u00e9diation 3", None))
        self.hintLabel.setText(QCoreApplication.translate("DevicePage", u"Obligatoire. Choisissez un nom que l'\u00e9quipe reconna\u00eet, diff\u00e9rent pour chaque ordinateur ; il pourra \u00eatre chang\u00e9 dans les r\u00e9glages.", None))
    # retranslateUi

