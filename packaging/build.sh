#!/usr/bin/env bash
# Construit l'application en un dossier, dist/inclusion-desktop/, pour la plateforme courante
# (Linux ici ; sous Windows, voir packaging/build.ps1). Affiche la taille et la durée de la
# construction. Relancer est sans risque : la construction repart de zéro (--clean).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh
# PyInstaller vient de l'extra « bundle » de pyproject.toml, Qt Multimedia (photos par la caméra)
# de l'extra « camera » ; on ne les installe qu'une fois.
if ! .venv/bin/python -c "import PyInstaller, PySide6.QtMultimedia" >/dev/null 2>&1; then
    echo "Installation de PyInstaller et de Qt Multimedia (extras bundle, camera)"
    .venv/bin/python -m pip install --quiet -e '.[dev,camera,bundle]'
fi

# Interface translations: resources/translations/*.ts compiled to .qm, collected by the spec.
.venv/bin/python scripts/build_translations.py
start=$(date +%s)
.venv/bin/python -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/inclusion-desktop.spec
elapsed=$(( $(date +%s) - start ))

bundle=dist/inclusion-desktop
echo "Application : $bundle/inclusion-desktop"
echo "Taille : $(du -sh "$bundle" | cut -f1) ($(find "$bundle" -type f | wc -l) fichiers)"
echo "Durée de construction : ${elapsed} s"
