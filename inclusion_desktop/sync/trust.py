"""What a merge accepts from a file, given who signed it (see sync.signing).

Until the campaign has enrolled laptops, files merge as before (a laptop merging its
coordinator's file enrols nobody). Once it has:

- a file must be signed by an enrolled laptop (or by this one), else it is refused, naming the
  laptop it claims to come from and its key's code;
- a revision made by the file's signer is covered by the file's signature; a revision made by
  another laptop (relayed) must carry that laptop's own valid signature, else its questionnaire
  is refused, named;
- audit rows of other laptops are taken from the file only when signed by that laptop (an
  enrolled one); the others come with each laptop's own file.

Whatever the enrolment, the hash chain of every laptop's audit rows (store.audit_chain) must
hold, and every row signature that can be checked must verify: a file whose log had a row
edited or deleted is refused.

With a campaign passphrase, a clear file is refused: campaign files are always encrypted.
The explicit « importer sans signature » path (``allow_unsigned``) accepts old unsigned or clear
files; the merge then writes an audit row saying so.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from inclusion_desktop.catalogue import Code, Said, Text
from inclusion_desktop.store.audit_chain import check_chains
from inclusion_desktop.store.history import IncomingBundle
from inclusion_desktop.sync.bundle import BundleError, CheckedBundle
from inclusion_desktop.sync.signing import revision_message, short_code, verify


@dataclass(frozen=True, slots=True)
class TrustPolicy:
    """The merging store's trusted keys and the choices of whoever merges."""

    #: device uuid -> public key (base64) of every enrolled laptop, and of this laptop.
    keys: dict[str, str]
    enrolled: bool
    passphrase_set: bool
    allow_unsigned: bool = False


@dataclass(slots=True)
class Vetted:
    """A file's content as the merge may take it, with its refused questionnaires."""

    bundle: IncomingBundle
    refused: list[tuple[str, str]]
    #: (hash, device uuid, signature) of every revision whose maker's signature verified.
    signatures: list[tuple[str, str, str]]
    unsigned: bool


def _device_name(bundle: IncomingBundle, uuid: str) -> str:
    for device in bundle.devices:
        if device["uuid"] == uuid:
            return device["name"]
    return uuid


def vet_signatures(checked: CheckedBundle, policy: TrustPolicy, path: Path) -> Vetted:
    """Apply the policy to one read file; raise BundleError when the whole file is refused."""
    bundle, signer = checked.bundle, checked.signer
    if policy.passphrase_set and not checked.encrypted and not policy.allow_unsigned:
        raise BundleError(path, code=Code.BUNDLE_CLEAR_WITH_PASSPHRASE)
    names = {device["uuid"]: device["name"] for device in bundle.devices}
    # Each row's signature is checked with its laptop's enrolled key; the signer's own rows
    # also with the key that signed the file.
    keys = dict(policy.keys)
    if signer is not None:
        keys.setdefault(signer["device"], signer["public_key"])
    chains = check_chains(bundle.audit, names, keys, every_signature=False)
    if not chains.ok:
        raise BundleError(path, code=Code.MERGE_AUDIT_REFUSED, problem=chains.issues[0])
    signer_uuid = None if signer is None else signer["device"]
    trusted_signer = (
        signer is not None and policy.keys.get(signer["device"]) == signer["public_key"]
    )
    if policy.enrolled and not trusted_signer and not policy.allow_unsigned:
        name = bundle.device_name
        if signer is None:
            raise BundleError(path, code=Code.BUNDLE_UNSIGNED_WITH_ENROLMENT, name=name)
        raise BundleError(
            path,
            code=Code.BUNDLE_SIGNER_NOT_ENROLLED,
            name=name,
            laptop_code=short_code(signer["public_key"]),
        )
    signatures: list[tuple[str, str, str]] = []
    refused: list[tuple[str, str]] = []
    kept: list[dict[str, Any]] = []
    check = policy.enrolled and not policy.allow_unsigned
    for record in bundle.submissions:
        reason = None
        for rev in record["revisions"]:
            device, sig = rev["device"], rev.get("sig")
            if device == signer_uuid and (trusted_signer or not check):
                # Covered by the file's signature: its maker wrote (and signed) the file.
                if sig is not None:
                    signatures.append((rev["hash"], device, sig))
                continue
            key = policy.keys.get(device)
            if (
                key is not None
                and sig is not None
                and verify(key, revision_message(rev["hash"], device), sig)
            ):
                signatures.append((rev["hash"], device, sig))
                continue
            if check:
                laptop = _device_name(bundle, device)
                reason = Said(Text(Code.MERGE_REVISION_UNSIGNED, {"laptop": laptop}))
                break
        if reason is None:
            kept.append(record)
        else:
            refused.append((record["uuid"], reason))
    audit = bundle.audit
    if check:
        # Rows relayed from another laptop are taken when that laptop signed them (the chain
        # check above verified every signature it could); the others come with its own file.
        audit = [
            row
            for row in audit
            if row["device"] == signer_uuid
            or (row["device"] in policy.keys and row.get("sig") is not None)
        ]
    if refused or audit is not bundle.audit:
        bundle = dataclasses.replace(bundle, submissions=kept, audit=audit)
    unsigned = signer is None or not trusted_signer
    return Vetted(bundle, refused, signatures, unsigned)
