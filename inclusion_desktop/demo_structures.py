"""Demo structures: the 66 structures of the 2021 study, rebuilt from its published figures.

The study (resources: seed diagnostic of the CA Maubeuge-Val de Sambre, 2021) publishes counts,
not answers; `study_structures` builds one answer set per structure so that every published
count is reproduced to the structure: 19 associations, 16 mairies, 4 centres sociaux…; 28
structures with free access (13 planned), 10 selling, giving or lending equipment (13 planned,
all in Hautmont, Louvroil, Maubeuge or Jeumont), 38 with assistance, 29 with workshops, 30 with
referral (9 planned); 61 with an active offer, of which 24 go hors les murs, 18 of them into a
QPV; 48 without a clear view of the other actors and wishing one; 25 in partnership; 39 funded,
29 of them by the State or local authorities; priorities « mieux connaître les offres » 28,
« mieux communiquer entre acteurs » 26. Names are made up; where the study gives nothing
(communes, formats…), answers are plausible and fixed.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid as uuid_module
from typing import Any

from inclusion_desktop.questionnaire.bundled import STRUCTURES_FORM
from inclusion_desktop.store import Store

STUDY_SIZE = 66
_NAMESPACE = uuid_module.UUID("0b6f1f7e-2b7a-4c59-9a43-5d0c2f1e2021")
_TYPES = (
    ["association"] * 19
    + ["mairie"] * 16
    + ["mediatheque"] * 7
    + ["centre_social"] * 4
    + ["ccas"] * 3
    + ["service_etat"] * 3
    + ["service_social_departemental"] * 3
    + ["bailleur_social"] * 2
    + ["espace_public_numerique"] * 2
    + ["operateur_service_public"] * 2
    + ["education_nationale", "gip", "organisme_formation", "autre", "residence_seniors"]
)
_TYPE_NAMES = {
    "association": "Association",
    "mairie": "Mairie",
    "mediatheque": "Médiathèque",
    "centre_social": "Centre social",
    "ccas": "CCAS",
    "service_etat": "Service de l’État",
    "service_social_departemental": "UTPAS",
    "bailleur_social": "Bailleur social",
    "espace_public_numerique": "EPN",
    "operateur_service_public": "Agence CAF",
    "education_nationale": "Lycée",
    "gip": "GIP",
    "organisme_formation": "Organisme de formation",
    "autre": "Collège",
    "residence_seniors": "Résidence seniors",
}
# Structures 0-37 offer a first-level service (free access or assistance), 38-65 do not.
_FIRST_LEVEL_COMMUNES = (
    ["maubeuge"] * 16 + ["hautmont"] * 5 + ["louvroil"] * 4 + ["jeumont"] * 4
    + ["aulnoye_aymeries"] * 3 + ["feignies"] * 2 + ["ferriere_la_grande", "boussois",
                                                     "recquignies", "autre_commune"]
)
_OTHER_COMMUNES = (
    ["maubeuge"] * 8 + ["louvroil"] * 2 + ["hautmont"] * 2 + ["jeumont"] * 2
    + ["aulnoye_aymeries"] * 2 + ["feignies"] * 2 + ["ferriere_la_grande"] * 2
    + ["boussois"] * 2 + ["recquignies", "marpent", "marpent"] + ["autre_commune"] * 3
)
_OTHER_NAMES = ("Pont-sur-Sambre", "Rousies", "Assevent", "Boussières-sur-Sambre")
_MAUBEUGE_QPV = ("sous_le_bois", "montplaisir", "rue_d_haumont", "epinette",
                 "provinces_francaises_de_joyeuse", "pont_de_pierre")
_PUBLIC_FUNDERS = ("etat", "region", "departement", "agglomeration", "commune")


def _service(i: int, oui: range, projet: range) -> str:
    return "oui" if i in oui else ("en_projet" if i in projet else "non")


def study_structures() -> list[dict[str, str]]:
    """The 66 structures' answers (question name -> answer text), in a fixed order."""
    rng = random.Random(2021)
    types = list(_TYPES)
    rng.shuffle(types)
    communes = _FIRST_LEVEL_COMMUNES + _OTHER_COMMUNES
    # Equipment is sold, given or lent in four communes only (study, p. « matériel »).
    lenders = [i for i in range(61) if communes[i] in ("hautmont", "louvroil", "maubeuge",
                                                       "jeumont")][:10]
    rows = []
    for i in range(STUDY_SIZE):
        kind, commune = types[i], communes[i]
        active = i < 61
        answers: dict[str, str] = {
            "structure_nom": f"{_TYPE_NAMES[kind]} {i + 1:02d}",
            "structure_type": kind,
            "commune": commune,
        }
        if kind == "autre":
            answers["structure_type_autre"] = "Collège"
        if commune == "autre_commune":
            answers["commune_autre"] = _OTHER_NAMES[i % len(_OTHER_NAMES)]
        else:
            quartier = "autre"
            if commune == "maubeuge" and i % 3 == 0:
                quartier = _MAUBEUGE_QPV[i % len(_MAUBEUGE_QPV)]
            elif commune == "louvroil" and i % 2 == 0:
                quartier = "sous_le_bois"
            answers["quartier"] = quartier
        answers["service_acces_libre"] = _service(i, range(0, 28), range(28, 41))
        answers["service_materiel_solidaire"] = (
            "oui" if i in lenders else _service(i, range(0), range(40, 53))
        )
        answers["service_assistance"] = _service(i, range(0, 38), range(0))
        answers["service_ateliers"] = _service(i, range(10, 39), range(0))
        answers["service_orientation"] = _service(i, range(31, 61), range(0, 9))
        if active:
            team = ["agents_accueil"]
            if i % 4 == 0:
                team.append("conseillers_numeriques")
            if i % 5 == 1:
                team.append("mediateurs_numeriques")
            if kind in ("association", "centre_social"):
                team.append("benevoles")
            if kind in ("ccas", "service_social_departemental"):
                team.append("travailleurs_sociaux")
            answers["accompagnants"] = " ".join(team)
            answers["role_defini"] = (
                "sans_cadre" if i < 24 else "defini_formes" if i < 46
                else "defini_non_formes" if i < 57 else "nsp"
            )
            answers["hors_les_murs"] = _service(i, range(0, 24), range(24, 30))
            if i < 24:
                answers["hors_les_murs_qpv"] = "oui" if i < 18 else ("non" if i < 22 else "nsp")
            answers["gratuite"] = "gratuit" if i < 50 else ("partiellement" if i < 58 else "payant")
            channels = ["bouche_a_oreille"]
            if i % 2 == 0:
                channels.append("orientation")
            if i % 3 == 0:
                channels.append("affichage")
            if i % 4 == 1:
                channels.append("internet_reseaux")
            if kind == "mairie":
                channels.append("mairie_journal")
            answers["canaux_public"] = " ".join(channels)
        if answers["service_ateliers"] == "oui":
            themes = ["bases_ordinateur", "internet", "demarches"]
            if i % 2:
                themes.append("smartphone")
            if i % 3 == 0:
                themes.append("emploi")
            answers["ateliers_themes"] = " ".join(themes)
            formats = ["ponctuel"] if i % 4 else ["ponctuel", "parcours_court"]
            if i % 7 == 0:
                formats.append("parcours_long")
            answers["ateliers_formats"] = " ".join(formats)
        answers["probleme_connexion"] = "oui" if i % 6 == 0 else ("nsp" if i % 17 == 5 else "non")
        answers["visibilite_acteurs"] = (
            "partielle" if i < 30 else "non_souhaitee" if i < 48 else "oui" if i < 60
            else "non_sans_besoin"
        )
        funded = i % 66 < 39
        answers["financement"] = "oui" if funded else "non"
        if funded:
            if i < 29:
                answers["financeurs"] = " ".join(
                    [_PUBLIC_FUNDERS[i % 5]] + (["caf"] if i % 9 == 0 else [])
                )
            else:
                answers["financeurs"] = ("europe" if i < 31 else "caf" if i < 33 else "prive")
        answers["partenariat"] = "oui" if i % 66 >= 41 else "non"
        if answers["partenariat"] == "oui":
            answers["partenaires"] = "Emmaüs Connect, centres sociaux connectés"
        interests = []
        if i < 40:
            interests.append("accueillir")
        if 30 <= i < 45:
            interests.append("partager_pratiques")
        if i % 5 == 0 and i < 60:
            interests.append("orienter")
        answers["partenariat_interets"] = " ".join(interests) or "aucun"
        priorities = []
        if i < 30 or i >= 62:
            priorities.append("equiper_lieux")
        if i % 2 == 0:
            priorities.append("sensibiliser_publics")
        if 20 <= i < 48:
            priorities.append("connaitre_offres")
        if i >= 40:
            priorities.append("communiquer_acteurs")
        answers["priorites"] = " ".join(priorities or ["aller_vers"])
        rows.append(answers)
    return rows


