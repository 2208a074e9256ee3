#!/bin/sh
# `make package`: the Linux one-folder bundle, then a tarball with the .desktop file, the icon
# and a per-user install script. Output: dist/dollr-desktop/ and dist/dollr-desktop-<version>-linux-<arch>.tar.gz
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
PY=${PY:-$ROOT/.venv/bin/python}
cd "$ROOT"
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/dollr_desktop.spec
VERSION=$("$PY" -c "import dollr_desktop; print(dollr_desktop.__version__)")
ARCH=$(uname -m)
STAGE=build/tarball/dollr-desktop-$VERSION
rm -rf build/tarball && mkdir -p "$STAGE"
cp -a dist/dollr-desktop "$STAGE/dollr-desktop"
cp packaging/linux/dollr-desktop.desktop packaging/linux/dollr-desktop.png packaging/linux/install.sh "$STAGE/"
cp packaging/README.md "$STAGE/README-packaging.md"
TARBALL=dist/dollr-desktop-$VERSION-linux-$ARCH.tar.gz
tar -C build/tarball -czf "$TARBALL" "dollr-desktop-$VERSION"
echo "bundle:  dist/dollr-desktop ($(du -sh dist/dollr-desktop | cut -f1))"
echo "tarball: $TARBALL ($(du -sh "$TARBALL" | cut -f1))"
