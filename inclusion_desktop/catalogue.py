"""The catalogue of what the application says: error messages and the labels of actions.

Every user-facing error carries a code of `Code` and its parameters (errors.AppError); its
French template is in `MESSAGES`. The labels of permissions, audit actions, submission statuses
and roles live here once, for the core and both front ends. The core renders the French
(`french`); the GUI passes Qt's translator (`QCoreApplication.translate`) instead, so the English
interface shows English. Each French source is marked with QT_TRANSLATE_NOOP, a no-op of this
module that pyside6-lupdate reads by its name (scripts/build_translations.py lists this file):
the core stays free of Qt. Where a French str must stay (a --json report, a list of reasons),
`Said` is that str carrying its catalogued message, which the GUI renders in its language.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Protocol

#: A translator: (context, French source) -> text in the interface language.
Translate = Callable[[str, str], str]

#: The Qt translation context of the messages of `MESSAGES`.
MESSAGES_CONTEXT = "Messages"


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 (the name lupdate reads)
    """Marks `source` for translation in `context` and returns it unchanged."""
    del context
    return source


def plural(count: int, singular: str, plural: str) -> str:
    """« 1 problème », « 2 problèmes »: the count and the French words agreeing with it.

    French keeps the singular for 0 and 1 (« 0 questionnaire importé »).
    """
    return f"{count} {singular if abs(count) < 2 else plural}"


def french(context: str, source: str) -> str:
    """The translator of the core and the command line: the French source as it is."""
    del context
    return source


class Code(StrEnum):
    """What went wrong, one code per catalogued message (pyxform's ErrorCode, for this app).

    The codes named after an area alone (form, store, bundle…) carry a message still written in
    French at the raise site (`detail`): the catalogue passes it through untranslated.
    """

    # -- areas whose message is given at the raise site ------------------------------------
    FORM = "form"
    EXPRESSION = "expression"
    STORE = "store"
    STORE_DAMAGED = "store_damaged"
    PURGE = "purge"
    BUNDLE = "bundle"
    SIGNING = "signing"
    TABULAR = "tabular"
    IMPORT_REFUSED = "import_refused"
    TERRITORY = "territory"
    QUOTA = "quota"
    FIELDWORK = "fieldwork"
    POPULATION_TARGETS = "population_targets"
    INDICATOR_FILE = "indicator_file"
    WEIGHTING = "weighting"
    REPORT = "report"
    PAPER_FORM = "paper_form"
    OFFER = "offer"
    OUTLINE = "outline"
    FONT = "font"
    FIELDWORK_SHEET = "fieldwork_sheet"
    COMMAND = "command"
    # -- not a refusal: a bug ----------------------------------------------------------------
    UNEXPECTED = "unexpected"
    # -- forms (XLSForm) -------------------------------------------------------------------
    FORM_PROBLEMS = "form.problems"
    FORM_PROBLEM = "form.problem"
    FORM_PROBLEM_ADVICE = "form.problem_advice"
    FORM_PLACE_SHEET = "form.place_sheet"
    FORM_PLACE_ROW = "form.place_row"
    FORM_PLACE_COLUMN = "form.place_column"
    FORM_TOO_DEEP = "form.too_deep"
    FORM_EXTENSION = "form.extension"
    FORM_NO_EXTENSION = "form.no_extension"
    FORM_UNREADABLE = "form.unreadable"
    FORM_NOT_AN_XLSFORM = "form.not_an_xlsform"
    FORM_DAMAGED = "form.damaged"
    FORM_NO_SURVEY = "form.no_survey"
    FORM_NAME_TWICE = "form.name_twice"
    FORM_META_RESERVED = "form.meta_reserved"
    FORM_CHOICE_TWICE = "form.choice_twice"
    FORM_PYXFORM = "form.pyxform"
    FORM_FILE_UNREADABLE = "form.file_unreadable"
    FORM_MEDIA_FOLDER_MISSING = "form.media_folder_missing"
    FORM_GEOJSON_UNREADABLE = "form.geojson_unreadable"
    FORM_UNSUPPORTED_TYPE = "form.unsupported_type"
    FORM_UNKNOWN_LIST = "form.unknown_list"
    FORM_EXPRESSION = "form.expression"
    FORM_UNKNOWN_REFERENCE = "form.unknown_reference"
    FORM_UNKNOWN_REFERENCE_IN = "form.unknown_reference_in"
    FORM_ADVICE_GROUP_ENDS = "form.advice_group_ends"
    FORM_ADVICE_SAVE_AS = "form.advice_save_as"
    FORM_ADVICE_OPEN_SURVEY = "form.advice_open_survey"
    FORM_ADVICE_SAVE_AGAIN = "form.advice_save_again"
    FORM_ADVICE_SURVEY_COLUMNS = "form.advice_survey_columns"
    FORM_ADVICE_DISTINCT_NAMES = "form.advice_distinct_names"
    FORM_ADVICE_RENAME_GROUP = "form.advice_rename_group"
    FORM_ADVICE_CHOICE_DUPLICATES = "form.advice_choice_duplicates"
    FORM_ADVICE_FIX_SPREADSHEET = "form.advice_fix_spreadsheet"
    FORM_ADVICE_TYPES = "form.advice_types"
    FORM_ADVICE_EXPRESSION = "form.advice_expression"
    FORM_ADVICE_SPELLING = "form.advice_spelling"
    # -- expressions of a form ---------------------------------------------------------------
    EXPRESSION_EMPTY = "expression.empty"
    EXPRESSION_INCOMPLETE = "expression.incomplete"
    EXPRESSION_TOO_DEEP = "expression.too_deep"
    EXPRESSION_UNTERMINATED_STRING = "expression.unterminated_string"
    EXPRESSION_UNEXPECTED_CHARACTER = "expression.unexpected_character"
    EXPRESSION_REFERENCE_AT = "expression.reference_at"
    EXPRESSION_UNTERMINATED_REFERENCE = "expression.unterminated_reference"
    EXPRESSION_INVALID_REFERENCE = "expression.invalid_reference"
    EXPRESSION_EXTRA_PARENTHESIS = "expression.extra_parenthesis"
    EXPRESSION_MISSING_PARENTHESIS = "expression.missing_parenthesis"
    EXPRESSION_PREDICATE = "expression.predicate"
    EXPRESSION_UNION = "expression.union"
    EXPRESSION_UNEXPECTED = "expression.unexpected"
    EXPRESSION_PATH = "expression.path"
    EXPRESSION_PATH_STEP = "expression.path_step"
    EXPRESSION_UNKNOWN_FUNCTION = "expression.unknown_function"
    EXPRESSION_POSITION_ARGUMENT = "expression.position_argument"
    EXPRESSION_ARGUMENT_COUNT = "expression.argument_count"
    EXPRESSION_AT_LEAST = "expression.at_least"
    EXPRESSION_BETWEEN = "expression.between"
    EXPRESSION_NEEDS_REFERENCE = "expression.needs_reference"
    EXPRESSION_NEEDS_REFERENCE_FIRST = "expression.needs_reference_first"
    EXPRESSION_CHOICE_NAME_ARGUMENT = "expression.choice_name_argument"
    EXPRESSION_INVALID_PATTERN = "expression.invalid_pattern"
    EXPRESSION_UNSUPPORTED_PATTERN = "expression.unsupported_pattern"
    # -- permissions ---------------------------------------------------------------------
    WRONG_SECRET_LAST = "permissions.wrong_secret_last"
    WRONG_SECRET = "permissions.wrong_secret"
    COORDINATORS_LOCKED = "permissions.coordinators_locked"
    OPERATOR_LOCKED = "permissions.operator_locked"
    COORDINATOR_PASSWORD_UNREADABLE = "permissions.password_unreadable"
    COORDINATOR_NO_TERMINAL = "permissions.no_terminal"
    COORDINATOR_PASSWORD_NOT_TYPED = "permissions.password_not_typed"
    COORDINATOR_PASSWORD_EMPTY = "permissions.password_empty"
    LAST_COORDINATOR = "permissions.last_coordinator"
    SECRET_TOO_SHORT = "permissions.secret_too_short"
    SECRET_SPACES = "permissions.secret_spaces"
    # -- opening the store -----------------------------------------------------------------
    STORE_DRIVER_MISSING = "store.driver_missing"
    STORE_FOREIGN_TABLES = "store.foreign_tables"
    STORE_NEWER_SCHEMA = "store.newer_schema"
    STORE_NOT_A_FILE = "store.not_a_file"
    STORE_NOT_A_DATABASE = "store.not_a_database"
    STORE_READ_ONLY = "store.read_only"
    STORE_CANNOT_CREATE = "store.cannot_create"
    STORE_CANNOT_OPEN = "store.cannot_open"
    STORE_DAMAGED_FILE = "store.damaged_file"
    STORE_DEVICE_NAME_EMPTY = "store.device_name_empty"
    STORE_OPERATOR_NAME_EMPTY = "store.operator_name_empty"
    STORE_UNKNOWN_ROLE = "store.unknown_role"
    STORE_SUBMISSION_NOT_FOUND = "store.submission_not_found"
    STORE_SUBMISSION_DELETED = "store.submission_deleted"
    STORE_DELETION_REASON_MISSING = "store.deletion_reason_missing"
    # -- backups and end of campaign ---------------------------------------------------------
    BACKUP_FAILED = "backup.failed"
    BACKUP_NOT_FOUND = "backup.not_found"
    BACKUP_UNREADABLE = "backup.unreadable"
    BACKUP_DAMAGED = "backup.damaged"
    BACKUP_FOREIGN = "backup.foreign"
    BACKUP_REFUSED = "backup.refused"
    RESTORE_FAILED = "backup.restore_failed"
    RESTORE_STORE_OPEN = "backup.store_open"
    SAFETY_COPY_FAILED = "backup.safety_copy_failed"
    PURGE_STORE_CHANGED = "purge.store_changed"
    PURGE_STORE_IN_USE = "purge.store_in_use"
    # -- export files and merges -------------------------------------------------------------
    BUNDLE_REFUSED = "bundle.refused"
    BUNDLE_NOT_FOUND = "bundle.not_found"
    BUNDLE_UNREADABLE = "bundle.unreadable"
    BUNDLE_TOO_LARGE = "bundle.too_large"
    BUNDLE_NOT_A_BUNDLE = "bundle.not_a_bundle"
    BUNDLE_ENCRYPTED_TRUNCATED = "bundle.encrypted_truncated"
    BUNDLE_PASSPHRASE_NEEDED = "bundle.passphrase_needed"
    BUNDLE_WRONG_PASSPHRASE = "bundle.wrong_passphrase"
    BUNDLE_TAMPERED = "bundle.tampered"
    BUNDLE_SIGNATURE_INVALID = "bundle.signature_invalid"
    BUNDLE_EXISTS = "bundle.exists"
    BUNDLE_NO_FOLDER = "bundle.no_folder"
    BUNDLE_CLEAR_WITH_PASSPHRASE = "bundle.clear_with_passphrase"
    BUNDLE_UNSIGNED_WITH_ENROLMENT = "bundle.unsigned_with_enrolment"
    BUNDLE_SIGNER_NOT_ENROLLED = "bundle.signer_not_enrolled"
    PASSPHRASE_UNREADABLE = "bundle.passphrase_unreadable"
    PASSPHRASE_EMPTY = "bundle.passphrase_empty"
    ENROL_UNSIGNED = "signing.enrol_unsigned"
    SIGNING_KEY_CANNOT_CREATE = "signing.key_cannot_create"
    SIGNING_KEY_UNREADABLE = "signing.key_unreadable"
    SIGNING_KEY_DAMAGED = "signing.key_damaged"
    SIGNING_KEY_INVALID = "signing.key_invalid"
    ENROL_CODE_MISMATCH = "signing.enrol_code_mismatch"
    MERGE_WRITE_FAILED = "merge.write_failed"
    MERGE_DATA_REFUSED = "merge.data_refused"
    MERGE_STORE_BUSY = "merge.store_busy"
    # -- tables from other tools ---------------------------------------------------------------
    TABLE_FORM_UNREADABLE = "tabular.form_unreadable"
    TABLE_NOT_AN_XLSFORM = "tabular.not_an_xlsform"
    TABLE_NOT_CSV = "tabular.not_csv"
    TABLE_UNREADABLE = "tabular.unreadable"
    TABLE_DUPLICATE_ID = "tabular.duplicate_id"
    TABLE_NO_ROWS = "tabular.no_rows"
    TABLE_NO_MATCHING_COLUMN = "tabular.no_matching_column"
    TABLE_NO_ID_COLUMN = "tabular.no_id_column"
    TABLE_UNKNOWN_FORMAT = "tabular.unknown_format"
    TABLE_NOTHING_TO_EXPORT = "tabular.nothing_to_export"
    TABLE_WRITE_FAILED = "tabular.write_failed"
    TABLE_DAMAGED_UNICODE = "tabular.damaged_unicode"
    TABLE_CELL_TOO_LARGE = "tabular.cell_too_large"
    TABLE_CSV_UNREADABLE = "tabular.csv_unreadable"
    TABLE_ATTACHMENT_EXISTS = "tabular.attachment_exists"
    # -- summary sheets ------------------------------------------------------------------------
    REPORT_UNKNOWN_LANGUAGE = "report.unknown_language"
    REPORT_NO_COMPLETE = "report.no_complete"
    REPORT_ONLY_REFUSALS = "report.only_refusals"
    REPORT_ONLY_REFUSAL = "report.only_refusal"
    REPORT_UNKNOWN_ZONE = "report.unknown_zone"
    REPORT_TOO_FEW_RESPONDENTS = "report.too_few_respondents"
    REPORT_ONE_RESPONDENT = "report.one_respondent"
    REPORT_FOLDER_NOT_WRITABLE = "report.folder_not_writable"
    REPORT_WRITE_FAILED = "report.write_failed"
    REPORT_NO_FORM = "report.no_form"
    REPORT_TARGETS_UNUSABLE = "report.targets_unusable"
    REPORT_OFFER_WHOLE_TERRITORY = "report.offer_whole_territory"
    FONT_NOT_FOUND = "report.font_not_found"
    # -- fieldwork quotas --------------------------------------------------------------------
    QUOTA_NO_AGE_BANDS = "quota.no_age_bands"
    QUOTA_ZERO_SHARES = "quota.zero_shares"
    QUOTA_PLANNED_INVALID = "quota.planned_invalid"
    QUOTA_UNKNOWN_ZONE = "quota.unknown_zone"
    QUOTA_UNKNOWN_CELL = "quota.unknown_cell"
    QUOTA_TARGET_INVALID = "quota.target_invalid"
    # -- population targets ----------------------------------------------------------------
    POPULATION_MISSING_COLUMNS = "population.missing_columns"
    POPULATION_MISSING_COLUMN = "population.missing_column"
    POPULATION_EMPTY_CELL = "population.empty_cell"
    POPULATION_COUNT_NOT_NUMBER = "population.count_not_number"
    POPULATION_COUNT_NEGATIVE = "population.count_negative"
    POPULATION_DUPLICATE_CELL = "population.duplicate_cell"
    POPULATION_EMPTY = "population.empty"
    POPULATION_ZERO_TOTAL = "population.zero_total"
    POPULATION_UNEQUAL_TOTALS = "population.unequal_totals"
    POPULATION_NO_TARGETS = "population.no_targets"
    POPULATION_ZONE_COLUMN = "population.zone_column"
    POPULATION_ZONE_EMPTY = "population.zone_empty"
    POPULATION_IN_ZONE = "population.in_zone"
    # -- weighting -------------------------------------------------------------------------
    WEIGHTING_NOT_NUMERIC = "weighting.not_numeric"
    WEIGHTING_NOT_YES_NO = "weighting.not_yes_no"
    WEIGHTING_ONE_PER_SUBMISSION = "weighting.one_per_submission"
    WEIGHTING_NOT_POSITIVE = "weighting.not_positive"
    WEIGHTING_VARIABLE_LENGTH = "weighting.variable_length"
    WEIGHTING_MISSING_VALUES = "weighting.missing_values"
    WEIGHTING_MISSING_VALUE = "weighting.missing_value"
    WEIGHTING_INVALID_TARGETS = "weighting.invalid_targets"
    WEIGHTING_UNKNOWN_CELLS = "weighting.unknown_cells"
    WEIGHTING_UNKNOWN_CELL = "weighting.unknown_cell"
    WEIGHTING_EMPTY_CELLS = "weighting.empty_cells"
    WEIGHTING_NO_MARGIN = "weighting.no_margin"
    WEIGHTING_UNEQUAL_MARGINS = "weighting.unequal_margins"
    WEIGHTING_NO_CONVERGENCE = "weighting.no_convergence"
    # -- territory ---------------------------------------------------------------------------
    TERRITORY_COMMUNE_EMPTY = "territory.commune_empty"
    TERRITORY_COMMUNE_NAME = "territory.commune_name"
    TERRITORY_COMMUNE_RESERVED = "territory.commune_reserved"
    TERRITORY_INSEE_FORMAT = "territory.insee_format"
    TERRITORY_LABEL_EMPTY = "territory.label_empty"
    TERRITORY_ZONE_NAME = "territory.zone_name"
    TERRITORY_QPV_FORMAT = "territory.qpv_format"
    TERRITORY_QPV_DEPARTMENT = "territory.qpv_department"
    TERRITORY_OTHER_WITH_QPV = "territory.other_with_qpv"
    TERRITORY_EMPTY = "territory.empty"
    TERRITORY_PROBLEMS = "territory.problems"
    # -- indicator files ---------------------------------------------------------------------
    INDICATOR_LABEL = "indicator.label"
    INDICATOR_EMPTY_EXPRESSION = "indicator.empty_expression"
    INDICATOR_EXPRESSION = "indicator.expression"
    INDICATOR_UNKNOWN_QUESTIONS = "indicator.unknown_questions"
    INDICATOR_UNKNOWN_QUESTION = "indicator.unknown_question"
    INDICATOR_COMPARISONS_LIST = "indicator.comparisons_list"
    INDICATOR_COMPARISON_VALUE = "indicator.comparison_value"
    INDICATOR_NEEDS_FORM = "indicator.needs_form"
    INDICATOR_NOT_A_CHOICE = "indicator.not_a_choice"
    INDICATOR_ID_AND_VALUE = "indicator.id_and_value"
    INDICATOR_UNREADABLE = "indicator.unreadable"
    INDICATOR_DUPLICATE_ID = "indicator.duplicate_id"
    INDICATOR_NO_FILE = "indicator.no_file"
    INDICATOR_PLACE_SECTION = "indicator.place_section"
    INDICATOR_PLACE_INDICATOR = "indicator.place_indicator"
    TERRITORY_COMMUNE_RENAMED = "territory.commune_renamed"
    TERRITORY_INSEE_DIFFERS = "territory.insee_differs"
    TERRITORY_COMMUNE_TWICE = "territory.commune_twice"
    TERRITORY_INSEE_TAKEN = "territory.insee_taken"
    TERRITORY_ZONE_TWICE = "territory.zone_twice"
    TERRITORY_LABEL_TWICE = "territory.label_twice"
    TERRITORY_QPV_TAKEN = "territory.qpv_taken"
    TERRITORY_OTHER_MISSING = "territory.other_missing"
    TERRITORY_MISSING_COLUMNS = "territory.missing_columns"
    TERRITORY_MISSING_COLUMN = "territory.missing_column"
    TERRITORY_ZONE_IN_USE = "territory.zone_in_use"
    TERRITORY_ZONE_IN_USE_ONCE = "territory.zone_in_use_once"
    # -- services, offer sheet and map, command line -----------------------------------------
    PURGE_BACKUP_FAILED = "purge.backup_failed"
    PAPER_NUMBER_UNKNOWN = "collect.paper_number_unknown"
    PAPER_FIRST_KEYING_UNFINISHED = "collect.first_keying_unfinished"
    CONFLICT_PREFIX_UNKNOWN = "conflict.prefix_unknown"
    CONFLICT_PREFIX_AMBIGUOUS = "conflict.prefix_ambiguous"
    CONFLICT_VERSION_AMBIGUOUS = "conflict.version_ambiguous"
    VERIFICATION_SHARE_UNKNOWN = "settings.verification_share_unknown"
    FIRST_RUN_REFUSED = "provisioning.first_run_refused"
    OFFER_INDICATORS_INVALID = "offer.indicators_invalid"
    OFFER_NO_SURVEY = "offer.no_survey"
    OFFER_NO_COMPLETE = "offer.no_complete"
    OFFER_WRITE_FAILED = "offer.write_failed"
    OUTLINE_UNREADABLE = "outline.unreadable"
    OUTLINE_NO_INSEE_CODE = "outline.no_insee_code"
    OPERATOR_UNKNOWN = "command.operator_unknown"
    SETUP_DEVICE_NAME_EMPTY = "provisioning.device_name_empty"
    SETUP_COORDINATOR_NAME_EMPTY = "provisioning.coordinator_name_empty"
    SETUP_COORDINATOR_PASSWORD = "provisioning.coordinator_password"
    SETUP_MEDIATOR_UNNAMED = "provisioning.mediator_unnamed"
    SETUP_NAME_TWICE = "provisioning.name_twice"
    SETUP_MEDIATOR_PIN = "provisioning.mediator_pin"
    SETUP_SECRET_TOO_SHORT = "provisioning.secret_too_short"
    SETUP_SECRET_EDGE_SPACE = "provisioning.secret_edge_space"
    SETUP_SECRET_MISMATCH = "provisioning.secret_mismatch"
    # -- data import refused for rows the form rejects ---------------------------------------
    IMPORT_ROWS_REFUSED = "import.rows_refused"
    IMPORT_INVALID_ROW = "import.invalid_row"
    IMPORT_INVALID_ROWS = "import.invalid_rows"
    IMPORT_ANSWER_AT_FAULT = "import.answer_at_fault"
    IMPORT_ANSWERS_AT_FAULT = "import.answers_at_fault"
    IMPORT_KEEP_INVALID_OPTION = "import.keep_invalid_option"
    IMPORT_KEEP_INVALID_BOX = "import.keep_invalid_box"
    # -- store: records, attachments, reviews, verifications, server backups ------------------
    STORE_BUSY = "store.busy"
    STORE_BUSY_DURING = "store.busy_during"
    STORE_FORM_VERSION_NOT_FOUND = "store.form_version_not_found"
    STORE_OPERATOR_NOT_FOUND = "store.operator_not_found"
    STORE_OPERATOR_UNKNOWN = "store.operator_unknown"
    STORE_SUBMISSION_DRAFT_ONLY = "store.submission_draft_only"
    STORE_SUBMISSION_NOT_FINISHED = "store.submission_not_finished"
    STORE_NOT_IN_CONFLICT = "store.not_in_conflict"
    STORE_NOT_A_CONFLICT_VERSION = "store.not_a_conflict_version"
    STORE_QUOTAS_INVALID = "store.quotas_invalid"
    STORE_OUTCOME_UNKNOWN = "store.outcome_unknown"
    STORE_RESOLUTION_UNKNOWN = "store.resolution_unknown"
    STORE_NOT_IN_REVIEW = "store.not_in_review"
    ATTACHMENT_SUBMISSION_DELETED = "attachment.submission_deleted"
    ATTACHMENT_UNREADABLE = "attachment.unreadable"
    ATTACHMENT_NOT_FOUND = "attachment.not_found"
    ATTACHMENT_CONFLICT = "attachment.conflict"
    # -- the computer's camera (photos of image questions, gui.field.camera_dialog) -----------
    CAMERA_NONE = "camera.none"
    CAMERA_DENIED = "camera.denied"
    CAMERA_BUSY = "camera.busy"
    CAMERA_CAPTURE_FAILED = "camera.capture_failed"
    FORM_MEDIA_DIFFERS = "form_media.differs"
    FORM_MEDIA_TOO_BIG = "form_media.too_big"
    FORM_MEDIA_TOTAL_TOO_BIG = "form_media.total_too_big"
    VERIFICATION_NOT_FOUND = "verification.not_found"
    VERIFICATION_NOT_COMPLETE = "verification.not_complete"
    VERIFICATION_ALREADY_DONE = "verification.already_done"
    SERVER_BACKUP_NO_PG_DUMP = "server_backup.no_pg_dump"
    SERVER_BACKUP_PG_DUMP_FAILED = "server_backup.pg_dump_failed"
    SERVER_BACKUP_UNREADABLE = "server_backup.unreadable"
    SERVER_BACKUP_TABLES_MISSING = "server_backup.tables_missing"
    SERVER_BACKUP_FAILED = "server_backup.failed"
    STORE_SERVER_LOGIN_REFUSED = "store.server_login_refused"
    STORE_SERVER_DATABASE_MISSING = "store.server_database_missing"
    STORE_SERVER_UNREACHABLE = "store.server_unreachable"
    STORE_SERVER_CANNOT_OPEN = "store.server_cannot_open"
    # Export files (sync/bundle.py)
    BUNDLE_HEADER_DAMAGED = "bundle.header_damaged"
    BUNDLE_NEWER_FORMAT = "bundle.newer_format"
    BUNDLE_STORED_FORM_HASH = "bundle.stored_form_hash"
    BUNDLE_KEY_UNAVAILABLE = "bundle.key_unavailable"
    BUNDLE_REREAD_FAILED = "bundle.reread_failed"
    BUNDLE_REREAD_DIFFERS = "bundle.reread_differs"
    BUNDLE_TOO_MANY_MEMBERS = "bundle.too_many_members"
    BUNDLE_MANIFEST_NO_VERSION = "bundle.manifest_no_version"
    BUNDLE_MANIFEST_NO_MEMBERS = "bundle.manifest_no_members"
    BUNDLE_MEMBER_UNDECLARED = "bundle.member_undeclared"
    BUNDLE_MEMBER_MISSING = "bundle.member_missing"
    BUNDLE_MEMBER_HASH = "bundle.member_hash"
    BUNDLE_DAMAGED = "bundle.damaged"
    BUNDLE_CONTENT_INVALID = "bundle.content_invalid"
    BUNDLE_MEMBER_UNREADABLE = "bundle.member_unreadable"
    BUNDLE_MEMBER_ILLEGIBLE = "bundle.member_illegible"
    BUNDLE_FORM_HASH = "bundle.form_hash"
    BUNDLE_LINE_UNREADABLE = "bundle.line_unreadable"
    BUNDLE_SUBMISSION_TWICE = "bundle.submission_twice"
    BUNDLE_SUBMISSION_FORM_MISSING = "bundle.submission_form_missing"
    BUNDLE_REVISION_HASH = "bundle.revision_hash"
    BUNDLE_COUNTS_DIFFER = "bundle.counts_differ"
    BUNDLE_MEMBER_BOMB = "bundle.member_bomb"
    BUNDLE_CONTENT_BOMB = "bundle.content_bomb"
    BUNDLE_ATTACHMENT_HASH = "bundle.attachment_hash"
    BUNDLE_ATTACHMENT_HASH_NAMED = "bundle.attachment_hash_named"
    BUNDLE_FORM_MEDIA_HASH = "bundle.form_media_hash"
    BUNDLE_FORM_MEDIA_HASH_NAMED = "bundle.form_media_hash_named"
    BUNDLE_TEXT_EXPECTED = "bundle.text_expected"
    BUNDLE_TIME_WITHOUT_ZONE = "bundle.time_without_zone"
    BUNDLE_ENTRY_MODE_UNKNOWN = "bundle.entry_mode_unknown"
    BUNDLE_AUTHOR_UNDECLARED = "bundle.author_undeclared"
    BUNDLE_STATUS_UNKNOWN = "bundle.status_unknown"
    BUNDLE_ANSWERS_INVALID = "bundle.answers_invalid"
    BUNDLE_HASH_INVALID = "bundle.hash_invalid"
    BUNDLE_REVISION_NUMBER_INVALID = "bundle.revision_number_invalid"
    BUNDLE_NO_REVISION = "bundle.no_revision"
    BUNDLE_FORM_MEDIA_NAME_INVALID = "bundle.form_media_name_invalid"
    BUNDLE_FORM_MEDIA_UNDECLARED = "bundle.form_media_undeclared"
    BUNDLE_FORM_MEDIA_SIZE_INVALID = "bundle.form_media_size_invalid"
    BUNDLE_FORM_MEDIA_TOO_BIG = "bundle.form_media_too_big"
    BUNDLE_FORM_MEDIA_TOTAL_TOO_BIG = "bundle.form_media_total_too_big"
    BUNDLE_ATTACHMENT_UNDECLARED = "bundle.attachment_undeclared"
    BUNDLE_ATTACHMENT_NAME_INVALID = "bundle.attachment_name_invalid"
    BUNDLE_ATTACHMENT_ORPHAN = "bundle.attachment_orphan"
    BUNDLE_ATTACHMENT_SIZE_INVALID = "bundle.attachment_size_invalid"
    BUNDLE_OBJECT_EXPECTED = "bundle.object_expected"
    BUNDLE_AUDIT_ID_INVALID = "bundle.audit_id_invalid"
    BUNDLE_AUDIT_DEVICE_UNDECLARED = "bundle.audit_device_undeclared"
    BUNDLE_AUDIT_CHAIN_INVALID = "bundle.audit_chain_invalid"
    BUNDLE_AUDIT_SIGNATURE_INVALID = "bundle.audit_signature_invalid"
    BUNDLE_NO_SPACE = "bundle.no_space"
    BUNDLE_READ_ONLY = "bundle.read_only"
    BUNDLE_WRITE_FAILED = "bundle.write_failed"
    BUNDLE_NOTHING_WRITTEN = "bundle.nothing_written"
    BUNDLE_NO_EXPORT_WRITTEN = "bundle.no_export_written"
    BUNDLE_NO_PDF_WRITTEN = "bundle.no_pdf_written"
    # -- the form engine's own checks (questionnaire.session), for forms that give none ------
    SESSION_REQUIRED = "session.required"
    SESSION_CONSTRAINT = "session.constraint"
    SESSION_INTEGER = "session.integer"
    SESSION_DECIMAL = "session.decimal"
    SESSION_DATE = "session.date"
    SESSION_DATE_MONTH_YEAR = "session.date_month_year"
    SESSION_DATE_YEAR = "session.date_year"
    SESSION_TIME = "session.time"
    SESSION_NUMBER = "session.number"
    SESSION_RANGE = "session.range"
    SESSION_UNKNOWN_CHOICE = "session.unknown_choice"
    SESSION_DATETIME = "session.datetime"
    SESSION_GEOPOINT = "session.geopoint"
    SESSION_GEO_RANGE = "session.geo_range"
    SESSION_GEOTRACE = "session.geotrace"
    SESSION_REPEAT_COUNT = "session.repeat_count"
    SESSION_REPEAT_COUNT_ONE = "session.repeat_count_one"
    SESSION_IN_INSTANCE = "session.in_instance"
    # -- audit chains (store.audit_chain), checked by a merge and by ``audit verify`` ---------
    AUDIT_ROW_MODIFIED = "audit.row_modified"
    AUDIT_ROW_MISSING = "audit.row_missing"
    AUDIT_CHAIN_FORKED = "audit.chain_forked"
    AUDIT_ROW_UNSIGNED = "audit.row_unsigned"
    AUDIT_SIGNATURE_MISMATCH = "audit.signature_mismatch"
    AUDIT_UNKNOWN_LAPTOP = "audit.unknown_laptop"
    MERGE_AUDIT_REFUSED = "merge.audit_refused"
    # -- notices of a form: what the app ignores or renders differently (never a refusal) ---
    FORM_NOTICE = "form.notice"
    FORM_NOTICE_ODK_COLUMN = "form.notice_odk_column"
    FORM_NOTICE_IGNORED_COLUMN = "form.notice_ignored_column"
    FORM_NOTICE_CHOICE_MEDIA = "form.notice_choice_media"
    FORM_NOTICE_SETTING_IGNORED = "form.notice_setting_ignored"
    FORM_NOTICE_MEDIA_MISSING = "form.notice_media_missing"
    FORM_NOTICE_PULLDATA_MISSING = "form.notice_pulldata_missing"
    FORM_NOTICE_METADATA = "form.notice_metadata"
    FORM_NOTICE_RANK = "form.notice_rank"
    FORM_NOTICE_READ_ONLY = "form.notice_read_only"
    FORM_NOTICE_CHOICE_FILE_MISSING = "form.notice_choice_file_missing"
    FORM_NOTICE_EXTERNAL_LIST_MISSING = "form.notice_external_list_missing"
    FORM_NOTICE_RANDOMIZE = "form.notice_randomize"
    FORM_NOTICE_PARAMETERS = "form.notice_parameters"
    FORM_NOTICE_NO_CALCULATION = "form.notice_no_calculation"
    FORM_NOTICE_APPEARANCE = "form.notice_appearance"
    FORM_NOTICE_PATH_MISSING = "form.notice_path_missing"
    FORM_NOTICE_BARE_NAME = "form.notice_bare_name"
    # -- quota progress in words (quotas: home screen, fieldwork view) ------------------------
    QUOTA_BAND_RANGE = "quota.band_range"
    QUOTA_BAND_OVER = "quota.band_over"
    QUOTA_BAND_NAMED = "quota.band_named"
    QUOTA_PERSON = "quota.person"
    QUOTA_PEOPLE = "quota.people"
    QUOTA_WOMAN = "quota.woman"
    QUOTA_WOMEN = "quota.women"
    QUOTA_MAN = "quota.man"
    QUOTA_MEN = "quota.men"
    QUOTA_AND = "quota.and"
    QUOTA_MISSING = "quota.missing"
    QUOTA_MISSING_AMONG = "quota.missing_among"
    QUOTA_CELL = "quota.cell"
    QUOTA_NO_PROJECTION = "quota.no_projection"
    QUOTA_PROJECTION = "quota.projection"
    QUOTA_HOME_REACHED = "quota.home_reached"
    QUOTA_HOME_PRIORITY = "quota.home_priority"
    QUOTA_SEPARATOR = "quota.separator"
    # -- questionnaires refused one by one at a merge (sync.trust, sync.form_check) ----------
    MERGE_REVISION_UNSIGNED = "merge.revision_unsigned"
    FORM_CHECK_REFUSED = "form_check.refused"
    FORM_CHECK_REFUSED_MORE_ONE = "form_check.refused_more_one"
    FORM_CHECK_REFUSED_MORE = "form_check.refused_more"
    FORM_CHECK_UNREADABLE = "form_check.unreadable"
    # -- operator accounts changed outside the application (store.sealing) -------------------
    OPERATOR_TAMPERED = "operator.tampered"
    OPERATOR_KEY_MISSING = "operator.key_missing"
    OPERATOR_KEY_CHANGED = "operator.key_changed"
    OPERATOR_VANISHED = "operator.vanished"
    # -- rows of an imported table the form does not accept (sync.validation) ---------------
    IMPORT_ROW_PROBLEM = "import.row_problem"
    IMPORT_VALUE = "import.value"
    IMPORT_EMPTY_VALUE = "import.empty_value"
    IMPORT_RULE_REQUIRED = "import.rule_required"
    IMPORT_RULE_TYPE = "import.rule_type"
    IMPORT_RULE_CHOICE = "import.rule_choice"
    IMPORT_RULE_CONSTRAINT = "import.rule_constraint"
    IMPORT_RULE_RELEVANCE = "import.rule_relevance"
    IMPORT_IRRELEVANT_ANSWER = "import.irrelevant_answer"
    # -- sizes as said to users ------------------------------------------------------------
    SIZE_MEGABYTES = "size.megabytes"
    SIZE_MEGABYTES_WHOLE = "size.megabytes_whole"
    ATTACHMENT_TOO_BIG = "attachment.too_big"
    # -- end of campaign: purge check and result, compaction ------------------------------------
    PURGE_BUNDLE_REFUSED = "purge.bundle_refused"
    PURGE_MISSING_ONE = "purge.missing_one"
    PURGE_MISSING = "purge.missing"
    PURGE_UNFINISHED_ONE = "purge.unfinished_one"
    PURGE_UNFINISHED = "purge.unfinished"
    PURGE_NOTHING_PURGED = "purge.nothing_purged"
    PURGE_NOTHING_TO_PURGE = "purge.nothing_to_purge"
    PURGE_READY_ONE = "purge.ready_one"
    PURGE_READY = "purge.ready"
    PURGE_LISTING_MORE_ONE = "purge.listing_more_one"
    PURGE_LISTING_MORE = "purge.listing_more"
    PURGE_DESCRIBED = "purge.described"
    PURGE_DESCRIBED_BY = "purge.described_by"
    PURGE_NO_ZONE = "purge.no_zone"
    PURGE_DONE = "purge.done"
    PURGE_BACKUP_KEPT = "purge.backup_kept"
    COUNT_QUESTIONNAIRE = "count.questionnaire"
    COUNT_QUESTIONNAIRES = "count.questionnaires"
    COUNT_VERSION = "count.version"
    COUNT_VERSIONS = "count.versions"
    STORE_COMPACTION_NOTE = "store.compaction_note"


#: The French template of every code; {name} fields are the error's parameters.
MESSAGES: dict[Code, str] = {
    Code.FORM: QT_TRANSLATE_NOOP("Messages", "{detail}"),
    Code.EXPRESSION: QT_TRANSLATE_NOOP("Messages", "{detail}"),
    Code.STORE: QT_TRANSLATE_NOOP("Messages", "{detail}"),
    Code.STORE_DAMAGED: QT_TRANSLATE_NOOP("Messages", "{detail}"),
    Code.PURGE: QT_TRANSLATE_NOOP("Messages", "{detail}"),
    Code.BUNDLE: QT_TRANSLATE_NOOP("Messages", "{detail}"),
    Code.SIGNING: QT_TRANSLATE_NOOP("Messages", "{detail}"),
    Code.TABULAR: QT_TRANSLATE_NOOP("Messages", "{detail}"),
    Code.IMPORT_REFUSED: QT_TRANSLATE_NOOP("Messages", "{detail}"),
    Code.TERRITORY: QT_TRANSLATE_NOOP("Messages", "{detail}"),
    Code.QUOTA: QT_TRANSLATE_NOOP("Messages", "{detail}"),
    Code.FIELDWORK: QT_TRANSLATE_NOOP("Messages", "{detail}"),
    Code.POPULATION_TARGETS: QT_TRANSLATE_NOOP("Messages", "{detail}"),
    Code.INDICATOR_FILE: QT_TRANSLATE_NOOP("Messages", "{detail}"),
    Code.WEIGHTING: QT_TRANSLATE_NOOP("Messages", "{detail}"),
    Code.REPORT: QT_TRANSLATE_NOOP("Messages", "{detail}"),
    Code.PAPER_FORM: QT_TRANSLATE_NOOP("Messages", "{detail}"),
    Code.OFFER: QT_TRANSLATE_NOOP("Messages", "{detail}"),
    Code.OUTLINE: QT_TRANSLATE_NOOP("Messages", "{detail}"),
    Code.FONT: QT_TRANSLATE_NOOP("Messages", "{detail}"),
    Code.FIELDWORK_SHEET: QT_TRANSLATE_NOOP("Messages", "{detail}"),
    Code.COMMAND: QT_TRANSLATE_NOOP("Messages", "{detail}"),
    Code.UNEXPECTED: QT_TRANSLATE_NOOP(
        "Messages",
        "Erreur inattendue : ce n'est pas un refus mais un défaut du programme ; voir le "
        "journal technique : {log}",
    ),
    # -- forms (XLSForm) -------------------------------------------------------------------
    Code.FORM_PROBLEMS: QT_TRANSLATE_NOOP("Messages", "{problems}"),
    Code.FORM_PROBLEM: QT_TRANSLATE_NOOP("Messages", "{place} : {message}"),
    Code.FORM_PROBLEM_ADVICE: QT_TRANSLATE_NOOP("Messages", "{place} : {message} — {advice}"),
    Code.FORM_PLACE_SHEET: QT_TRANSLATE_NOOP("Messages", "feuille « {sheet} »"),
    Code.FORM_PLACE_ROW: QT_TRANSLATE_NOOP("Messages", "ligne {row}"),
    Code.FORM_PLACE_COLUMN: QT_TRANSLATE_NOOP("Messages", "colonne « {column} »"),
    Code.FORM_TOO_DEEP: QT_TRANSLATE_NOOP(
        "Messages", "groupes et répétitions imbriqués sur plus de {levels} niveaux"
    ),
    Code.FORM_EXTENSION: QT_TRANSLATE_NOOP("Messages", "extension « {extension} » non reconnue"),
    Code.FORM_NO_EXTENSION: QT_TRANSLATE_NOOP("Messages", "(aucune)"),
    Code.FORM_UNREADABLE: QT_TRANSLATE_NOOP("Messages", "lecture impossible ({reason})"),
    Code.FORM_NOT_AN_XLSFORM: QT_TRANSLATE_NOOP(
        "Messages", "le fichier n'a pas pu être lu comme un XLSForm ({error})"
    ),
    Code.FORM_DAMAGED: QT_TRANSLATE_NOOP(
        "Messages", "le fichier est endommagé ou n'est pas un classeur lisible ({error})"
    ),
    Code.FORM_NO_SURVEY: QT_TRANSLATE_NOOP("Messages", "la feuille « survey » est absente ou vide"),
    Code.FORM_NAME_TWICE: QT_TRANSLATE_NOOP(
        "Messages", "le nom « {name} » est déjà utilisé ligne {first_row} dans le même groupe"
    ),
    Code.FORM_META_RESERVED: QT_TRANSLATE_NOOP(
        "Messages", "le nom « meta » est réservé aux métadonnées du formulaire"
    ),
    Code.FORM_CHOICE_TWICE: QT_TRANSLATE_NOOP(
        "Messages",
        "le choix « {name} » figure déjà ligne {first_row} dans la liste « {list_name} »",
    ),
    Code.FORM_PYXFORM: QT_TRANSLATE_NOOP("Messages", "XLSForm refusé par pyxform : {message}"),
    Code.FORM_FILE_UNREADABLE: QT_TRANSLATE_NOOP(
        "Messages", "fichier « {file} » illisible ({error})"
    ),
    Code.FORM_MEDIA_FOLDER_MISSING: QT_TRANSLATE_NOOP(
        "Messages", "dossier des fichiers du formulaire introuvable : {folder}"
    ),
    Code.FORM_GEOJSON_UNREADABLE: QT_TRANSLATE_NOOP(
        "Messages", "fichier « {file} » illisible (GeoJSON attendu : {error})"
    ),
    Code.FORM_UNSUPPORTED_TYPE: QT_TRANSLATE_NOOP(
        "Messages", "type de question non pris en charge : « {type} »"
    ),
    Code.FORM_UNKNOWN_LIST: QT_TRANSLATE_NOOP(
        "Messages", "liste de choix « {list_name} » introuvable"
    ),
    Code.FORM_EXPRESSION: QT_TRANSLATE_NOOP("Messages", "expression « {source} » : {error}"),
    Code.FORM_UNKNOWN_REFERENCE: QT_TRANSLATE_NOOP(
        "Messages", "référence inconnue ${{{reference}}}"
    ),
    Code.FORM_UNKNOWN_REFERENCE_IN: QT_TRANSLATE_NOOP(
        "Messages", "référence inconnue ${{{reference}}} dans « {source} »"
    ),
    Code.FORM_ADVICE_GROUP_ENDS: QT_TRANSLATE_NOOP(
        "Messages",
        "un questionnaire réel en compte moins de dix : vérifiez les lignes « begin group » / "
        "« end group »",
    ),
    Code.FORM_ADVICE_SAVE_AS: QT_TRANSLATE_NOOP(
        "Messages", "enregistrez le questionnaire en .xlsx, .xls, .csv ou .md"
    ),
    Code.FORM_ADVICE_OPEN_SURVEY: QT_TRANSLATE_NOOP(
        "Messages", "vérifiez qu'il s'ouvre dans un tableur et qu'il a une feuille « survey »"
    ),
    Code.FORM_ADVICE_SAVE_AGAIN: QT_TRANSLATE_NOOP(
        "Messages", "ouvrez-le dans un tableur et enregistrez-le de nouveau"
    ),
    Code.FORM_ADVICE_SURVEY_COLUMNS: QT_TRANSLATE_NOOP(
        "Messages",
        "un XLSForm a au moins une feuille « survey » avec les colonnes type, name et label",
    ),
    Code.FORM_ADVICE_DISTINCT_NAMES: QT_TRANSLATE_NOOP(
        "Messages",
        "deux questions d'un même groupe ou d'une même répétition doivent avoir des noms "
        "différents",
    ),
    Code.FORM_ADVICE_RENAME_GROUP: QT_TRANSLATE_NOOP("Messages", "renommez ce groupe"),
    Code.FORM_ADVICE_CHOICE_DUPLICATES: QT_TRANSLATE_NOOP(
        "Messages", "donnez-lui un autre nom, ou ajoutez le réglage allow_choice_duplicates = yes"
    ),
    Code.FORM_ADVICE_FIX_SPREADSHEET: QT_TRANSLATE_NOOP(
        "Messages", "corrigez le questionnaire dans le tableur puis rechargez-le"
    ),
    Code.FORM_ADVICE_TYPES: QT_TRANSLATE_NOOP(
        "Messages",
        "types possibles : ceux de pyxform (text, integer, decimal, select_one, select_multiple, "
        "date, time, geopoint, image, note, calculate, …)",
    ),
    Code.FORM_ADVICE_EXPRESSION: QT_TRANSLATE_NOOP(
        "Messages", "corrigez l'expression (syntaxe XLSForm, références ${{nom}})"
    ),
    Code.FORM_ADVICE_SPELLING: QT_TRANSLATE_NOOP(
        "Messages", "vérifiez l'orthographe du nom de la question"
    ),
    # -- expressions of a form ---------------------------------------------------------------
    Code.EXPRESSION_EMPTY: QT_TRANSLATE_NOOP("Messages", "expression vide"),
    Code.EXPRESSION_INCOMPLETE: QT_TRANSLATE_NOOP("Messages", "expression incomplète"),
    Code.EXPRESSION_TOO_DEEP: QT_TRANSLATE_NOOP("Messages", "expression trop imbriquée"),
    Code.EXPRESSION_UNTERMINATED_STRING: QT_TRANSLATE_NOOP(
        "Messages", "chaîne non terminée : guillemet ouvert à la position {position}"
    ),
    Code.EXPRESSION_UNEXPECTED_CHARACTER: QT_TRANSLATE_NOOP(
        "Messages", "caractère inattendu « {character} » à la position {position}"
    ),
    Code.EXPRESSION_REFERENCE_AT: QT_TRANSLATE_NOOP(
        "Messages", "référence invalide à la position {position} : écrivez ${{nom}}"
    ),
    Code.EXPRESSION_UNTERMINATED_REFERENCE: QT_TRANSLATE_NOOP(
        "Messages", "référence non terminée à la position {position} : « }} » manquant"
    ),
    Code.EXPRESSION_INVALID_REFERENCE: QT_TRANSLATE_NOOP(
        "Messages", "référence invalide : « {reference} »"
    ),
    Code.EXPRESSION_EXTRA_PARENTHESIS: QT_TRANSLATE_NOOP(
        "Messages", "parenthèse fermante en trop à la position {position}"
    ),
    Code.EXPRESSION_MISSING_PARENTHESIS: QT_TRANSLATE_NOOP(
        "Messages", "parenthèse fermante manquante"
    ),
    Code.EXPRESSION_PREDICATE: QT_TRANSLATE_NOOP(
        "Messages", "prédicat « [ … ] » non pris en charge"
    ),
    Code.EXPRESSION_UNION: QT_TRANSLATE_NOOP("Messages", "opérateur non pris en charge : « | »"),
    Code.EXPRESSION_UNEXPECTED: QT_TRANSLATE_NOOP(
        "Messages", "élément inattendu « {element} » à la position {position}"
    ),
    Code.EXPRESSION_PATH: QT_TRANSLATE_NOOP(
        "Messages", "chemin XPath non pris en charge : « {path} » — utilisez ${{nom}}"
    ),
    Code.EXPRESSION_PATH_STEP: QT_TRANSLATE_NOOP(
        "Messages", "étape de chemin XPath invalide à la position {position}"
    ),
    Code.EXPRESSION_UNKNOWN_FUNCTION: QT_TRANSLATE_NOOP(
        "Messages", "fonction non prise en charge : {function}()"
    ),
    Code.EXPRESSION_POSITION_ARGUMENT: QT_TRANSLATE_NOOP(
        "Messages", "position() n'accepte que l'argument « .. »"
    ),
    Code.EXPRESSION_ARGUMENT_COUNT: QT_TRANSLATE_NOOP(
        "Messages",
        "nombre d'arguments incorrect pour {function}() : {given} au lieu de {expected}",
    ),
    Code.EXPRESSION_AT_LEAST: QT_TRANSLATE_NOOP("Messages", "au moins {count}"),
    Code.EXPRESSION_BETWEEN: QT_TRANSLATE_NOOP("Messages", "{fewest} à {most}"),
    Code.EXPRESSION_NEEDS_REFERENCE: QT_TRANSLATE_NOOP(
        "Messages", "{function}() attend une référence ${{nom}} en argument"
    ),
    Code.EXPRESSION_NEEDS_REFERENCE_FIRST: QT_TRANSLATE_NOOP(
        "Messages", "{function}() attend une référence ${{nom}} en premier argument"
    ),
    Code.EXPRESSION_CHOICE_NAME_ARGUMENT: QT_TRANSLATE_NOOP(
        "Messages",
        "jr:choice-name() attend en second argument le nom de la question entre guillemets, "
        "par exemple '${{question}}'",
    ),
    Code.EXPRESSION_INVALID_PATTERN: QT_TRANSLATE_NOOP(
        "Messages", "expression régulière invalide : « {pattern} »"
    ),
    Code.EXPRESSION_UNSUPPORTED_PATTERN: QT_TRANSLATE_NOOP(
        "Messages",
        "expression régulière non prise en charge : « {pattern} » (les références arrière et "
        "les assertions avant/arrière ne peuvent pas être évaluées en un temps borné)",
    ),
    # -- permissions ---------------------------------------------------------------------
    Code.WRONG_SECRET_LAST: QT_TRANSLATE_NOOP(
        "Messages",
        "Code ou mot de passe incorrect. Encore 1 essai avant un blocage d'une minute.",
    ),
    Code.WRONG_SECRET: QT_TRANSLATE_NOOP(
        "Messages",
        "Code ou mot de passe incorrect. Encore {attempts} essais avant un blocage d'une minute.",
    ),
    Code.COORDINATORS_LOCKED: QT_TRANSLATE_NOOP(
        "Messages",
        "Trop d'essais manqués : les coordinateurs sont bloqués pendant encore {seconds} s. "
        "Réessayez ensuite.",
    ),
    Code.OPERATOR_LOCKED: QT_TRANSLATE_NOOP(
        "Messages",
        "Trop d'essais manqués : {name} est bloqué·e pendant encore {seconds} s. "
        "Réessayez ensuite.",
    ),
    Code.COORDINATOR_PASSWORD_UNREADABLE: QT_TRANSLATE_NOOP(
        "Messages", "mot de passe illisible ({path}) : {reason}"
    ),
    Code.COORDINATOR_NO_TERMINAL: QT_TRANSLATE_NOOP(
        "Messages",
        "commande réservée à la coordination : sans terminal, donnez le mot de passe avec "
        "--password-file.",
    ),
    Code.COORDINATOR_PASSWORD_NOT_TYPED: QT_TRANSLATE_NOOP(
        "Messages", "commande réservée à la coordination : mot de passe non saisi."
    ),
    Code.COORDINATOR_PASSWORD_EMPTY: QT_TRANSLATE_NOOP(
        "Messages", "commande réservée à la coordination : mot de passe vide."
    ),
    Code.LAST_COORDINATOR: QT_TRANSLATE_NOOP(
        "Messages",
        "{name} est le seul coordinateur ou la seule coordinatrice : nommez d'abord quelqu'un "
        "d'autre coordinateur·rice.",
    ),
    Code.SECRET_TOO_SHORT: QT_TRANSLATE_NOOP(
        "Messages", "Le code ou mot de passe doit compter au moins {length} caractères."
    ),
    Code.SECRET_SPACES: QT_TRANSLATE_NOOP(
        "Messages", "Le code ou mot de passe ne peut pas commencer ni finir par une espace."
    ),
    # -- opening the store -----------------------------------------------------------------
    Code.STORE_DRIVER_MISSING: QT_TRANSLATE_NOOP(
        "Messages",
        "Le pilote de base de données « {driver} » n'est pas installé : la base {where} ne peut "
        "pas être ouverte. Pour une base PostgreSQL, installez l'application avec son option "
        "PostgreSQL (pip install 'inclusion-desktop[postgres]').",
    ),
    Code.STORE_FOREIGN_TABLES: QT_TRANSLATE_NOOP(
        "Messages",
        "La base {where} n'a pas été créée par inclusion_desktop (elle contient déjà d'autres "
        "tables) : elle n'a pas été modifiée.",
    ),
    Code.STORE_NEWER_SCHEMA: QT_TRANSLATE_NOOP(
        "Messages",
        "Cette base a été créée par une version plus récente d'inclusion_desktop "
        "(schéma {version}) : mettez l'application à jour.",
    ),
    Code.STORE_NOT_A_FILE: QT_TRANSLATE_NOOP(
        "Messages", "{path} n'est pas un fichier de base de données."
    ),
    Code.STORE_NOT_A_DATABASE: QT_TRANSLATE_NOOP(
        "Messages",
        "Le fichier {path} n'est pas une base de données inclusion_desktop (ce n'est pas une "
        "base SQLite lisible) : il n'a pas été modifié.",
    ),
    Code.STORE_READ_ONLY: QT_TRANSLATE_NOOP(
        "Messages",
        "La base {path} est sur un support en lecture seule (ou dans un dossier où l'écriture "
        "est interdite) : copiez-la sur le disque de l'ordinateur ou ouvrez-la depuis un "
        "dossier où vous pouvez écrire. Elle n'a pas été modifiée.",
    ),
    Code.STORE_CANNOT_CREATE: QT_TRANSLATE_NOOP(
        "Messages", "Impossible de créer la base {path} : {reason}"
    ),
    Code.STORE_CANNOT_OPEN: QT_TRANSLATE_NOOP(
        "Messages", "Impossible d'ouvrir la base {path} : {reason}"
    ),
    Code.STORE_DAMAGED_FILE: QT_TRANSLATE_NOOP(
        "Messages",
        "La base {path} est endommagée (contrôle d'intégrité SQLite en échec : {problem}). "
        "Elle n'a pas été sauvegardée, pour ne pas remplacer les bonnes sauvegardes. Restaurez "
        "la dernière sauvegarde saine (menu Fichier › Restaurer une sauvegarde), puis "
        "refusionnez les fichiers d'export reçus depuis.",
    ),
    Code.STORE_DEVICE_NAME_EMPTY: QT_TRANSLATE_NOOP(
        "Messages", "Le nom de l'ordinateur ne peut pas être vide."
    ),
    Code.STORE_OPERATOR_NAME_EMPTY: QT_TRANSLATE_NOOP(
        "Messages", "Le nom de l'opérateur ne peut pas être vide."
    ),
    Code.STORE_UNKNOWN_ROLE: QT_TRANSLATE_NOOP("Messages", "Rôle inconnu : {role}."),
    Code.STORE_SUBMISSION_NOT_FOUND: QT_TRANSLATE_NOOP(
        "Messages", "Questionnaire introuvable : {uuid}."
    ),
    Code.STORE_SUBMISSION_DELETED: QT_TRANSLATE_NOOP(
        "Messages", "Le questionnaire {uuid} a été supprimé : il ne peut plus être modifié."
    ),
    Code.STORE_DELETION_REASON_MISSING: QT_TRANSLATE_NOOP(
        "Messages", "Indiquez le motif de la suppression."
    ),
    # -- backups and end of campaign ---------------------------------------------------------
    Code.BACKUP_FAILED: QT_TRANSLATE_NOOP(
        "Messages", "Sauvegarde de la base {path} impossible ({reason}) : rien n'a été modifié."
    ),
    Code.BACKUP_NOT_FOUND: QT_TRANSLATE_NOOP("Messages", "Sauvegarde introuvable : {path}."),
    Code.BACKUP_UNREADABLE: QT_TRANSLATE_NOOP(
        "Messages",
        "La sauvegarde {name} est illisible ({reason}) : la base actuelle n'a pas été modifiée.",
    ),
    Code.BACKUP_DAMAGED: QT_TRANSLATE_NOOP(
        "Messages",
        "La sauvegarde {name} est endommagée (contrôle d'intégrité en échec) : la base "
        "actuelle n'a pas été modifiée.",
    ),
    Code.BACKUP_FOREIGN: QT_TRANSLATE_NOOP(
        "Messages",
        "{name} n'est pas une sauvegarde d'une base inclusion_desktop : la base actuelle n'a "
        "pas été modifiée.",
    ),
    Code.BACKUP_REFUSED: QT_TRANSLATE_NOOP(
        "Messages", "{reason} (sauvegarde {name} ; la base actuelle n'a pas été modifiée)"
    ),
    Code.RESTORE_FAILED: QT_TRANSLATE_NOOP(
        "Messages", "Restauration impossible ({reason}) : la base actuelle n'a pas été modifiée."
    ),
    Code.RESTORE_STORE_OPEN: QT_TRANSLATE_NOOP(
        "Messages",
        "La base {path} est encore ouverte (dans cette application ou une autre) : fermez-la "
        "avant de restaurer une sauvegarde. Rien n'a été restauré.",
    ),
    Code.SAFETY_COPY_FAILED: QT_TRANSLATE_NOOP(
        "Messages",
        "Copie de sécurité de la base actuelle impossible ({reason}) : rien n'a été restauré.",
    ),
    Code.PURGE_STORE_CHANGED: QT_TRANSLATE_NOOP(
        "Messages",
        "La base a changé depuis la vérification (questionnaire ajouté, modifié ou en cours de "
        "saisie) : rien n'a été purgé, recommencez la vérification.",
    ),
    Code.PURGE_STORE_IN_USE: QT_TRANSLATE_NOOP(
        "Messages",
        "La base est encore utilisée par un autre programme : le fichier -wal n'a pas pu être "
        "vidé. Fermez les autres fenêtres de l'application et recommencez.",
    ),
    # -- export files and merges -------------------------------------------------------------
    Code.BUNDLE_REFUSED: QT_TRANSLATE_NOOP("Messages", "{file} : {reason}"),
    Code.BUNDLE_NOT_FOUND: QT_TRANSLATE_NOOP("Messages", "fichier introuvable."),
    Code.BUNDLE_UNREADABLE: QT_TRANSLATE_NOOP("Messages", "lecture impossible ({reason})."),
    Code.BUNDLE_TOO_LARGE: QT_TRANSLATE_NOOP(
        "Messages",
        "fichier de plus de {size}, bien plus qu'un export réel : refusé sans être ouvert.",
    ),
    Code.BUNDLE_NOT_A_BUNDLE: QT_TRANSLATE_NOOP(
        "Messages", "ce fichier n'est pas un fichier d'export d'inclusion_desktop."
    ),
    Code.BUNDLE_ENCRYPTED_TRUNCATED: QT_TRANSLATE_NOOP(
        "Messages", "fichier d'export chiffré tronqué."
    ),
    Code.BUNDLE_PASSPHRASE_NEEDED: QT_TRANSLATE_NOOP(
        "Messages", "ce fichier d'export est chiffré : indiquez la phrase de passe de la campagne."
    ),
    Code.BUNDLE_WRONG_PASSPHRASE: QT_TRANSLATE_NOOP("Messages", "phrase de passe incorrecte."),
    Code.BUNDLE_TAMPERED: QT_TRANSLATE_NOOP(
        "Messages",
        "le fichier d'export a été modifié ou tronqué après chiffrement "
        "(authentification refusée).",
    ),
    Code.BUNDLE_SIGNATURE_INVALID: QT_TRANSLATE_NOOP(
        "Messages",
        "signature du fichier invalide : il a été modifié après avoir été signé par "
        "l'ordinateur qui l'a écrit.",
    ),
    Code.BUNDLE_EXISTS: QT_TRANSLATE_NOOP(
        "Messages", "ce fichier existe déjà : choisissez un autre nom."
    ),
    Code.BUNDLE_NO_FOLDER: QT_TRANSLATE_NOOP(
        "Messages", "le dossier de destination n'existe pas (clé retirée ?)."
    ),
    Code.BUNDLE_CLEAR_WITH_PASSPHRASE: QT_TRANSLATE_NOOP(
        "Messages",
        "fichier d'export non chiffré alors qu'une phrase de passe de campagne est définie : "
        "refusé (les fichiers de la campagne sont toujours chiffrés ; pour un ancien fichier, "
        "utilisez « importer sans signature »).",
    ),
    Code.BUNDLE_UNSIGNED_WITH_ENROLMENT: QT_TRANSLATE_NOOP(
        "Messages",
        "fichier non signé (ordinateur « {name} ») alors que la campagne a des ordinateurs "
        "enrôlés : refusé. Pour un ancien fichier, utilisez « importer sans signature ».",
    ),
    Code.BUNDLE_SIGNER_NOT_ENROLLED: QT_TRANSLATE_NOOP(
        "Messages",
        "fichier signé par un ordinateur non enrôlé : « {name} » (code {laptop_code}). Enrôlez-le "
        "après avoir comparé ce code avec celui affiché sur cet ordinateur, ou refusez le "
        "fichier.",
    ),
    Code.PASSPHRASE_UNREADABLE: QT_TRANSLATE_NOOP(
        "Messages", "phrase de passe illisible ({path}) : {reason}"
    ),
    Code.PASSPHRASE_EMPTY: QT_TRANSLATE_NOOP(
        "Messages", "le fichier {path} ne contient pas de phrase de passe."
    ),
    Code.ENROL_UNSIGNED: QT_TRANSLATE_NOOP(
        "Messages",
        "{file} : fichier non signé (écrit par une version plus ancienne) : faites un nouvel "
        "export sur l'ordinateur à enrôler.",
    ),
    Code.SIGNING_KEY_CANNOT_CREATE: QT_TRANSLATE_NOOP(
        "Messages", "clé de signature de cet ordinateur impossible à créer ({path}) : {reason}"
    ),
    Code.SIGNING_KEY_UNREADABLE: QT_TRANSLATE_NOOP(
        "Messages", "clé de signature de cet ordinateur illisible ({path}) : {reason}"
    ),
    Code.SIGNING_KEY_DAMAGED: QT_TRANSLATE_NOOP(
        "Messages",
        "clé de signature de cet ordinateur endommagée ({path}) : restaurez-la ou supprimez-la "
        "puis faites enrôler de nouveau cet ordinateur.",
    ),
    Code.SIGNING_KEY_INVALID: QT_TRANSLATE_NOOP(
        "Messages", "clé de signature de cet ordinateur invalide ({path})."
    ),
    Code.ENROL_CODE_MISMATCH: QT_TRANSLATE_NOOP(
        "Messages",
        "le code saisi ne correspond pas à celui de « {name} » ({file}) : cet ordinateur n'a "
        "pas été enrôlé. Relisez le code affiché sur son écran ; s'il diffère vraiment, le "
        "fichier ne vient pas de lui.",
    ),
    Code.MERGE_WRITE_FAILED: QT_TRANSLATE_NOOP(
        "Messages",
        "Écriture dans la base impossible ({reason}) : {file} n'a pas été fusionné et la base "
        "est restée telle qu'avant ce fichier.",
    ),
    Code.MERGE_DATA_REFUSED: QT_TRANSLATE_NOOP(
        "Messages",
        "La base a refusé les données de {file} ({reason}) : ce fichier n'a pas été fusionné "
        "et la base est restée telle qu'avant lui.",
    ),
    Code.MERGE_STORE_BUSY: QT_TRANSLATE_NOOP(
        "Messages",
        "{what} : la base partagée est trop occupée par d'autres fusions en même temps "
        "({attempts} tentatives). Rien n'a été écrit pour ce fichier ; recommencez dans un "
        "moment.",
    ),
    # -- tables from other tools ---------------------------------------------------------------
    Code.TABLE_FORM_UNREADABLE: QT_TRANSLATE_NOOP(
        "Messages", "{file} : XLSForm illisible ({reason})."
    ),
    Code.TABLE_NOT_AN_XLSFORM: QT_TRANSLATE_NOOP(
        "Messages", "{file} : pas de feuille « survey », ce n'est pas un XLSForm."
    ),
    Code.TABLE_NOT_CSV: QT_TRANSLATE_NOOP(
        "Messages",
        "{file} : ce n'est pas un fichier CSV (contenu binaire). Exportez les données en CSV ou "
        "en XLSX depuis Kobo, ODK Central ou le tableur.",
    ),
    Code.TABLE_UNREADABLE: QT_TRANSLATE_NOOP("Messages", "{file} : fichier illisible ({reason})."),
    Code.TABLE_DUPLICATE_ID: QT_TRANSLATE_NOOP(
        "Messages",
        "{file} : l'identifiant {id} apparaît deux fois (lignes {first} et {second}) ; corrigez "
        "le fichier. Rien n'a été importé.",
    ),
    Code.TABLE_NO_ROWS: QT_TRANSLATE_NOOP("Messages", "{file} : aucune ligne à importer."),
    Code.TABLE_NO_MATCHING_COLUMN: QT_TRANSLATE_NOOP(
        "Messages",
        "{file} : aucune colonne ne correspond à une question du questionnaire « {form_id} » "
        "({form_file}) : est-ce le bon questionnaire ? Rien n'a été importé.",
    ),
    Code.TABLE_NO_ID_COLUMN: QT_TRANSLATE_NOOP(
        "Messages",
        "{file} : aucune ligne n'a d'identifiant de questionnaire (colonnes _uuid, "
        "meta/instanceID ou KEY) : rien n'a été importé.",
    ),
    Code.TABLE_UNKNOWN_FORMAT: QT_TRANSLATE_NOOP(
        "Messages", "Format inconnu : {format} (csv, xlsx ou dta)."
    ),
    Code.TABLE_NOTHING_TO_EXPORT: QT_TRANSLATE_NOOP(
        "Messages", "Aucun questionnaire terminé à exporter."
    ),
    Code.TABLE_WRITE_FAILED: QT_TRANSLATE_NOOP(
        "Messages", "{file} : écriture impossible ({reason})."
    ),
    Code.TABLE_DAMAGED_UNICODE: QT_TRANSLATE_NOOP(
        "Messages", "{file} : fichier UTF-16 endommagé ({reason})."
    ),
    Code.TABLE_CELL_TOO_LARGE: QT_TRANSLATE_NOOP(
        "Messages",
        "{file}, ligne {line} : une cellule dépasse {limit} Kio (fichier endommagé ou qui n'est "
        "pas un export). Rien n'a été importé.",
    ),
    Code.TABLE_CSV_UNREADABLE: QT_TRANSLATE_NOOP(
        "Messages", "{file}, ligne {line} : CSV illisible ({reason}). Rien n'a été importé."
    ),
    Code.TABLE_ATTACHMENT_EXISTS: QT_TRANSLATE_NOOP(
        "Messages",
        "{path} existe déjà avec un autre contenu : rien n'a été écrit. Choisissez un autre "
        "dossier d'export ou déplacez l'ancien dossier « {folder} ».",
    ),
    # -- summary sheets ----------------------------------------------------------------------
    Code.REPORT_UNKNOWN_LANGUAGE: QT_TRANSLATE_NOOP(
        "Messages", "Langue inconnue « {lang} » : choisissez fr ou en."
    ),
    Code.REPORT_NO_COMPLETE: QT_TRANSLATE_NOOP(
        "Messages", "Aucun questionnaire complet dans la base : aucune fiche n’a été produite."
    ),
    Code.REPORT_ONLY_REFUSALS: QT_TRANSLATE_NOOP(
        "Messages",
        "Aucun répondant : les {refusals} questionnaires complets sont des refus "
        "(consentement « non ») ; aucune fiche n’a été produite.",
    ),
    Code.REPORT_ONLY_REFUSAL: QT_TRANSLATE_NOOP(
        "Messages",
        "Aucun répondant : le seul questionnaire complet est un refus (consentement « non ») ; "
        "aucune fiche n’a été produite.",
    ),
    Code.REPORT_UNKNOWN_ZONE: QT_TRANSLATE_NOOP(
        "Messages", "Aucun questionnaire pour le quartier « {zone} ». Quartiers : {known}."
    ),
    Code.REPORT_TOO_FEW_RESPONDENTS: QT_TRANSLATE_NOOP(
        "Messages",
        "Le quartier « {zone} » n’a que {count} répondants : il en faut au moins {minimum} "
        "pour une fiche.",
    ),
    Code.REPORT_ONE_RESPONDENT: QT_TRANSLATE_NOOP(
        "Messages",
        "Le quartier « {zone} » n’a qu’un répondant : il en faut au moins {minimum} pour une "
        "fiche.",
    ),
    Code.REPORT_FOLDER_NOT_WRITABLE: QT_TRANSLATE_NOOP(
        "Messages",
        "Impossible d’écrire dans le dossier « {folder} » ({reason}) : choisissez un dossier où "
        "vous avez le droit d’écrire.",
    ),
    Code.REPORT_WRITE_FAILED: QT_TRANSLATE_NOOP(
        "Messages",
        "Écriture de « {file} » impossible ({reason}) : vérifiez la place libre sur le disque "
        "et les droits du dossier.",
    ),
    Code.REPORT_NO_FORM: QT_TRANSLATE_NOOP(
        "Messages", "Aucun questionnaire « {form_id} » dans la base : aucune fiche."
    ),
    Code.REPORT_TARGETS_UNUSABLE: QT_TRANSLATE_NOOP(
        "Messages", "Cibles de population enregistrées inutilisables : {reason}"
    ),
    Code.REPORT_OFFER_WHOLE_TERRITORY: QT_TRANSLATE_NOOP(
        "Messages",
        "Les fiches de l’offre couvrent tout le territoire et sont en français : retirez --zone "
        "et --lang en.",
    ),
    Code.FONT_NOT_FOUND: QT_TRANSLATE_NOOP(
        "Messages",
        "Police DejaVu Sans introuvable : installez le paquet fonts-dejavu-core (ou indiquez son "
        "dossier dans la variable INCLUSION_FONTS_DIR).",
    ),
    # -- fieldwork quotas ----------------------------------------------------------------------
    Code.QUOTA_NO_AGE_BANDS: QT_TRANSLATE_NOOP(
        "Messages", "les cibles de population n'ont pas de tranches d'âge (« {variable} »)."
    ),
    Code.QUOTA_ZERO_SHARES: QT_TRANSLATE_NOOP(
        "Messages", "les parts de population sont toutes nulles."
    ),
    Code.QUOTA_PLANNED_INVALID: QT_TRANSLATE_NOOP(
        "Messages", "nombre de questionnaires prévu invalide ({planned}) : entre 1 et {most}."
    ),
    Code.QUOTA_UNKNOWN_ZONE: QT_TRANSLATE_NOOP(
        "Messages", "quartier inconnu : « {zone} » (voir le territoire)."
    ),
    Code.QUOTA_UNKNOWN_CELL: QT_TRANSLATE_NOOP(
        "Messages", "cellule de quota inconnue : {band} × {sex}."
    ),
    Code.QUOTA_TARGET_INVALID: QT_TRANSLATE_NOOP(
        "Messages", "objectif invalide pour {band} × {sex} : « {value} »."
    ),
    # -- population targets and weighting ------------------------------------------------------
    Code.POPULATION_MISSING_COLUMNS: QT_TRANSLATE_NOOP(
        "Messages", "Fichier de population : colonnes manquantes : {columns}."
    ),
    Code.POPULATION_MISSING_COLUMN: QT_TRANSLATE_NOOP(
        "Messages", "Fichier de population : colonne manquante : {columns}."
    ),
    Code.POPULATION_EMPTY_CELL: QT_TRANSLATE_NOOP(
        "Messages", "Ligne {line} : variable ou modalité vide."
    ),
    Code.POPULATION_COUNT_NOT_NUMBER: QT_TRANSLATE_NOOP(
        "Messages", "Ligne {line} : l’effectif « {value} » n’est pas un nombre."
    ),
    Code.POPULATION_COUNT_NEGATIVE: QT_TRANSLATE_NOOP(
        "Messages", "Ligne {line} : l’effectif doit être positif."
    ),
    Code.POPULATION_DUPLICATE_CELL: QT_TRANSLATE_NOOP(
        "Messages", "Ligne {line} : la modalité « {cell} » de « {variable} » apparaît deux fois."
    ),
    Code.POPULATION_EMPTY: QT_TRANSLATE_NOOP(
        "Messages", "Le fichier de population ne contient aucun effectif."
    ),
    Code.POPULATION_ZERO_TOTAL: QT_TRANSLATE_NOOP(
        "Messages", "L’effectif total de « {variable} » est nul."
    ),
    Code.POPULATION_UNEQUAL_TOTALS: QT_TRANSLATE_NOOP(
        "Messages", "Les variables n’ont pas le même effectif total ({totals})."
    ),
    Code.POPULATION_NO_TARGETS: QT_TRANSLATE_NOOP(
        "Messages", "Aucun effectif de population pour « {variable} »."
    ),
    Code.POPULATION_ZONE_COLUMN: QT_TRANSLATE_NOOP(
        "Messages", "Structures par quartier : colonne « {column} » manquante."
    ),
    Code.POPULATION_ZONE_EMPTY: QT_TRANSLATE_NOOP(
        "Messages", "Structures par quartier, ligne {line} : quartier vide."
    ),
    Code.POPULATION_IN_ZONE: QT_TRANSLATE_NOOP("Messages", "Quartier « {zone} » : {error}"),
    Code.WEIGHTING_NOT_NUMERIC: QT_TRANSLATE_NOOP(
        "Messages", "La colonne « {column} » n’est pas numérique."
    ),
    Code.WEIGHTING_NOT_YES_NO: QT_TRANSLATE_NOOP(
        "Messages", "La colonne « {column} » n’est pas une colonne oui/non."
    ),
    Code.WEIGHTING_ONE_PER_SUBMISSION: QT_TRANSLATE_NOOP(
        "Messages", "Il faut un poids par questionnaire."
    ),
    Code.WEIGHTING_NOT_POSITIVE: QT_TRANSLATE_NOOP(
        "Messages", "Les poids doivent être des nombres strictement positifs."
    ),
    Code.WEIGHTING_VARIABLE_LENGTH: QT_TRANSLATE_NOOP(
        "Messages", "La variable « {variable} » n’a pas une valeur par questionnaire."
    ),
    Code.WEIGHTING_MISSING_VALUES: QT_TRANSLATE_NOOP(
        "Messages",
        "{count} questionnaires sans valeur pour « {variable} » : impossible de les redresser.",
    ),
    Code.WEIGHTING_MISSING_VALUE: QT_TRANSLATE_NOOP(
        "Messages",
        "{count} questionnaire sans valeur pour « {variable} » : impossible de le redresser.",
    ),
    Code.WEIGHTING_INVALID_TARGETS: QT_TRANSLATE_NOOP(
        "Messages", "Effectifs de population invalides pour « {variable} »."
    ),
    Code.WEIGHTING_UNKNOWN_CELLS: QT_TRANSLATE_NOOP(
        "Messages", "Modalités de « {variable} » sans effectif de population : {cells}."
    ),
    Code.WEIGHTING_UNKNOWN_CELL: QT_TRANSLATE_NOOP(
        "Messages", "Modalité de « {variable} » sans effectif de population : {cells}."
    ),
    Code.WEIGHTING_EMPTY_CELLS: QT_TRANSLATE_NOOP(
        "Messages",
        "Aucun répondant dans la ou les modalités « {cells} » de « {variable} » : "
        "regroupez-les avec une modalité voisine.",
    ),
    Code.WEIGHTING_NO_MARGIN: QT_TRANSLATE_NOOP("Messages", "Aucune marge de calage."),
    Code.WEIGHTING_UNEQUAL_MARGINS: QT_TRANSLATE_NOOP(
        "Messages", "Les marges de calage n’ont pas le même effectif total : {totals}."
    ),
    Code.WEIGHTING_NO_CONVERGENCE: QT_TRANSLATE_NOOP(
        "Messages",
        "Le calage sur les marges ne converge pas en {iterations} itérations : des cellules "
        "sont sans doute vides ou contradictoires.",
    ),
    # -- territory -----------------------------------------------------------------------------
    Code.TERRITORY_PROBLEMS: QT_TRANSLATE_NOOP("Messages", "{problems}"),
    Code.TERRITORY_COMMUNE_EMPTY: QT_TRANSLATE_NOOP(
        "Messages", "Ligne {line} : le nom de la commune est vide."
    ),
    Code.TERRITORY_COMMUNE_NAME: QT_TRANSLATE_NOOP(
        "Messages",
        "Ligne {line} : le nom de choix de commune « {commune} » n’est pas valable (minuscules "
        "sans accents, chiffres et « _ » seulement).",
    ),
    Code.TERRITORY_COMMUNE_RESERVED: QT_TRANSLATE_NOOP(
        "Messages",
        "Ligne {line} : « {commune} » est réservé aux réponses hors de la liste des communes ; "
        "choisissez un autre nom.",
    ),
    Code.TERRITORY_INSEE_FORMAT: QT_TRANSLATE_NOOP(
        "Messages",
        "Ligne {line} : le code INSEE « {insee} » n’a pas le bon format (cinq caractères, par "
        "exemple 59392) ; laissez-le vide s’il n’est pas connu.",
    ),
    Code.TERRITORY_LABEL_EMPTY: QT_TRANSLATE_NOOP(
        "Messages", "Ligne {line} : le libellé du quartier est vide."
    ),
    Code.TERRITORY_ZONE_NAME: QT_TRANSLATE_NOOP(
        "Messages",
        "Ligne {line} : le nom de choix de quartier « {quartier} » n’est pas valable "
        "(minuscules sans accents, chiffres et « _ » seulement).",
    ),
    Code.TERRITORY_QPV_FORMAT: QT_TRANSLATE_NOOP(
        "Messages",
        "Ligne {line} : le code QPV « {qpv} » n’a pas le format des codes officiels (QN, le "
        "département sur trois caractères, deux chiffres et une lettre, par exemple QN05901M) ;"
        " laissez-le vide s’il n’est pas connu.",
    ),
    Code.TERRITORY_QPV_DEPARTMENT: QT_TRANSLATE_NOOP(
        "Messages",
        "Ligne {line} : le code QPV « {qpv} » est celui d’un quartier du département "
        "{qpv_department}, or la commune {commune} (INSEE {insee}) est dans le {department}.",
    ),
    Code.TERRITORY_OTHER_WITH_QPV: QT_TRANSLATE_NOOP(
        "Messages",
        "Ligne {line} : « {label} » regroupe les adresses hors QPV : il ne peut pas avoir de "
        "code QPV.",
    ),
    Code.TERRITORY_EMPTY: QT_TRANSLATE_NOOP(
        "Messages", "Le territoire ne contient aucun quartier."
    ),
    Code.TERRITORY_COMMUNE_RENAMED: QT_TRANSLATE_NOOP(
        "Messages",
        "Ligne {line} : la commune « {commune} » s’appelle « {first_name} » ligne {first_line},"
        " pas « {name} ».",
    ),
    Code.TERRITORY_INSEE_DIFFERS: QT_TRANSLATE_NOOP(
        "Messages",
        "Ligne {line} : le code INSEE de {commune} (« {insee} ») diffère de celui de la ligne "
        "{first_line} (« {first_insee} »).",
    ),
    Code.TERRITORY_COMMUNE_TWICE: QT_TRANSLATE_NOOP(
        "Messages",
        "Ligne {line} : la commune {commune} figure déjà ligne {other_line} sous un autre nom "
        "de choix (« {other_choice} »).",
    ),
    Code.TERRITORY_INSEE_TAKEN: QT_TRANSLATE_NOOP(
        "Messages",
        "Ligne {line} : le code INSEE {insee} est déjà celui de {other} (ligne {other_line}).",
    ),
    Code.TERRITORY_ZONE_TWICE: QT_TRANSLATE_NOOP(
        "Messages",
        "Ligne {line} : le quartier « {quartier} » figure déjà dans {commune} (ligne "
        "{other_line}).",
    ),
    Code.TERRITORY_LABEL_TWICE: QT_TRANSLATE_NOOP(
        "Messages", "Ligne {line} : {commune} a déjà un quartier « {label} » (ligne {other_line})."
    ),
    Code.TERRITORY_QPV_TAKEN: QT_TRANSLATE_NOOP(
        "Messages",
        "Ligne {line} : le code QPV {qpv} est déjà celui du quartier « {other} » (ligne "
        "{other_line}) ; un même QPV sur deux communes garde le même nom de choix de quartier.",
    ),
    Code.TERRITORY_OTHER_MISSING: QT_TRANSLATE_NOOP(
        "Messages",
        "Ligne {line} : la commune {commune} n’a plus sa ligne « {label} » (nom de choix « "
        "{choice} ») ; le questionnaire en a besoin pour les adresses hors QPV.",
    ),
    Code.TERRITORY_MISSING_COLUMNS: QT_TRANSLATE_NOOP(
        "Messages",
        "Ligne 1 : colonnes manquantes : {missing} (colonnes attendues : {expected}).",
    ),
    Code.TERRITORY_MISSING_COLUMN: QT_TRANSLATE_NOOP(
        "Messages",
        "Ligne 1 : colonne manquante : {missing} (colonnes attendues : {expected}).",
    ),
    Code.TERRITORY_ZONE_IN_USE: QT_TRANSLATE_NOOP(
        "Messages",
        "Le quartier « {label} » de {commune} ne peut pas être retiré : {count} questionnaires "
        "l’utilisent. Vous pouvez le renommer.",
    ),
    Code.TERRITORY_ZONE_IN_USE_ONCE: QT_TRANSLATE_NOOP(
        "Messages",
        "Le quartier « {label} » de {commune} ne peut pas être retiré : {count} questionnaire "
        "l’utilise. Vous pouvez le renommer.",
    ),
    # -- indicator files -------------------------------------------------------------------------
    Code.INDICATOR_PLACE_SECTION: QT_TRANSLATE_NOOP("Messages", "{file}, section {section}"),
    Code.INDICATOR_PLACE_INDICATOR: QT_TRANSLATE_NOOP(
        "Messages", "{section}, indicateur {indicator}"
    ),
    Code.INDICATOR_LABEL: QT_TRANSLATE_NOOP(
        "Messages", "{where} : il faut un libellé « label = {{ fr = …, en = … }} »."
    ),
    Code.INDICATOR_EMPTY_EXPRESSION: QT_TRANSLATE_NOOP("Messages", "{where} : expression vide."),
    Code.INDICATOR_EXPRESSION: QT_TRANSLATE_NOOP("Messages", "{where} : {error} ({source})"),
    Code.INDICATOR_UNKNOWN_QUESTIONS: QT_TRANSLATE_NOOP(
        "Messages", "{where} : questions inconnues dans le questionnaire : {names}."
    ),
    Code.INDICATOR_UNKNOWN_QUESTION: QT_TRANSLATE_NOOP(
        "Messages", "{where} : question inconnue dans le questionnaire : {names}."
    ),
    Code.INDICATOR_COMPARISONS_LIST: QT_TRANSLATE_NOOP(
        "Messages", "{where} : « comparisons » doit être une liste."
    ),
    Code.INDICATOR_COMPARISON_VALUE: QT_TRANSLATE_NOOP(
        "Messages", "{where} : une comparaison est une proportion entre 0 et 1."
    ),
    Code.INDICATOR_NEEDS_FORM: QT_TRANSLATE_NOOP(
        "Messages", "{where} : le questionnaire est nécessaire pour « {name} »."
    ),
    Code.INDICATOR_NOT_A_CHOICE: QT_TRANSLATE_NOOP(
        "Messages", "{where} : « {name} » n’est pas une question à choix."
    ),
    Code.INDICATOR_ID_AND_VALUE: QT_TRANSLATE_NOOP(
        "Messages", "{where} : un indicateur a un « id » et une « value »."
    ),
    Code.INDICATOR_UNREADABLE: QT_TRANSLATE_NOOP(
        "Messages", "{name} : fichier illisible ({reason})."
    ),
    Code.INDICATOR_DUPLICATE_ID: QT_TRANSLATE_NOOP(
        "Messages", "{where} : l’identifiant « {id} » est en double."
    ),
    Code.INDICATOR_NO_FILE: QT_TRANSLATE_NOOP(
        "Messages", "Aucun fichier d’indicateurs pour le questionnaire « {form} »."
    ),
    # -- services, offer sheet and map, command line -----------------------------------------
    Code.PURGE_BACKUP_FAILED: QT_TRANSLATE_NOOP("Messages", "{error} Rien n'a été purgé."),
    Code.PAPER_NUMBER_UNKNOWN: QT_TRANSLATE_NOOP(
        "Messages", "Aucun questionnaire saisi sous le numéro papier « {number} »."
    ),
    Code.PAPER_FIRST_KEYING_UNFINISHED: QT_TRANSLATE_NOOP(
        "Messages",
        "Le questionnaire n° {number} n'est pas terminé : finissez la première saisie avant la "
        "double saisie.",
    ),
    Code.CONFLICT_PREFIX_UNKNOWN: QT_TRANSLATE_NOOP(
        "Messages", "Aucun questionnaire en conflit ne commence par « {prefix} »."
    ),
    Code.CONFLICT_PREFIX_AMBIGUOUS: QT_TRANSLATE_NOOP(
        "Messages",
        "Plusieurs questionnaires en conflit commencent par « {prefix} » : donnez plus de "
        "caractères de l'identifiant.",
    ),
    Code.CONFLICT_VERSION_AMBIGUOUS: QT_TRANSLATE_NOOP(
        "Messages",
        "« {prefix} » ne désigne pas une seule des versions en conflit du questionnaire {uuid} "
        "({versions}).",
    ),
    Code.VERIFICATION_SHARE_UNKNOWN: QT_TRANSLATE_NOOP(
        "Messages",
        "Part de double saisie inconnue : {share} (possibles : {choices} ; 0 pour aucune).",
    ),
    Code.FIRST_RUN_REFUSED: QT_TRANSLATE_NOOP(
        "Messages", "Premier lancement non enregistré : {problems}"
    ),
    Code.OFFER_INDICATORS_INVALID: QT_TRANSLATE_NOOP(
        "Messages", "Fiche de l’offre impossible avec ce questionnaire structures : {error}"
    ),
    Code.OFFER_NO_SURVEY: QT_TRANSLATE_NOOP(
        "Messages", "Aucune enquête structures dans la base : pas de fiche de l’offre."
    ),
    Code.OFFER_NO_COMPLETE: QT_TRANSLATE_NOOP(
        "Messages", "Aucun questionnaire structures complet : pas de fiche de l’offre."
    ),
    Code.OFFER_WRITE_FAILED: QT_TRANSLATE_NOOP(
        "Messages", "Écriture de « {name} » impossible ({reason})."
    ),
    Code.OUTLINE_UNREADABLE: QT_TRANSLATE_NOOP(
        "Messages", "Contours des communes illisibles ({reason})."
    ),
    Code.OUTLINE_NO_INSEE_CODE: QT_TRANSLATE_NOOP(
        "Messages", "{name} : aucun contour de commune avec un code INSEE."
    ),
    Code.OPERATOR_UNKNOWN: QT_TRANSLATE_NOOP(
        "Messages", "--operator : personne ne s'appelle « {name} » (connus : {known})."
    ),
    Code.SETUP_DEVICE_NAME_EMPTY: QT_TRANSLATE_NOOP(
        "Messages", "nom de l'ordinateur : il est vide."
    ),
    Code.SETUP_COORDINATOR_NAME_EMPTY: QT_TRANSLATE_NOOP(
        "Messages", "nom du coordinateur ou de la coordinatrice : il est vide."
    ),
    Code.SETUP_COORDINATOR_PASSWORD: QT_TRANSLATE_NOOP(
        "Messages", "mot de passe de la coordination : {problem}."
    ),
    Code.SETUP_MEDIATOR_UNNAMED: QT_TRANSLATE_NOOP(
        "Messages", "un médiateur ou une médiatrice sans nom."
    ),
    Code.SETUP_NAME_TWICE: QT_TRANSLATE_NOOP("Messages", "{name} : ce nom est déjà dans la liste."),
    Code.SETUP_MEDIATOR_PIN: QT_TRANSLATE_NOOP("Messages", "code de {name} : {problem}."),
    Code.SETUP_SECRET_TOO_SHORT: QT_TRANSLATE_NOOP(
        "Messages", "le code ou mot de passe doit compter au moins {length} caractères"
    ),
    Code.SETUP_SECRET_EDGE_SPACE: QT_TRANSLATE_NOOP(
        "Messages", "le code ou mot de passe ne peut pas commencer ni finir par une espace"
    ),
    Code.SETUP_SECRET_MISMATCH: QT_TRANSLATE_NOOP(
        "Messages", "les deux saisies du code ou mot de passe sont différentes"
    ),
    # -- data import refused for rows the form rejects ---------------------------------------
    Code.IMPORT_ROWS_REFUSED: QT_TRANSLATE_NOOP(
        "Messages",
        "{file} : import refusé, rien n'a été écrit : {rows} pas le questionnaire ({answers} en "
        "cause). {advice}{problems}",
    ),
    Code.IMPORT_INVALID_ROW: QT_TRANSLATE_NOOP("Messages", "{count} ligne ne respecte"),
    Code.IMPORT_INVALID_ROWS: QT_TRANSLATE_NOOP("Messages", "{count} lignes ne respectent"),
    Code.IMPORT_ANSWER_AT_FAULT: QT_TRANSLATE_NOOP("Messages", "{count} réponse"),
    Code.IMPORT_ANSWERS_AT_FAULT: QT_TRANSLATE_NOOP("Messages", "{count} réponses"),
    Code.IMPORT_KEEP_INVALID_OPTION: QT_TRANSLATE_NOOP(
        "Messages",
        "Corrigez le fichier, ou importez avec --keep-invalid pour les garder « à vérifier » "
        "(hors de tous les chiffres).",
    ),
    Code.IMPORT_KEEP_INVALID_BOX: QT_TRANSLATE_NOOP(
        "Messages", "Corrigez le fichier, ou cochez « à vérifier »."
    ),
    # -- store: records, attachments, reviews, verifications, server backups ------------------
    Code.STORE_BUSY: QT_TRANSLATE_NOOP(
        "Messages",
        "Un autre poste a enregistré la même donnée au même moment dans la base partagée : "
        "rien n'a été enregistré, recommencez.",
    ),
    Code.STORE_BUSY_DURING: QT_TRANSLATE_NOOP(
        "Messages",
        "{what} : Un autre poste a enregistré la même donnée au même moment dans la base "
        "partagée : rien n'a été enregistré, recommencez.",
    ),
    Code.STORE_FORM_VERSION_NOT_FOUND: QT_TRANSLATE_NOOP(
        "Messages", "Version de questionnaire introuvable : {form_version}."
    ),
    Code.STORE_OPERATOR_NOT_FOUND: QT_TRANSLATE_NOOP(
        "Messages", "Opérateur introuvable : {operator}."
    ),
    Code.STORE_OPERATOR_UNKNOWN: QT_TRANSLATE_NOOP(
        "Messages", "Opérateur inconnu (n° {operator})."
    ),
    Code.STORE_SUBMISSION_DRAFT_ONLY: QT_TRANSLATE_NOOP(
        "Messages", "Ce questionnaire n'est pas terminé : son brouillon est tout ce qui existe."
    ),
    Code.STORE_SUBMISSION_NOT_FINISHED: QT_TRANSLATE_NOOP(
        "Messages",
        "Le questionnaire {uuid} n'est pas encore terminé : il doit d'abord être finalisé.",
    ),
    Code.STORE_NOT_IN_CONFLICT: QT_TRANSLATE_NOOP(
        "Messages", "Le questionnaire {uuid} n'est pas en conflit."
    ),
    Code.STORE_NOT_A_CONFLICT_VERSION: QT_TRANSLATE_NOOP(
        "Messages", "La version {version} n'est pas une des versions en conflit."
    ),
    Code.STORE_QUOTAS_INVALID: QT_TRANSLATE_NOOP(
        "Messages", "quotas de « {zone} » invalides : effectifs négatifs ou zone vide."
    ),
    Code.STORE_OUTCOME_UNKNOWN: QT_TRANSLATE_NOOP(
        "Messages", "issue de questionnaire inconnue : « {outcome} »."
    ),
    Code.STORE_RESOLUTION_UNKNOWN: QT_TRANSLATE_NOOP(
        "Messages", "Résolution inconnue « {resolution} » : confirme ou corrige."
    ),
    Code.STORE_NOT_IN_REVIEW: QT_TRANSLATE_NOOP(
        "Messages", "Le questionnaire {uuid} n'est pas « à vérifier »."
    ),
    Code.ATTACHMENT_SUBMISSION_DELETED: QT_TRANSLATE_NOOP(
        "Messages", "Le questionnaire {uuid} est supprimé : rien n'a été joint."
    ),
    Code.ATTACHMENT_UNREADABLE: QT_TRANSLATE_NOOP(
        "Messages", "Le fichier {name} ne peut pas être lu ({reason}) : rien n'a été joint."
    ),
    Code.ATTACHMENT_NOT_FOUND: QT_TRANSLATE_NOOP(
        "Messages", "Pièce jointe introuvable : {name} ({uuid})."
    ),
    Code.ATTACHMENT_CONFLICT: QT_TRANSLATE_NOOP(
        "Messages",
        "La pièce jointe {name} du questionnaire {uuid} existe déjà ici avec un autre contenu : "
        "la fusion n'a rien enregistré. Signalez-le au coordinateur.",
    ),
    Code.CAMERA_NONE: QT_TRANSLATE_NOOP(
        "Messages",
        "Aucune caméra n'est reconnue sur cet ordinateur : branchez-en une, ou fermez et "
        "joignez un fichier.",
    ),
    Code.CAMERA_DENIED: QT_TRANSLATE_NOOP(
        "Messages",
        "L'accès à la caméra est refusé par le système : autorisez l'application dans les "
        "réglages de confidentialité de l'ordinateur (Caméra), ou fermez et joignez un fichier.",
    ),
    Code.CAMERA_BUSY: QT_TRANSLATE_NOOP(
        "Messages",
        "La caméra ne répond pas : elle est peut-être déjà utilisée par une autre application "
        "(visioconférence…) ou a été débranchée. Fermez cette application et réessayez, ou "
        "joignez un fichier.",
    ),
    Code.CAMERA_CAPTURE_FAILED: QT_TRANSLATE_NOOP(
        "Messages",
        "La photo n'a pas pu être prise : rien n'a été joint. Réessayez, ou fermez et joignez "
        "un fichier.",
    ),
    Code.FORM_MEDIA_DIFFERS: QT_TRANSLATE_NOOP(
        "Messages",
        "Le fichier « {name} » du formulaire {form} diffère de celui déjà enregistré avec cette "
        "version du formulaire : rien n'a été enregistré. Changez la version du formulaire "
        "(feuille « settings ») pour utiliser le nouveau fichier.",
    ),
    Code.FORM_MEDIA_TOO_BIG: QT_TRANSLATE_NOOP(
        "Messages",
        "Le fichier « {name} » du formulaire {form} pèse {size}, plus que les {limit} admis pour "
        "un fichier de formulaire : rien n'a été enregistré. Réduisez-le (image moins grande, "
        "liste découpée).",
    ),
    Code.FORM_MEDIA_TOTAL_TOO_BIG: QT_TRANSLATE_NOOP(
        "Messages",
        "Les fichiers du formulaire {form} pèsent ensemble {size}, plus que les {limit} admis "
        "pour une version de formulaire (le plus gros : « {name} ») : rien n'a été enregistré. "
        "Réduisez-les (images moins grandes, listes découpées).",
    ),
    Code.VERIFICATION_NOT_FOUND: QT_TRANSLATE_NOOP(
        "Messages", "Vérification introuvable : {verification}."
    ),
    Code.VERIFICATION_NOT_COMPLETE: QT_TRANSLATE_NOOP(
        "Messages", "Seul un questionnaire terminé peut être ressaisi pour vérification."
    ),
    Code.VERIFICATION_ALREADY_DONE: QT_TRANSLATE_NOOP(
        "Messages", "Cette double saisie a déjà été vérifiée."
    ),
    Code.SERVER_BACKUP_NO_PG_DUMP: QT_TRANSLATE_NOOP(
        "Messages",
        "Sauvegarde de la base {where} impossible : l'outil pg_dump de PostgreSQL n'est pas "
        "installé sur cet ordinateur (paquet « postgresql-client »).",
    ),
    Code.SERVER_BACKUP_PG_DUMP_FAILED: QT_TRANSLATE_NOOP(
        "Messages", "Sauvegarde de la base {where} impossible : pg_dump a échoué ({reason})."
    ),
    Code.SERVER_BACKUP_UNREADABLE: QT_TRANSLATE_NOOP(
        "Messages", "La sauvegarde de la base {where} ne se relit pas correctement ({reason})."
    ),
    Code.SERVER_BACKUP_TABLES_MISSING: QT_TRANSLATE_NOOP(
        "Messages",
        "La sauvegarde de la base {where} ne se relit pas correctement "
        "(tables absentes : {tables}).",
    ),
    Code.SERVER_BACKUP_FAILED: QT_TRANSLATE_NOOP(
        "Messages", "Sauvegarde de la base {where} impossible : {reason}."
    ),
    Code.STORE_SERVER_LOGIN_REFUSED: QT_TRANSLATE_NOOP(
        "Messages",
        "Le serveur PostgreSQL {where} refuse la connexion : identifiant ou mot de passe "
        "refusé. Vérifiez l'utilisateur et le mot de passe de l'adresse de la base.",
    ),
    Code.STORE_SERVER_DATABASE_MISSING: QT_TRANSLATE_NOOP(
        "Messages",
        "La base {where} n'existe pas sur le serveur PostgreSQL : demandez à son "
        "administrateur de la créer (createdb), puis recommencez.",
    ),
    Code.STORE_SERVER_UNREACHABLE: QT_TRANSLATE_NOOP(
        "Messages",
        "Aucun serveur PostgreSQL ne répond à l'adresse {where} : vérifiez que le serveur "
        "est démarré et que l'adresse (hôte, port) est la bonne.",
    ),
    Code.STORE_SERVER_CANNOT_OPEN: QT_TRANSLATE_NOOP(
        "Messages", "Impossible d'ouvrir la base {where} : {reason}"
    ),
    # Export files (sync/bundle.py)
    Code.BUNDLE_HEADER_DAMAGED: QT_TRANSLATE_NOOP(
        "Messages",
        "en-tête de chiffrement endommagé : le fichier a été modifié ou abîmé "
        "(ce n'est pas une question de phrase de passe). Demandez un nouvel export.",
    ),
    Code.BUNDLE_NEWER_FORMAT: QT_TRANSLATE_NOOP(
        "Messages",
        "fichier d'export au format {version}, plus récent que celui de cette application "
        "({newest}) : mettez inclusion_desktop à jour.",
    ),
    Code.BUNDLE_STORED_FORM_HASH: QT_TRANSLATE_NOOP(
        "Messages",
        "le formulaire {name} de la base ne correspond pas à son empreinte enregistrée : "
        "aucun fichier d'export n'a été écrit.",
    ),
    Code.BUNDLE_KEY_UNAVAILABLE: QT_TRANSLATE_NOOP(
        "Messages",
        "{reason} Aucun fichier d'export n'a été écrit.",
    ),
    Code.BUNDLE_REREAD_FAILED: QT_TRANSLATE_NOOP(
        "Messages",
        "relecture du fichier d'export échouée ({reason}) : il a été effacé.",
    ),
    Code.BUNDLE_REREAD_DIFFERS: QT_TRANSLATE_NOOP(
        "Messages",
        "le fichier d'export relu diffère de celui écrit : il a été effacé.",
    ),
    Code.BUNDLE_TOO_MANY_MEMBERS: QT_TRANSLATE_NOOP(
        "Messages",
        "archive de {count} membres, plus que les {limit} admis : refusée.",
    ),
    Code.BUNDLE_MANIFEST_NO_VERSION: QT_TRANSLATE_NOOP(
        "Messages",
        "manifeste invalide (version de format absente).",
    ),
    Code.BUNDLE_MANIFEST_NO_MEMBERS: QT_TRANSLATE_NOOP(
        "Messages",
        "manifeste invalide (liste des membres absente).",
    ),
    Code.BUNDLE_MEMBER_UNDECLARED: QT_TRANSLATE_NOOP(
        "Messages",
        "membre non déclaré dans le manifeste : {name}.",
    ),
    Code.BUNDLE_MEMBER_MISSING: QT_TRANSLATE_NOOP(
        "Messages",
        "membre manquant : {name} (fichier tronqué ?).",
    ),
    Code.BUNDLE_MEMBER_HASH: QT_TRANSLATE_NOOP(
        "Messages",
        "le membre {name} ne correspond pas à son empreinte SHA-256.",
    ),
    Code.BUNDLE_DAMAGED: QT_TRANSLATE_NOOP("Messages", "fichier tronqué ou endommagé ({reason})."),
    Code.BUNDLE_CONTENT_INVALID: QT_TRANSLATE_NOOP(
        "Messages",
        "contenu invalide ({kind}: {reason}).",
    ),
    Code.BUNDLE_MEMBER_UNREADABLE: QT_TRANSLATE_NOOP("Messages", "{name} illisible ({reason})."),
    Code.BUNDLE_MEMBER_ILLEGIBLE: QT_TRANSLATE_NOOP("Messages", "{name} illisible."),
    Code.BUNDLE_FORM_HASH: QT_TRANSLATE_NOOP(
        "Messages",
        "le formulaire {name} ne correspond pas à son empreinte.",
    ),
    Code.BUNDLE_LINE_UNREADABLE: QT_TRANSLATE_NOOP(
        "Messages",
        "ligne {line} de {name} illisible ({reason}).",
    ),
    Code.BUNDLE_SUBMISSION_TWICE: QT_TRANSLATE_NOOP(
        "Messages",
        "questionnaire {uuid} présent deux fois.",
    ),
    Code.BUNDLE_SUBMISSION_FORM_MISSING: QT_TRANSLATE_NOOP(
        "Messages",
        "questionnaire {uuid} : formulaire absent du fichier d'export.",
    ),
    Code.BUNDLE_REVISION_HASH: QT_TRANSLATE_NOOP(
        "Messages",
        "une révision du questionnaire {uuid} ne correspond pas à son empreinte (contenu modifié).",
    ),
    Code.BUNDLE_COUNTS_DIFFER: QT_TRANSLATE_NOOP(
        "Messages",
        "les totaux du manifeste ne correspondent pas au contenu.",
    ),
    Code.BUNDLE_MEMBER_BOMB: QT_TRANSLATE_NOOP(
        "Messages",
        "le membre {name} dépasserait {size} une fois décompressé (archive piégée ou "
        "endommagée) : fichier refusé, rien n'a été décompressé ni fusionné.",
    ),
    Code.BUNDLE_CONTENT_BOMB: QT_TRANSLATE_NOOP(
        "Messages",
        "le contenu de l'archive dépasserait {size} une fois décompressé (archive piégée ou "
        "endommagée) : fichier refusé, rien n'a été décompressé ni fusionné.",
    ),
    Code.BUNDLE_ATTACHMENT_HASH: QT_TRANSLATE_NOOP(
        "Messages",
        "la pièce jointe {name} ne correspond pas à son empreinte SHA-256 "
        "(fichier modifié ou abîmé) : rien n'a été fusionné. Demandez un nouvel export.",
    ),
    Code.BUNDLE_ATTACHMENT_HASH_NAMED: QT_TRANSLATE_NOOP(
        "Messages",
        "la pièce jointe {name} du questionnaire {uuid} ne correspond pas à son empreinte SHA-256 "
        "(fichier modifié ou abîmé) : rien n'a été fusionné. Demandez un nouvel export.",
    ),
    Code.BUNDLE_FORM_MEDIA_HASH: QT_TRANSLATE_NOOP(
        "Messages",
        "le fichier de formulaire {name} ne correspond pas à son empreinte SHA-256 "
        "(fichier modifié ou abîmé) : rien n'a été fusionné. Demandez un nouvel export.",
    ),
    Code.BUNDLE_FORM_MEDIA_HASH_NAMED: QT_TRANSLATE_NOOP(
        "Messages",
        "le fichier {name} du formulaire {form} ne correspond pas à son empreinte SHA-256 "
        "(fichier modifié ou abîmé) : rien n'a été fusionné. Demandez un nouvel export.",
    ),
    Code.BUNDLE_TEXT_EXPECTED: QT_TRANSLATE_NOOP(
        "Messages",
        "{name} : texte attendu",
    ),
    Code.BUNDLE_TIME_WITHOUT_ZONE: QT_TRANSLATE_NOOP(
        "Messages",
        "{name} : horodatage sans fuseau",
    ),
    Code.BUNDLE_ENTRY_MODE_UNKNOWN: QT_TRANSLATE_NOOP(
        "Messages",
        "{uuid} : mode de saisie inconnu",
    ),
    Code.BUNDLE_AUTHOR_UNDECLARED: QT_TRANSLATE_NOOP(
        "Messages",
        "{uuid} : appareil ou opérateur non déclaré",
    ),
    Code.BUNDLE_STATUS_UNKNOWN: QT_TRANSLATE_NOOP(
        "Messages",
        "{uuid} : statut inconnu {status}",
    ),
    Code.BUNDLE_ANSWERS_INVALID: QT_TRANSLATE_NOOP(
        "Messages",
        "{uuid} : réponses invalides",
    ),
    Code.BUNDLE_HASH_INVALID: QT_TRANSLATE_NOOP(
        "Messages",
        "{uuid} : empreinte invalide",
    ),
    Code.BUNDLE_REVISION_NUMBER_INVALID: QT_TRANSLATE_NOOP(
        "Messages",
        "{uuid} : numéro de révision invalide",
    ),
    Code.BUNDLE_NO_REVISION: QT_TRANSLATE_NOOP(
        "Messages",
        "{uuid} : aucune révision",
    ),
    Code.BUNDLE_FORM_MEDIA_NAME_INVALID: QT_TRANSLATE_NOOP(
        "Messages",
        "nom de fichier de formulaire invalide : {name}",
    ),
    Code.BUNDLE_FORM_MEDIA_UNDECLARED: QT_TRANSLATE_NOOP(
        "Messages",
        "fichier de formulaire {name} non déclaré",
    ),
    Code.BUNDLE_FORM_MEDIA_SIZE_INVALID: QT_TRANSLATE_NOOP(
        "Messages",
        "fichier de formulaire {name} : taille invalide",
    ),
    Code.BUNDLE_FORM_MEDIA_TOO_BIG: QT_TRANSLATE_NOOP(
        "Messages",
        "le fichier {name} du formulaire {form} pèse {size}, plus que les {limit} admis pour un "
        "fichier de formulaire : rien n'a été fusionné.",
    ),
    Code.BUNDLE_FORM_MEDIA_TOTAL_TOO_BIG: QT_TRANSLATE_NOOP(
        "Messages",
        "les fichiers du formulaire {form} pèsent ensemble {size}, plus que les {limit} admis pour "
        "une version de formulaire (le plus gros : {name}) : rien n'a été fusionné.",
    ),
    Code.BUNDLE_ATTACHMENT_UNDECLARED: QT_TRANSLATE_NOOP(
        "Messages",
        "pièce jointe {name} non déclarée",
    ),
    Code.BUNDLE_ATTACHMENT_NAME_INVALID: QT_TRANSLATE_NOOP(
        "Messages",
        "nom de pièce jointe invalide : {name}",
    ),
    Code.BUNDLE_ATTACHMENT_ORPHAN: QT_TRANSLATE_NOOP(
        "Messages",
        "pièce jointe {name} d'un questionnaire absent du fichier",
    ),
    Code.BUNDLE_ATTACHMENT_SIZE_INVALID: QT_TRANSLATE_NOOP(
        "Messages",
        "pièce jointe {name} : taille invalide",
    ),
    Code.BUNDLE_OBJECT_EXPECTED: QT_TRANSLATE_NOOP(
        "Messages",
        "{name} : objet attendu",
    ),
    Code.BUNDLE_AUDIT_ID_INVALID: QT_TRANSLATE_NOOP(
        "Messages",
        "ligne {line} de {name} : identifiant invalide ou en double",
    ),
    Code.BUNDLE_AUDIT_DEVICE_UNDECLARED: QT_TRANSLATE_NOOP(
        "Messages",
        "ligne {line} de {name} : appareil non déclaré",
    ),
    Code.BUNDLE_AUDIT_CHAIN_INVALID: QT_TRANSLATE_NOOP(
        "Messages",
        "ligne {line} de {name} : chaînage invalide",
    ),
    Code.BUNDLE_AUDIT_SIGNATURE_INVALID: QT_TRANSLATE_NOOP(
        "Messages",
        "ligne {line} de {name} : signature invalide",
    ),
    Code.BUNDLE_NO_SPACE: QT_TRANSLATE_NOOP(
        "Messages",
        "espace insuffisant sur le support : {nothing_written}",
    ),
    Code.BUNDLE_READ_ONLY: QT_TRANSLATE_NOOP(
        "Messages",
        "le support est en lecture seule ou l'écriture y est interdite : {nothing_written}",
    ),
    Code.BUNDLE_WRITE_FAILED: QT_TRANSLATE_NOOP(
        "Messages",
        "écriture impossible ({reason}) : {nothing_written}",
    ),
    Code.BUNDLE_NOTHING_WRITTEN: QT_TRANSLATE_NOOP(
        "Messages",
        "aucun {what} n'a été écrit.",
    ),
    Code.BUNDLE_NO_EXPORT_WRITTEN: QT_TRANSLATE_NOOP(
        "Messages",
        "aucun fichier d'export n'a été écrit.",
    ),
    Code.BUNDLE_NO_PDF_WRITTEN: QT_TRANSLATE_NOOP(
        "Messages",
        "aucun fichier PDF n'a été écrit.",
    ),
    # -- the form engine's own checks (questionnaire.session), for forms that give none ------
    Code.SESSION_REQUIRED: QT_TRANSLATE_NOOP("Messages", 'Cette question est obligatoire.'),
    Code.SESSION_CONSTRAINT: QT_TRANSLATE_NOOP("Messages", "Cette réponse n'est pas acceptée."),
    Code.SESSION_INTEGER: QT_TRANSLATE_NOOP("Messages", 'Entrez un nombre entier.'),
    Code.SESSION_DECIMAL: QT_TRANSLATE_NOOP("Messages", 'Entrez un nombre (par exemple 12,5).'),
    Code.SESSION_DATE: QT_TRANSLATE_NOOP("Messages", 'Entrez une date au format JJ/MM/AAAA.'),
    Code.SESSION_DATE_MONTH_YEAR: QT_TRANSLATE_NOOP(
        "Messages",
        "Entrez un mois et une année au format MM/AAAA."
    ),
    Code.SESSION_DATE_YEAR: QT_TRANSLATE_NOOP(
        "Messages",
        "Entrez une année sur quatre chiffres (AAAA)."
    ),
    Code.SESSION_TIME: QT_TRANSLATE_NOOP("Messages", 'Entrez une heure au format HH:MM.'),
    Code.SESSION_NUMBER: QT_TRANSLATE_NOOP("Messages", 'Entrez un nombre.'),
    Code.SESSION_RANGE: QT_TRANSLATE_NOOP("Messages", 'Entrez un nombre entre {low} et {high}.'),
    Code.SESSION_UNKNOWN_CHOICE: QT_TRANSLATE_NOOP(
        "Messages",
        "Ce choix n'est pas dans la liste : {choices}."
    ),
    Code.SESSION_DATETIME: QT_TRANSLATE_NOOP(
        "Messages",
        "Entrez une date et une heure au format AAAA-MM-JJTHH:MM."
    ),
    Code.SESSION_GEOPOINT: QT_TRANSLATE_NOOP(
        "Messages",
        "Entrez « latitude longitude » (par exemple 50.27 3.97), éventuellement suivies "
        "de l'altitude et de la précision."
    ),
    Code.SESSION_GEO_RANGE: QT_TRANSLATE_NOOP(
        "Messages",
        "Latitude entre -90 et 90, longitude entre -180 et 180."
    ),
    Code.SESSION_GEOTRACE: QT_TRANSLATE_NOOP(
        "Messages",
        "Entrez au moins {count} points « latitude longitude » séparés par « ; »."
    ),
    Code.SESSION_REPEAT_COUNT: QT_TRANSLATE_NOOP(
        "Messages",
        "{extra} répétitions de plus que prévu ({count}) : supprimez celles en trop."
    ),
    Code.SESSION_REPEAT_COUNT_ONE: QT_TRANSLATE_NOOP(
        "Messages",
        "{extra} répétition de plus que prévu ({count}) : supprimez-la."
    ),
    Code.SESSION_IN_INSTANCE: QT_TRANSLATE_NOOP("Messages", '{group} n° {number} : {message}'),
    # -- audit chains (store.audit_chain), checked by a merge and by ``audit verify`` ---------
    Code.AUDIT_ROW_MODIFIED: QT_TRANSLATE_NOOP(
        "Messages", "journal d'audit de « {name} » : la ligne du {when} ({action}) a été modifiée."
    ),
    Code.AUDIT_ROW_MISSING: QT_TRANSLATE_NOOP(
        "Messages",
        "journal d'audit de « {name} » : une ligne manque avant celle du {when} ({action}) : "
        "elle a été supprimée.",
    ),
    Code.AUDIT_CHAIN_FORKED: QT_TRANSLATE_NOOP(
        "Messages",
        "journal d'audit de « {name} » : la chaîne des lignes est fourchue (lignes réécrites).",
    ),
    Code.AUDIT_ROW_UNSIGNED: QT_TRANSLATE_NOOP(
        "Messages",
        "journal d'audit de « {name} » : la ligne du {when} ({action}) n'est pas signée alors "
        "que les précédentes le sont : elle a été réécrite.",
    ),
    Code.AUDIT_SIGNATURE_MISMATCH: QT_TRANSLATE_NOOP(
        "Messages",
        "journal d'audit de « {name} » : la signature de la ligne du {when} ({action}) ne "
        "correspond pas : la ligne a été modifiée ou signée par un autre ordinateur.",
    ),
    Code.AUDIT_UNKNOWN_LAPTOP: QT_TRANSLATE_NOOP("Messages", "ordinateur inconnu"),
    Code.MERGE_AUDIT_REFUSED: QT_TRANSLATE_NOOP(
        "Messages", "{problem} Fichier refusé : rien n'a été fusionné."
    ),
    # -- notices of a form: what the app ignores or renders differently (never a refusal) ---
    Code.FORM_NOTICE: QT_TRANSLATE_NOOP("Messages", "{place} : {message}"),
    Code.FORM_NOTICE_ODK_COLUMN: QT_TRANSLATE_NOOP(
        "Messages", "colonne transmise à ODK, sans effet sur ordinateur"
    ),
    Code.FORM_NOTICE_IGNORED_COLUMN: QT_TRANSLATE_NOOP(
        "Messages", "colonne ignorée (sans effet dans l'application)"
    ),
    Code.FORM_NOTICE_CHOICE_MEDIA: QT_TRANSLATE_NOOP(
        "Messages", "images et sons des choix non affichés : le libellé est montré"
    ),
    Code.FORM_NOTICE_SETTING_IGNORED: QT_TRANSLATE_NOOP(
        "Messages", "réglage ignoré (valeur « {value} »)"
    ),
    Code.FORM_NOTICE_MEDIA_MISSING: QT_TRANSLATE_NOOP(
        "Messages", "fichier « {name} » absent des fichiers du formulaire : le libellé est montré"
    ),
    Code.FORM_NOTICE_PULLDATA_MISSING: QT_TRANSLATE_NOOP(
        "Messages", "fichier « {name}.csv » de pulldata() absent : valeur vide"
    ),
    Code.FORM_NOTICE_METADATA: QT_TRANSLATE_NOOP(
        "Messages", "métadonnée « {type} » que l'ordinateur ne fournit pas : laissée vide"
    ),
    Code.FORM_NOTICE_RANK: QT_TRANSLATE_NOOP(
        "Messages", "« rank » : les choix sont cochés dans l'ordre de leur classement"
    ),
    Code.FORM_NOTICE_READ_ONLY: QT_TRANSLATE_NOOP(
        "Messages", "« read_only » calculé : la question reste modifiable"
    ),
    Code.FORM_NOTICE_CHOICE_FILE_MISSING: QT_TRANSLATE_NOOP(
        "Messages",
        "fichier de choix « {name} » absent des fichiers du formulaire : la réponse est "
        "saisie en texte"
    ),
    Code.FORM_NOTICE_EXTERNAL_LIST_MISSING: QT_TRANSLATE_NOOP(
        "Messages", "liste externe « {list_name} » absente : la réponse est saisie en texte"
    ),
    Code.FORM_NOTICE_RANDOMIZE: QT_TRANSLATE_NOOP(
        "Messages", "choix présentés dans l'ordre de la feuille"
    ),
    Code.FORM_NOTICE_PARAMETERS: QT_TRANSLATE_NOOP(
        "Messages", "paramètre sans effet sur ordinateur : {parameters}"
    ),
    Code.FORM_NOTICE_NO_CALCULATION: QT_TRANSLATE_NOOP(
        "Messages", "« calculate » sans « calculation » : valeur toujours vide"
    ),
    Code.FORM_NOTICE_APPEARANCE: QT_TRANSLATE_NOOP(
        "Messages",
        "apparence « {appearance} » sans équivalent sur ordinateur : affichage ordinaire"
    ),
    Code.FORM_NOTICE_PATH_MISSING: QT_TRANSLATE_NOOP(
        "Messages", "chemin vers « {reference} », absent du formulaire : valeur vide"
    ),
    Code.FORM_NOTICE_BARE_NAME: QT_TRANSLATE_NOOP(
        "Messages", "« {name} » sans ${{}} est lu comme vide (comme ODK)"
    ),
    # -- quota progress in words (quotas: home screen, fieldwork view) ------------------------
    Code.QUOTA_BAND_RANGE: QT_TRANSLATE_NOOP("Messages", "de {low} à {high} ans"),
    Code.QUOTA_BAND_OVER: QT_TRANSLATE_NOOP("Messages", "de {low} ans et plus"),
    Code.QUOTA_BAND_NAMED: QT_TRANSLATE_NOOP("Messages", "« {label} »"),
    Code.QUOTA_PERSON: QT_TRANSLATE_NOOP("Messages", "{count} personne"),
    Code.QUOTA_PEOPLE: QT_TRANSLATE_NOOP("Messages", "{count} personnes"),
    Code.QUOTA_WOMAN: QT_TRANSLATE_NOOP("Messages", "{count} femme"),
    Code.QUOTA_WOMEN: QT_TRANSLATE_NOOP("Messages", "{count} femmes"),
    Code.QUOTA_MAN: QT_TRANSLATE_NOOP("Messages", "{count} homme"),
    Code.QUOTA_MEN: QT_TRANSLATE_NOOP("Messages", "{count} hommes"),
    Code.QUOTA_AND: QT_TRANSLATE_NOOP("Messages", "{first} et {second}"),
    Code.QUOTA_MISSING: QT_TRANSLATE_NOOP("Messages", "il manque {people} {band} à {zone}"),
    Code.QUOTA_MISSING_AMONG: QT_TRANSLATE_NOOP(
        "Messages", "il manque {people} {band} à {zone}, dont {detail}"
    ),
    Code.QUOTA_CELL: QT_TRANSLATE_NOOP(
        "Messages", "{people} {band} à {zone} ({done} sur {target})"
    ),
    Code.QUOTA_NO_PROJECTION: QT_TRANSLATE_NOOP(
        "Messages", "aucun questionnaire encore : pas de projection."
    ),
    Code.QUOTA_PROJECTION: QT_TRANSLATE_NOOP(
        "Messages",
        "au rythme actuel, n_eff attendu {expected} pour {planned} questionnaires "
        "(aujourd'hui {n_eff} pour {done})"
    ),
    Code.QUOTA_HOME_REACHED: QT_TRANSLATE_NOOP(
        "Messages", "Objectifs atteints à {zone} ({count} questionnaires)."
    ),
    Code.QUOTA_HOME_PRIORITY: QT_TRANSLATE_NOOP("Messages", "À trouver en priorité : {cells}."),
    Code.QUOTA_SEPARATOR: QT_TRANSLATE_NOOP("Messages", " ; "),
    # -- questionnaires refused one by one at a merge (sync.trust, sync.form_check) ----------
    Code.MERGE_REVISION_UNSIGNED: QT_TRANSLATE_NOOP(
        "Messages",
        "révision signée par aucun ordinateur enrôlé (faite sur « {laptop} ») : "
        "questionnaire refusé"
    ),
    Code.FORM_CHECK_REFUSED: QT_TRANSLATE_NOOP(
        "Messages", "formulaire {file} refusé par la vérification ({problem})"
    ),
    Code.FORM_CHECK_REFUSED_MORE_ONE: QT_TRANSLATE_NOOP(
        "Messages",
        "formulaire {file} refusé par la vérification ({problem}, et {count} autre "
        "problème)"
    ),
    Code.FORM_CHECK_REFUSED_MORE: QT_TRANSLATE_NOOP(
        "Messages",
        "formulaire {file} refusé par la vérification ({problem}, et {count} autres "
        "problèmes)"
    ),
    Code.FORM_CHECK_UNREADABLE: QT_TRANSLATE_NOOP("Messages", "questionnaire illisible"),
    # -- operator accounts changed outside the application (store.sealing) -------------------
    Code.OPERATOR_TAMPERED: QT_TRANSLATE_NOOP(
        "Messages",
        "Le compte de « {name} » a été modifié en dehors de l'application (rôle ou code "
        "changé dans le fichier de la base) : il est refusé. Un coordinateur ou une "
        "coordinatrice doit lui redonner son rôle et un nouveau code (Fichier > "
        "Opérateurs et codes…), ou restaurer une sauvegarde ; « audit verify » le "
        "signale."
    ),
    Code.OPERATOR_KEY_MISSING: QT_TRANSLATE_NOOP(
        "Messages",
        "Le compte de « {name} » ne peut pas être vérifié : la clé de signature de cet "
        "ordinateur ({path}) manque ou est illisible. Remettez-la en place (sauvegarde de"
        " l'ordinateur) à côté de la base, ou restaurez une sauvegarde de la base."
    ),
    Code.OPERATOR_KEY_CHANGED: QT_TRANSLATE_NOOP(
        "Messages",
        "Le compte de « {name} » ne peut pas être vérifié : la clé de signature de cet "
        "ordinateur ({path}) n'est plus celle qui a scellé les comptes (fichier remplacé "
        "ou recréé). Remettez l'ancienne clé à côté de la base, ou restaurez une "
        "sauvegarde."
    ),
    Code.OPERATOR_VANISHED: QT_TRANSLATE_NOOP(
        "Messages",
        "Le compte de « {name} » a été supprimé du fichier de la base en dehors de "
        "l'application (le journal d'audit l'avait enregistré) : les actions réservées à "
        "la coordination restent fermées. Restaurez une sauvegarde de la base."
    ),
    # -- rows of an imported table the form does not accept (sync.validation) ---------------
    Code.IMPORT_ROW_PROBLEM: QT_TRANSLATE_NOOP(
        "Messages",
        "{file}, ligne {line}, colonne « {column} » (question « {question} ») : {value} —"
        " {rule} : {message}"
    ),
    Code.IMPORT_VALUE: QT_TRANSLATE_NOOP("Messages", "« {value} »"),
    Code.IMPORT_EMPTY_VALUE: QT_TRANSLATE_NOOP("Messages", "(vide)"),
    Code.IMPORT_RULE_REQUIRED: QT_TRANSLATE_NOOP("Messages", "réponse obligatoire manquante"),
    Code.IMPORT_RULE_TYPE: QT_TRANSLATE_NOOP("Messages", "type de réponse"),
    Code.IMPORT_RULE_CHOICE: QT_TRANSLATE_NOOP("Messages", "code absent de la liste de choix"),
    Code.IMPORT_RULE_CONSTRAINT: QT_TRANSLATE_NOOP("Messages", "contrainte du questionnaire"),
    Code.IMPORT_RULE_RELEVANCE: QT_TRANSLATE_NOOP(
        "Messages", "réponse à une question qui ne se pose pas"
    ),
    Code.IMPORT_IRRELEVANT_ANSWER: QT_TRANSLATE_NOOP(
        "Messages", "la question ne se pose pas avec les autres réponses de la ligne."
    ),
    # -- sizes as said to users ------------------------------------------------------------
    Code.SIZE_MEGABYTES: QT_TRANSLATE_NOOP("Messages", "{whole},{tenth} Mo"),
    Code.SIZE_MEGABYTES_WHOLE: QT_TRANSLATE_NOOP("Messages", "{whole} Mo"),
    Code.ATTACHMENT_TOO_BIG: QT_TRANSLATE_NOOP(
        "Messages",
        "Le fichier {name} pèse {size}, plus que les {limit} admis pour une pièce jointe : il "
        "n'a pas été joint. Réduisez-le (photo moins grande, extrait plus court).",
    ),
    # -- end of campaign: purge check and result, compaction ------------------------------------
    Code.PURGE_BUNDLE_REFUSED: QT_TRANSLATE_NOOP(
        "Messages", "Fichier d'export refusé : {reason} Rien n'a été purgé."
    ),
    Code.PURGE_MISSING_ONE: QT_TRANSLATE_NOOP(
        "Messages",
        "{count} questionnaire terminé ou supprimé sur {finished} ne figure pas dans {file} avec "
        "sa version actuelle : {listing}. Faites un nouvel export complet (pas « seulement ce "
        "qui n'a pas été exporté ») et purgez avec ce fichier.",
    ),
    Code.PURGE_MISSING: QT_TRANSLATE_NOOP(
        "Messages",
        "{count} questionnaires terminés ou supprimés sur {finished} ne figurent pas dans {file} "
        "avec leur version actuelle : {listing}. Faites un nouvel export complet (pas « seulement "
        "ce qui n'a pas été exporté ») et purgez avec ce fichier.",
    ),
    Code.PURGE_UNFINISHED_ONE: QT_TRANSLATE_NOOP(
        "Messages",
        "{count} questionnaire en cours de saisie ou de correction : {listing}. Terminez-le ou "
        "supprimez-le, exportez, puis purgez.",
    ),
    Code.PURGE_UNFINISHED: QT_TRANSLATE_NOOP(
        "Messages",
        "{count} questionnaires en cours de saisie ou de correction : {listing}. Terminez-les ou "
        "supprimez-les, exportez, puis purgez.",
    ),
    Code.PURGE_NOTHING_PURGED: QT_TRANSLATE_NOOP("Messages", "{problems} Rien n'a été purgé."),
    Code.PURGE_NOTHING_TO_PURGE: QT_TRANSLATE_NOOP(
        "Messages", "Aucun questionnaire à purger ; {file} a été vérifié."
    ),
    Code.PURGE_READY_ONE: QT_TRANSLATE_NOOP(
        "Messages",
        "Le questionnaire terminé ou supprimé de cet ordinateur est dans {file}, vérifié, avec "
        "sa version actuelle : la purge peut être faite.",
    ),
    Code.PURGE_READY: QT_TRANSLATE_NOOP(
        "Messages",
        "Les {count} questionnaires terminés ou supprimés de cet ordinateur sont tous dans "
        "{file}, vérifié, avec leur version actuelle : la purge peut être faite.",
    ),
    Code.PURGE_LISTING_MORE_ONE: QT_TRANSLATE_NOOP("Messages", "{shown} et {count} autre"),
    Code.PURGE_LISTING_MORE: QT_TRANSLATE_NOOP("Messages", "{shown} et {count} autres"),
    Code.PURGE_DESCRIBED: QT_TRANSLATE_NOOP("Messages", "{short} ({zone}, commencé le {when})"),
    Code.PURGE_DESCRIBED_BY: QT_TRANSLATE_NOOP(
        "Messages", "{short} ({zone}, commencé le {when}, {operator})"
    ),
    Code.PURGE_NO_ZONE: QT_TRANSLATE_NOOP("Messages", "sans quartier"),
    Code.PURGE_DONE: QT_TRANSLATE_NOOP(
        "Messages",
        "Campagne purgée : {questionnaires} et {versions} effacés de cet ordinateur (vérifiés "
        "dans {file}). Le journal d'activité garde la trace de la purge.",
    ),
    Code.PURGE_BACKUP_KEPT: QT_TRANSLATE_NOOP(
        "Messages",
        "Une sauvegarde faite juste avant ({backup}, dossier {folder}) contient encore les "
        "données : supprimez-la une fois la campagne close.",
    ),
    Code.COUNT_QUESTIONNAIRE: QT_TRANSLATE_NOOP("Messages", "{count} questionnaire"),
    Code.COUNT_QUESTIONNAIRES: QT_TRANSLATE_NOOP("Messages", "{count} questionnaires"),
    Code.COUNT_VERSION: QT_TRANSLATE_NOOP("Messages", "{count} version"),
    Code.COUNT_VERSIONS: QT_TRANSLATE_NOOP("Messages", "{count} versions"),
    Code.STORE_COMPACTION_NOTE: QT_TRANSLATE_NOOP(
        "Messages",
        "Sur le serveur PostgreSQL, les tables concernées ont été réécrites (VACUUM FULL) ; "
        "l'ancien texte peut encore se trouver dans les journaux de transactions (WAL), les "
        "réplicas et les sauvegardes du serveur jusqu'à leur renouvellement par son "
        "administrateur.",
    ),
}


@dataclass(frozen=True, slots=True)
class Text:
    """A catalogued message and its parameters, rendered in whichever language is asked."""

    code: Code
    params: Mapping[str, Any] = field(default_factory=dict)

    def render(self, translate: Translate = french) -> str:
        """The message in the language of `translate`, parameters filled in."""
        values = {name: _rendered(value, translate) for name, value in self.params.items()}
        return translate(MESSAGES_CONTEXT, MESSAGES[self.code]).format(**values)


def counted(count: int, one: Code, many: Code) -> Text:
    """« 1 questionnaire », « 2 questionnaires »: the code agreeing with `count` (French rule)."""
    return Text(one if abs(count) < 2 else many, {"count": count})


class Renderable(Protocol):
    """Anything shown in the interface language: a Text, an error, a located problem."""

    def render(self, translate: Translate = ...) -> str:
        """The text in the language of `translate`."""
        ...


@dataclass(frozen=True, slots=True)
class TextLines:
    """Several catalogued messages shown one a line (a parameter of a message listing them)."""

    texts: tuple[Renderable, ...]
    separator: str = "\n"

    def render(self, translate: Translate = french) -> str:
        """The messages in the language of `translate`, one a line (or between `separator`)."""
        return self.separator.join(text.render(translate) for text in self.texts)


class Said(str):
    """A catalogued message kept where a French str is expected (JSON, the command line).

    The str is the French; `render` gives the message in the interface language.
    """

    text: Renderable

    def __new__(cls, text: Renderable) -> Said:
        said = super().__new__(cls, text.render())
        said.text = text
        return said

    def __getnewargs__(self) -> tuple[Renderable]:  # type: ignore[override]
        return (self.text,)

    def render(self, translate: Translate = french) -> str:
        """The message in the language of `translate`."""
        return self.text.render(translate)


def _rendered(value: Any, translate: Translate) -> Any:
    """A parameter as shown: a nested message or error rendered in the same language."""
    render = getattr(value, "render", None)
    return render(translate) if callable(render) else value


@dataclass(frozen=True, slots=True)
class Labels:
    """A table of short French labels by key, marked for translation in one context."""

    context: str
    sources: Mapping[str, str]

    def label(self, key: str, translate: Translate = french) -> str:
        """The label of `key` in the language of `translate` (the key itself when unknown)."""
        source = self.sources.get(str(key))
        return key if source is None else translate(self.context, source)


#: The actions of permissions.Action, as the password dialog names them (« Pour … : »).
PERMISSION_LABELS = Labels(
    "Permissions",
    {
        "enter": QT_TRANSLATE_NOOP("Permissions", "saisir un questionnaire"),
        "edit_own_draft": QT_TRANSLATE_NOOP("Permissions", "reprendre un brouillon"),
        "export": QT_TRANSLATE_NOOP("Permissions", "exporter vers une clé USB"),
        "merge": QT_TRANSLATE_NOOP("Permissions", "fusionner des fichiers d'export"),
        "resolve_conflicts": QT_TRANSLATE_NOOP("Permissions", "résoudre les conflits"),
        "delete_submission": QT_TRANSLATE_NOOP("Permissions", "supprimer un questionnaire"),
        "edit_submission": QT_TRANSLATE_NOOP(
            "Permissions", "modifier un questionnaire terminé ou le brouillon d’autrui"
        ),
        "reports": QT_TRANSLATE_NOOP("Permissions", "produire les fiches de synthèse"),
        "dashboard": QT_TRANSLATE_NOOP("Permissions", "ouvrir le tableau de bord"),
        "population_targets": QT_TRANSLATE_NOOP("Permissions", "modifier les cibles de population"),
        "territory": QT_TRANSLATE_NOOP("Permissions", "modifier le territoire"),
        "data_import": QT_TRANSLATE_NOOP("Permissions", "importer des données"),
        "data_export": QT_TRANSLATE_NOOP("Permissions", "exporter les réponses en tableau"),
        "keying_report": QT_TRANSLATE_NOOP("Permissions", "voir le rapport de saisie"),
        "settings": QT_TRANSLATE_NOOP("Permissions", "modifier les réglages"),
        "operators": QT_TRANSLATE_NOOP("Permissions", "gérer les enquêteurs et les coordinateurs"),
        "restore_backup": QT_TRANSLATE_NOOP("Permissions", "restaurer une sauvegarde"),
        "audit_export": QT_TRANSLATE_NOOP(
            "Permissions", "consulter et exporter le journal d'activité"
        ),
        "purge": QT_TRANSLATE_NOOP("Permissions", "purger la campagne"),
        "clear_free_text": QT_TRANSLATE_NOOP("Permissions", "effacer les textes libres"),
        "register_form": QT_TRANSLATE_NOOP("Permissions", "ajouter un questionnaire XLSForm"),
    },
)

#: The actions of the audit log (store.audit), as the coordinator reads them.
AUDIT_ACTION_LABELS = Labels(
    "AuditLog",
    {
        "creation": QT_TRANSLATE_NOOP("AuditLog", "questionnaire commencé"),
        "finalisation": QT_TRANSLATE_NOOP("AuditLog", "questionnaire terminé"),
        "modification": QT_TRANSLATE_NOOP("AuditLog", "questionnaire modifié"),
        "suppression": QT_TRANSLATE_NOOP("AuditLog", "questionnaire supprimé"),
        "abandon": QT_TRANSLATE_NOOP("AuditLog", "questionnaire vide abandonné"),
        "export": QT_TRANSLATE_NOOP("AuditLog", "export"),
        "fusion": QT_TRANSLATE_NOOP("AuditLog", "fusion"),
        "resolution_conflit": QT_TRANSLATE_NOOP("AuditLog", "conflit résolu"),
        "double_saisie": QT_TRANSLATE_NOOP("AuditLog", "double saisie"),
        "verification": QT_TRANSLATE_NOOP("AuditLog", "double saisie vérifiée"),
        "reglage": QT_TRANSLATE_NOOP("AuditLog", "réglage modifié"),
        "effacement_textes": QT_TRANSLATE_NOOP("AuditLog", "textes libres effacés"),
        "purge": QT_TRANSLATE_NOOP("AuditLog", "campagne purgée"),
        "operateur": QT_TRANSLATE_NOOP("AuditLog", "opérateur ajouté ou modifié"),
        "mot_de_passe": QT_TRANSLATE_NOOP("AuditLog", "code ou mot de passe modifié"),
        "verrouillage": QT_TRANSLATE_NOOP("AuditLog", "opérateur bloqué après des essais manqués"),
        "enrolement": QT_TRANSLATE_NOOP("AuditLog", "ordinateur enrôlé"),
        "import_sans_signature": QT_TRANSLATE_NOOP("AuditLog", "fichier importé sans signature"),
        "a_verifier": QT_TRANSLATE_NOOP(
            "AuditLog", "questionnaire importé à vérifier confirmé ou corrigé"
        ),
        "questionnaire_ajoute": QT_TRANSLATE_NOOP(
            "AuditLog", "version de questionnaire XLSForm ajoutée"
        ),
    },
)

#: The statuses of a submission, as the submissions list shows them.
STATUS_LABELS = Labels(
    "Status",
    {
        "draft": QT_TRANSLATE_NOOP("Status", "Brouillon"),
        "complete": QT_TRANSLATE_NOOP("Status", "Terminé"),
        "deleted": QT_TRANSLATE_NOOP("Status", "Supprimé"),
    },
)

#: How the double-entry discrepancy lists name an answer inside repeats (keying.discrepancy_label).
DISCREPANCY_LABELS = Labels(
    "Discrepancies",
    {
        "instance": QT_TRANSLATE_NOOP("Discrepancies", "{repeat} n° {number}"),
        "question": QT_TRANSLATE_NOOP("Discrepancies", "{place} : {question}"),
        "count": QT_TRANSLATE_NOOP("Discrepancies", "{place} : nombre de répétitions"),
    },
)
