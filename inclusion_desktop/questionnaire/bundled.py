"""The questionnaires and territory shipped with the app, found with importlib.resources."""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from dataclasses import dataclass
from importlib import resources

from inclusion_desktop.questionnaire.loader import load_form_bytes
from inclusion_desktop.questionnaire.model import Form

#: The resident survey, the form a mediator uses door to door.
RESIDENT_FORM = "habitants.xlsx"
STRUCTURES_FORM = "structures.xlsx"
BUNDLED_FORMS = (RESIDENT_FORM, STRUCTURES_FORM)


@dataclass(frozen=True, slots=True)
class Territory:
    """A territory whose communes and neighbourhoods are shipped with the app."""

    code: str
    name: str


#: The territories of resources/reference/territory/ (today, one).
TERRITORIES = (Territory("camvs", "Communauté d'Agglomération Maubeuge-Val de Sambre (CAMVS)"),)


@dataclass(frozen=True, slots=True)
class Neighbourhood:
    """A quartier of the territory file: the zone a questionnaire is collected in."""

    commune: str
    commune_name: str
    quartier: str
    name: str
    qpv_code: str

    @property
    def code(self) -> str:
        """The zone code stored with each questionnaire; quartier names repeat across communes."""
        return f"{self.commune}/{self.quartier}"

    @property
    def display_name(self) -> str:
        """The name shown in lists, with its commune."""
        return f"{self.name} — {self.commune_name}"


def choice_slug(name: str) -> str:
    """The XLSForm choice name of a commune: lower case, no accents, `_` between words."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "_", ascii_name.lower()).strip("_")


def _resource_bytes(*parts: str) -> bytes:
    node = resources.files("inclusion_desktop.resources")
    for part in parts:
        node = node / part
    return node.read_bytes()


def bundled_form_source(filename: str) -> bytes:
    """Returns the bytes of a shipped XLSForm."""
    return _resource_bytes("questionnaires", filename)


def load_bundled_form(filename: str = RESIDENT_FORM) -> Form:
    """Loads a shipped XLSForm."""
    return load_form_bytes(bundled_form_source(filename), filename)


def resource_csv(*parts: str) -> list[dict[str, str]]:
    """The rows of a CSV file shipped in resources/ (UTF-8, comma separated)."""
    text = _resource_bytes(*parts).decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text)))


_read_csv = resource_csv


def territory_neighbourhoods() -> list[Neighbourhood]:
    """The neighbourhoods of the shipped territory file, commune by commune, in file order.

    Where a store is at hand, use `inclusion_desktop.territory.store_neighbourhoods(store)`:
    it follows the territory a coordinator edited in the app.
    """
    communes = {
        choice_slug(row["nom"]): row["nom"]
        for row in _read_csv("reference", "territory", "communes.csv")
    }
    return [
        Neighbourhood(
            commune=row["commune"],
            commune_name=communes.get(row["commune"], row["commune"]),
            quartier=row["nom"],
            name=row["label"],
            qpv_code=row.get("code_qpv") or "",
        )
        for row in _read_csv("reference", "territory", "quartiers.csv")
    ]
