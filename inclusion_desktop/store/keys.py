"""The store's fixed vocabularies: the keys of its settings and the actions of its audit log.

Both are string enums whose values are what the database holds (and what export files carry):
a member compares equal to its text, so rows written before the enums read the same.
"""

from __future__ import annotations

from enum import StrEnum


class SettingKey(StrEnum):
    """Every key of the ``setting`` table."""

    # The home screen's choices, remembered for the next start.
    ACTIVE_FORM_VERSION = "active_form_version"
    ACTIVE_ZONE = "active_zone"
    ACTIVE_OPERATOR = "active_operator"
    OPEN_SUBMISSION = "open_submission"
    ENTRY_MODE = "entry_mode"
    # Folders and formats last used by the dialogs.
    EXPORT_FOLDER = "export_folder"
    REPORTS_FOLDER = "reports_folder"
    DATA_EXPORT_FOLDER = "data_export_folder"
    DATA_EXPORT_FORMAT = "data_export_format"
    DATA_EXPORT_LANGUAGE = "data_export_language"
    # The campaign, audited when changed (`AUDITED_SETTINGS`).
    VERIFICATION_SHARE = "verification_share"
    CAMPAIGN_SEED = "campaign_seed"
    POPULATION_TARGETS = "population_targets"
    POPULATION_TARGETS_ZONES = "population_targets_zones"
    TERRITORY = "territory"
    TERRITORY_ORIGIN = "territory_origin"
    # A second keying under way, autosaved on every answer (see store.verification).
    SECOND_KEYING_DRAFT = "second_keying_draft"


#: Settings whose change is recorded in the audit log; the others only remember choices.
AUDITED_SETTINGS = frozenset(
    {
        SettingKey.VERIFICATION_SHARE,
        SettingKey.CAMPAIGN_SEED,
        SettingKey.POPULATION_TARGETS,
        SettingKey.POPULATION_TARGETS_ZONES,
        SettingKey.TERRITORY,
    }
)


class AuditAction(StrEnum):
    """What an audit row records (the labels shown are `audit.ACTION_LABELS`)."""

    CREATION = "creation"
    FINALISATION = "finalisation"
    MODIFICATION = "modification"
    DELETION = "suppression"
    ABANDON = "abandon"
    EXPORT = "export"
    MERGE = "fusion"
    CONFLICT_RESOLUTION = "resolution_conflit"
    SECOND_KEYING = "double_saisie"
    VERIFICATION = "verification"
    SETTING = "reglage"
    FREE_TEXT_ERASURE = "effacement_textes"
    PURGE = "purge"
    OPERATOR = "operateur"
    SECRET = "mot_de_passe"
    LOCKOUT = "verrouillage"
    ENROLMENT = "enrolement"
    UNSIGNED_IMPORT = "import_sans_signature"
    REVIEW = "a_verifier"
    FORM_REGISTRATION = "questionnaire_ajoute"
