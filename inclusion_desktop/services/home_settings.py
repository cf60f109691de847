"""The store settings the home screen starts from.

Kept apart from provisioning, which loads the store: the main window reads these names before
the store (and SQLAlchemy) is loaded.
"""

#: The operator the home screen starts with, and the questionnaire it offers.
SETTING_OPERATOR = "active_operator"
SETTING_FORM = "active_form_version"
