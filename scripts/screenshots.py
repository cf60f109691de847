"""Renders the README's screenshots from the real application, offscreen, on a demo store.

Run: .venv/bin/python scripts/screenshots.py [OUT_DIR]   (default: docs/images)
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from inclusion_desktop.demo import fill_demo_store  # noqa: E402
from inclusion_desktop.gui.field.form_view import REVIEW_KEY  # noqa: E402
from inclusion_desktop.gui.shell.app import create_application, open_main_window  # noqa: E402
from inclusion_desktop.gui.shell.main_window import SETTING_ZONE  # noqa: E402
from inclusion_desktop.store import Store  # noqa: E402


def main() -> int:
    """Saves accueil.png, question.png and relecture.png in the output folder."""
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/images")
    out.mkdir(parents=True, exist_ok=True)
    app = create_application()
    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(str(Path(folder) / "demo.sqlite"))
        fill_demo_store(store, submissions=60, seed=2021, device_name="Portable médiation 1")
        store.set_setting(SETTING_ZONE, "maubeuge/sous_le_bois")
        window = open_main_window(store, first_run=False)
        assert window is not None
        window.resize(1366, 768)
        window.show()
        app.processEvents()
        window.grab().save(str(out / "accueil.png"))
        window.new_questionnaire()
        view = window.form_view
        assert view.session is not None
        for name, value in (("mode_collecte", "porte_a_porte"), ("consentement", "oui")):
            view.session.set_answer(name, value)
        view.show_page("bloc_equipement")
        view.session.set_answer("equipement", "smartphone connexion_domicile")
        view.show_page("bloc_equipement")
        app.processEvents()
        window.grab().save(str(out / "question.png"))
        view.show_page(REVIEW_KEY)
        app.processEvents()
        window.grab().save(str(out / "relecture.png"))
        view.stop()
        window.close()
        store.close()
    QApplication.processEvents()
    print(f"Captures enregistrées dans {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
