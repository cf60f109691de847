"""The user guide: its three role sections, and its screenshots all present and all used."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GUIDE = ROOT / "docs" / "guide-utilisateur.md"
IMAGES = ROOT / "docs" / "images" / "guide"

ROLE_SECTIONS = (
    "Médiateur·rice numérique (porte-à-porte)",
    "Saisie des questionnaires papier (Mission Locale, PLIE)",
    "Coordination",
)

_IMAGE_LINK = re.compile(r"!\[[^\]]*\]\(([^)\s]+)\)")


def _referenced() -> list[str]:
    return _IMAGE_LINK.findall(GUIDE.read_text(encoding="utf-8"))


def test_guide_has_one_section_per_role() -> None:
    headings = {
        line.lstrip("#").strip()
        for line in GUIDE.read_text(encoding="utf-8").splitlines()
        if line.startswith("## ")
    }
    for section in ROLE_SECTIONS:
        assert section in headings, section


def test_every_image_of_the_guide_exists() -> None:
    links = _referenced()
    assert links, "le guide ne montre aucune capture"
    for link in links:
        assert link.startswith("images/guide/"), link
        assert (GUIDE.parent / link).is_file(), link


def test_every_screenshot_is_used_by_the_guide() -> None:
    used = {Path(link).name for link in _referenced()}
    unused = sorted(p.name for p in IMAGES.glob("*.png") if p.name not in used)
    assert not unused, f"captures absentes du guide : {unused}"


def test_the_screenshot_script_makes_exactly_the_guide_images() -> None:
    source = (ROOT / "scripts" / "guide_screenshots.py").read_text(encoding="utf-8")
    block = source.split("IMAGES = (", 1)[1].split(")", 1)[0]
    made = set(re.findall(r'"([^"]+\.png)"', block))
    assert made == {Path(link).name for link in _referenced()}
