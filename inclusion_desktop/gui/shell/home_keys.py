"""The store settings the home screen remembers, typed as the store's keys.

`SettingKey` is a StrEnum, so its plain string values are equal keys; importing it would load the
store (and SQLAlchemy) before the main window is shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from inclusion_desktop.services import home_settings

if TYPE_CHECKING:
    from inclusion_desktop.store.keys import SettingKey

SETTING_FORM = cast("SettingKey", home_settings.SETTING_FORM)
SETTING_OPERATOR = cast("SettingKey", home_settings.SETTING_OPERATOR)
SETTING_ZONE = cast("SettingKey", "active_zone")
SETTING_OPEN = cast("SettingKey", "open_submission")
SETTING_MODE = cast("SettingKey", "entry_mode")
