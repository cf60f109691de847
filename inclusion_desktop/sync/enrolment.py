"""Enrolment from an export file: the laptop that signed it, once its short code is confirmed.

Kept apart from sync.signing, which the export file format (sync.bundle) itself needs, so that
reading a file and signing one do not import each other.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from inclusion_desktop.catalogue import Code
from inclusion_desktop.sync.bundle import read_checked_bundle
from inclusion_desktop.sync.signing import EnrolledLaptop, SigningError, enrol, same_code

if TYPE_CHECKING:
    from inclusion_desktop.store import Store


def file_laptop(path: Path, passphrase: str | None) -> tuple[str, str, str]:
    """(device uuid, name, public key) of the laptop that signed an export file.

    Raises BundleError (damaged, wrong passphrase...) or SigningError (an unsigned file).
    """
    checked = read_checked_bundle(path, passphrase)
    if checked.signer is None:
        raise SigningError(code=Code.ENROL_UNSIGNED, file=Path(path).name)
    signer = checked.signer
    name = next(
        (d["name"] for d in checked.bundle.devices if d["uuid"] == signer["device"]),
        checked.bundle.device_name,
    )
    return signer["device"], name, signer["public_key"]


def enrol_from_file(
    store: Store,
    path: Path,
    *,
    passphrase: str | None,
    code: str,
    by: str,
    operator_id: int | None = None,
) -> EnrolledLaptop:
    """Enrol the laptop that signed `path`, once the code read on its screen matches its key."""
    device, name, public = file_laptop(path, passphrase)
    if not same_code(code, public):
        raise SigningError(code=Code.ENROL_CODE_MISMATCH, name=name, file=Path(path).name)
    return enrol(
        store, device_uuid=device, name=name, public_key=public, by=by, operator_id=operator_id
    )
