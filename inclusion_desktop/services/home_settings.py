"""The store settings the home screen starts from.

The values of store.keys.SettingKey.ACTIVE_OPERATOR and ACTIVE_FORM_VERSION, written out here:
the main window reads them before the store (and SQLAlchemy) is loaded, and importing the store
package would load it (tests/core/test_services.py checks they agree).
"""

#: The operator the home screen starts with, and the questionnaire it offers.
SETTING_OPERATOR = "active_operator"
SETTING_FORM = "active_form_version"
