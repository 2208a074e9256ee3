"""Refresh the translation catalogues: extract strings, merge the French glossary, compile.

    .venv/bin/python packaging/update_translations.py          # lupdate + fill + lrelease

1. `pyside6-lupdate` scans every `.py` under `dollr_desktop/ui` (plus app.py) for
   `self.tr(...)` / `QCoreApplication.translate(...)` / `tr(context, ...)` and merges them into
   `resources/translations/dollr_<lang>.ts` (the file a translator edits in Qt Linguist).
2. Entries still unfinished get the French from `packaging/i18n/fr.json` and `fr/*.json` when they have one
   (source text -> French), so the glossary and the .ts never drift apart silently.
3. Qt's own words (standard buttons, edit menus) for a language Qt ships no catalogue for come from
   `packaging/i18n/qtbase/<lang>.json` as `qtbase_<lang>.ts/.qm`.
4. `pyside6-lrelease` compiles each .ts to the `.qm` the app loads (committed, so a source
   checkout runs translated without this step).
Without PySide6's tools, Qt Linguist's `lupdate`/`lrelease` take the same arguments.
"""
from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
GLOSSARIES = Path(__file__).resolve().parent / "i18n"
LANGUAGES = ("fr", "rw")


def tool(name: str) -> str:
    local = Path(sys.executable).with_name(f"pyside6-{name}")
    return str(local) if local.exists() else f"pyside6-{name}"


def sources() -> list[str]:
    files = sorted((ROOT / "dollr_desktop" / "ui").rglob("*.py"))
    files += [ROOT / "dollr_desktop" / "app.py"]
    return [str(f.relative_to(ROOT)) for f in files]


def fill(ts_path: Path, glossary: dict[str, str]) -> tuple[int, int]:
    """Fill messages from the glossary; returns (translated, still missing)."""
    tree = ET.parse(ts_path)
    done = missing = 0
    for context in tree.iter("context"):
        for message in context.iter("message"):
            done_one, missing_one = _fill_message(context.findtext("name") or "", message, glossary)
            done, missing = done + done_one, missing + missing_one
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    return done, missing


def _fill_message(context: str, message: ET.Element, glossary: dict[str, str]) -> tuple[int, int]:
    """The glossary wins ("Context|source" before "source", for gender: a paid invoice is
    "payée"); a translation made in Linguist and absent from the glossary is kept."""
    source = message.findtext("source") or ""
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("obsolete", "vanished"):
        return 0, 0
    french = glossary.get(f"{context}|{source}") or glossary.get(source)
    if french:
        translation.text = french
        translation.attrib.pop("type", None)
        return 1, 0
    if translation.get("type") != "unfinished" and (translation.text or "").strip():
        return 1, 0
    return 0, 1


def load_glossary(lang: str) -> dict[str, str]:
    """`<lang>.json`, then every `<lang>/*.json` (one file per feature, so parallel work on two
    features never edits the same glossary file)."""
    glossary: dict[str, str] = {}
    files = [GLOSSARIES / f"{lang}.json", *sorted((GLOSSARIES / lang).glob("*.json"))]
    for path in files:
        if path.exists():
            glossary.update(json.loads(path.read_text(encoding="utf-8")))
    return glossary


def main() -> int:
    files = sources()
    for lang in LANGUAGES:
        ts = TRANSLATIONS / f"dollr_{lang}.ts"
        subprocess.run([tool("lupdate"), "-silent", "-no-obsolete", "-locations", "none",
                        *files, "-ts", str(ts)], cwd=ROOT, check=True)
        tree = ET.parse(ts)
        tree.getroot().set("language", lang)
        tree.write(ts, encoding="utf-8", xml_declaration=True)
        glossary = load_glossary(lang)
        done, missing = fill(ts, glossary)
        subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
                       cwd=ROOT, check=True)
        print(f"{lang}: {done} translated, {missing} missing")
    for path in sorted((GLOSSARIES / "qtbase").glob("*.json")):
        qt_catalogue(path.stem, json.loads(path.read_text(encoding="utf-8")))
    return 0


def qt_catalogue(lang: str, words: dict[str, str]) -> None:
    """Qt's own words (standard buttons, edit menus) for a language Qt ships no catalogue for:
    `qtbase/<lang>.json` ("Context|source" -> words) becomes `qtbase_<lang>.qm`, which the app loads
    next to its own catalogue (ui/i18n.py)."""
    root = ET.Element("TS", version="2.1", language=lang)
    for context_name in dict.fromkeys(key.split("|", 1)[0] for key in words):
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = context_name
        for key, text in words.items():
            if key.split("|", 1)[0] == context_name:
                message = ET.SubElement(context, "message")
                ET.SubElement(message, "source").text = key.split("|", 1)[1]
                ET.SubElement(message, "translation").text = text
    ts = TRANSLATIONS / f"qtbase_{lang}.ts"
    ET.ElementTree(root).write(ts, encoding="utf-8", xml_declaration=True)
    subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], cwd=ROOT, check=True)
    print(f"qtbase_{lang}: {len(words)} of Qt's own words")


if __name__ == "__main__":
    sys.exit(main())
