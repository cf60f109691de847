#!/usr/bin/env bash
# Installe l'application construite (dist/inclusion-desktop/) pour l'utilisateur courant, sans
# droits d'administrateur : programme, commande, icônes et lanceur du menu des applications.
#   bash packaging/install-linux.sh              # installe (ou met à jour)
#   bash packaging/install-linux.sh --uninstall  # retire tout, sauf la base de données
# La base reste dans ~/.local/share/inclusion-desktop/ : ni l'installation ni la désinstallation
# n'y touchent.
set -euo pipefail
cd "$(dirname "$0")/.."

name=inclusion-desktop
data_home=${XDG_DATA_HOME:-$HOME/.local/share}
target=$HOME/.local/opt/$name
bin=$HOME/.local/bin/$name
launcher=$data_home/applications/$name.desktop
icons=$data_home/icons/hicolor

if [ "${1:-}" = "--uninstall" ]; then
    rm -rf "$target" "$bin" "$launcher"
    rm -f "$icons"/*/apps/"$name".png "$icons/scalable/apps/$name.svg"
    echo "Application retirée (la base de données est conservée)."
    exit 0
fi

if [ ! -x "dist/$name/$name" ]; then
    echo "dist/$name/$name introuvable : lancez d'abord bash packaging/build.sh" >&2
    exit 1
fi
rm -rf "$target"
mkdir -p "$(dirname "$target")" "$(dirname "$bin")" "$(dirname "$launcher")"
cp -a "dist/$name" "$target"
ln -sfn "$target/$name" "$bin"
for png in packaging/icons/"$name"-*.png; do
    size=${png##*-}
    size=${size%.png}
    install -D -m 644 "$png" "$icons/${size}x${size}/apps/$name.png"
done
install -D -m 644 "resources/icons/$name.svg" "$icons/scalable/apps/$name.svg"
# Chemin complet dans Exec : ~/.local/bin n'est pas toujours dans le PATH des menus.
sed "s|^Exec=$name|Exec=$target/$name|" "packaging/$name.desktop" > "$launcher"
chmod 644 "$launcher"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$(dirname "$launcher")" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$icons" || true
echo "Installée dans $target ; commande : $bin ; lanceur : $launcher"