def study_uuid(index: int) -> str:
    """The fixed instanceID of structure `index` (so a second import skips known ones)."""
    return f"uuid:{uuid_module.uuid5(_NAMESPACE, str(index))}"


def zone_of(answers: dict[str, Any]) -> str:
    """The zone code of a structure's answers (commune/quartier), empty outside the territory."""
    quartier = answers.get("quartier")
    return f"{answers['commune']}/{quartier}" if quartier else ""


def fill_demo_structures(store: Store, *, copies: int = 1) -> int:
    """Adds the study's 66 structures (`copies` times, with new ids) to `store`; returns how many.

    The structures questionnaire must be registered (`Collector.register_bundled_forms`).
    """
    version = next(
        v for v in store.form_versions() if v.source_filename == STRUCTURES_FORM
    )
    base = dt.datetime.now(dt.UTC) - dt.timedelta(days=20)
    study = study_structures()
    rows = []
    for copy in range(copies):
        for index, answers in enumerate(study):
            moment = base + dt.timedelta(hours=index + copy * STUDY_SIZE)
            rows.append((study_uuid(copy * STUDY_SIZE + index), zone_of(answers), moment,
                         dict(answers)))
    created, _ = store.import_submissions(
        form_version_id=version.id,
        rows=rows,
        device_uuid=str(uuid_module.uuid5(_NAMESPACE, "demo")),
        device_name="Démonstration (structures)",
    )
    return len(created)
