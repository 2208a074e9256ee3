#!/bin/sh
# Install Dollr Desktop for the current user (no root): the app in ~/.local/opt, a launcher in
# ~/.local/bin, the menu entry and icon where desktop environments look for them.
# Run from the unpacked tarball:  ./install.sh        Remove with:  ./install.sh --uninstall
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
PREFIX=${XDG_DATA_HOME:-$HOME/.local/share}
APPDIR=$HOME/.local/opt/dollr-desktop
BIN=$HOME/.local/bin
if [ "${1:-}" = "--uninstall" ]; then
    rm -rf "$APPDIR" "$BIN/dollr-desktop" "$PREFIX/applications/dollr-desktop.desktop" \
        "$PREFIX/icons/hicolor/256x256/apps/dollr-desktop.png"
    echo "Dollr Desktop removed (your data in ${XDG_DATA_HOME:-$HOME/.local/share}/DollrDesktop is kept)."
    exit 0
fi
mkdir -p "$APPDIR" "$BIN" "$PREFIX/applications" "$PREFIX/icons/hicolor/256x256/apps"
rm -rf "$APPDIR"
cp -a "$HERE/dollr-desktop" "$APPDIR"
ln -sf "$APPDIR/dollr-desktop" "$BIN/dollr-desktop"
cp "$HERE/dollr-desktop.png" "$PREFIX/icons/hicolor/256x256/apps/dollr-desktop.png"
sed "s|^Exec=dollr-desktop|Exec=$APPDIR/dollr-desktop|; s|^TryExec=dollr-desktop|TryExec=$APPDIR/dollr-desktop|" \
    "$HERE/dollr-desktop.desktop" > "$PREFIX/applications/dollr-desktop.desktop"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$PREFIX/applications" || true
echo "Dollr Desktop installed. Start it from the applications menu or run: $BIN/dollr-desktop"
