"""Exchange of questionnaires between laptops: bundle files, merge, imports from other tools."""

from inclusion_desktop.sync.bundle import BundleError, ExportResult, export_bundle, read_bundle
from inclusion_desktop.sync.merge import MergeProgress, MergeReport, merge_files, preview_files

__all__ = [
    "BundleError",
    "ExportResult",
    "MergeProgress",
    "MergeReport",
    "export_bundle",
    "merge_files",
    "preview_files",
    "read_bundle",
]
