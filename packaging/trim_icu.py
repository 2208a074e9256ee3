"""Build a smaller ICU data library for the bundle: only what Qt can ask for in the app's languages.

Qt Core links ICU; PySide6's `libicudata.so.NN` (32 MB) carries the data of every locale, every legacy
character set and the Chinese/Japanese/Thai/Khmer/Lao/Burmese word-break dictionaries. The app speaks
English and French (`resources/translations`), reads and writes UTF-8 only, and never transliterates,
so the bundle keeps:

- every item that is not per-locale (Unicode properties, normalisation, `ucadata.icu` collation
  roots, time zones and meta-zones, plurals, likely subtags, pool and index files, `cnvalias.icu`),
- per-locale items (locale names, currencies, regions, zone names, collation tailorings, units,
  number spell-out, break rules) for `root`, English and French and their regional variants
  (`en_*`, `fr_*`: a merchant's system may be `fr_CI` or `en_RW`),

and leaves out the legacy code-page tables (`*.cnv`; UTF-8/16/32, ASCII and Latin-1 are built into
ICU's code), the transliterators (`translit/`), the Chinese/Japanese/Thai/Khmer/Lao/Burmese
word-break dictionaries (`*.dict`, 3.3 MB: Qt breaks lines with its own Unicode tables; an ICU break
iterator without them falls back to its rules, as ICU's data-filtering guide describes) and every
other language. The self-test's ICU step (collation, case mapping, time-zone names in each language) is the
check; packaging/README.md gives the sizes.

    python packaging/trim_icu.py LIBICUDATA OUTDIR    # writes OUTDIR/<same file name>

Needs `objcopy` and `gcc` (binutils) and `icupkg` (Debian `icu-devtools`).
"""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

LANGUAGES = ("root", "en", "fr")
# Per-locale trees: their items are named after a locale (`coll/fr.res`, `zone/en_GB.res`).
_LOCALE = re.compile(r"^(?P<lang>[a-z]{2,3}|root)(_[A-Za-z0-9]*)*\.res$")
_NOT_LOCALES = {"res_index.res", "pool.res"}
_DROPPED_TREES = ("translit/",)


def keep(item: str) -> bool:
    """`item` is a name from `icupkg -l` (e.g. `coll/fr.res`, `ibm-1047_P100-1995.cnv`)."""
    if item.endswith((".cnv", ".dict")) or item.startswith(_DROPPED_TREES):
        return False
    base = item.rsplit("/", 1)[-1]
    if base in _NOT_LOCALES:
        return True
    match = _LOCALE.match(base)
    return match is None or match["lang"] in LANGUAGES


def _data_symbol(library: Path) -> tuple[str, str]:
    """(symbol, section) of the library's one exported data blob, e.g. ('icudt73_dat', '.rodata')."""
    symbols = subprocess.run(["nm", "-D", "--defined-only", str(library)], check=True,
                             capture_output=True, text=True).stdout
    match = re.search(r"\b(icudt\d+_dat)\b", symbols)
    if not match:
        raise SystemExit(f"{library}: no icudtNN_dat symbol")
    return match[1], ".rodata"


def trim(library: Path, out_dir: Path) -> Path:
    symbol, section = _data_symbol(library)
    work = Path(tempfile.mkdtemp(prefix="trim-icu-"))
    try:
        full = work / f"{symbol[:-4]}l.dat"
        subprocess.run(["objcopy", "-O", "binary", f"--only-section={section}", str(library), str(full)],
                       check=True)
        items = subprocess.run(["icupkg", "-l", str(full)], check=True, capture_output=True,
                               text=True).stdout.split()
        dropped = [item for item in items if not keep(item)]
        (work / "drop.txt").write_text("\n".join(dropped) + "\n")
        small = work / "small" / full.name   # icupkg names the items after the package's file name
        small.parent.mkdir()
        # --ignore-deps: brkitr/root.res names the dictionaries left out (see above)
        subprocess.run(["icupkg", "--ignore-deps", "-r", str(work / "drop.txt"), str(full), str(small)],
                       check=True)
        (work / "data.S").write_text(
            f'\t.section .rodata\n\t.globl {symbol}\n\t.type {symbol}, @object\n\t.balign 16\n'
            f'{symbol}:\n\t.incbin "{small}"\n\t.size {symbol}, . - {symbol}\n'
            '\t.section .note.GNU-stack,"",@progbits\n')
        out_dir.mkdir(parents=True, exist_ok=True)
        target = out_dir / library.name
        subprocess.run(["gcc", "-shared", "-nostdlib", "-o", str(target), str(work / "data.S"),
                        f"-Wl,-soname,{library.name}"], check=True)
        print(f"trim_icu: {library.name} {full.stat().st_size / 1e6:.1f} MB -> "
              f"{small.stat().st_size / 1e6:.1f} MB ({len(items) - len(dropped)} of {len(items)} items kept)")
        return target
    finally:
        shutil.rmtree(work, ignore_errors=True)


def available() -> bool:
    return all(shutil.which(tool) for tool in ("objcopy", "icupkg", "gcc", "nm"))


if __name__ == "__main__":
    trim(Path(sys.argv[1]), Path(sys.argv[2]))
