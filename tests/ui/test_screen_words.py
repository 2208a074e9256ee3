"""Every word on screen in the merchant's language: each page and reachable dialog, walked by
packaging/screen_words.py in a fresh process, judged against the catalogue.

A visible text is untranslated when it is an English source of the catalogue whose translation
differs, or when it still carries English words (texts built outside the catalogue: f-strings,
service sentences). Proper nouns, codes and numbers are allowed.
"""
from __future__ import annotations

import functools
import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import walk_states  # noqa: E402

TRANSLATIONS = ROOT / "resources" / "translations"

# Names and codes that are the same in every language.
ALLOWED = {"USD", "LRD", "RWF", "MTN", "MoMo", "Orange", "Money", "Airtel", "Dollr", "Desktop", "WhatsApp", "SMS",
           "QR", "PDF", "CSV", "PIN", "F2", "F4", "F6", "F7", "F9", "F10", "OK", "Email", "E-mail", "Total", "Demo",
           "Shop", "Rwanda", "Airtel Money · Rwanda", "MTN MoMo · Rwanda"}
# Words that are English and never French or Kinyarwanda: a text holding one was not translated.
ENGLISH = set("""the and you your for with from this that will been have has not yet sent receive fees fee
collect payment payments customer customers invoice invoices order orders add least item items all methods
save saved close print share new edit delete cancel back open search amount paid pending failed refund refunds
payout payouts balance receipt receipts draft published locked status push link phone number
settings today week month yesterday january february march april may june july august september october november
december jan feb mar apr jun jul aug sep oct dec""".split())
CODE = re.compile(r"[a-z]+(?:_[a-z]+)*(?:\.[a-z_]+)+")   # export.opened, api.validation
WORD = re.compile(r"[A-Za-zÀ-ÿ']+")


def catalogue(language: str) -> dict[str, str]:
    """English source -> translation (the first one found) for every finished message."""
    words: dict[str, str] = {}
    path = TRANSLATIONS / f"dollr_{language}.ts"
    if not path.exists():
        return words
    for message in ET.parse(path).iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
            continue
        words.setdefault(message.findtext("source") or "", translation.text or "")
    return words


@functools.lru_cache(maxsize=None)
def walk(language: str) -> tuple[tuple[dict, ...], tuple[str, ...], tuple[dict, ...]]:
    """One walk per language per test session (about 80 s): texts, windows reached, controls."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, str(ROOT / "packaging" / "screen_words.py"), language], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    lines = done.stdout.splitlines()
    texts = tuple(json.loads(line) for line in lines if line.startswith("{"))
    opened = tuple(line[len("opened: "):] for line in lines if line.startswith("opened: "))
    controls = tuple(json.loads(line[len("control: "):]) for line in lines if line.startswith("control: "))
    return texts, opened, controls


def screen_words(language: str) -> tuple[list[dict], list[str]]:
    texts, opened, _controls = walk(language)
    return list(texts), list(opened)


def english_words(text: str) -> list[str]:
    if text in ALLOWED:
        return []
    text = re.sub(r"<code>.*?</code>", "", text)   # identifiers shown as code
    return [w for w in WORD.findall(text) if w.lower() in ENGLISH and w not in ALLOWED]


def untranslated(texts: list[dict], language: str) -> list[str]:
    return sorted({f"{where} [{kind}]: {text!r}" for where, kind, text in untranslated_items(texts, language)})


def untranslated_items(texts: list[dict], language: str) -> set[tuple[str, str, str]]:
    translated = catalogue(language)
    sources = {source for source, target in translated.items() if target != source}
    english = {m.findtext("source") or "" for m in ET.parse(TRANSLATIONS / "dollr_fr.ts").iter("message")}
    bad = []
    for item in texts:
        text = item["text"].strip()
        if not text or text in ALLOWED or not WORD.search(text):
            continue
        if CODE.fullmatch(text):
            bad.append((item["where"], item["kind"] + " raw code", text))
            continue
        if (text in english and (text in sources or text not in translated)) or english_words(text):
            bad.append((item["where"], item["kind"], text))
    return set(bad)


def test_every_page_and_dialog_is_all_french():
    texts, opened = screen_words("fr")
    assert not [o for o in opened if "NOT REACHED" in o], opened
    for needed in ("CollectDialog", "ReceiptDialog", "DocumentEditor", "NewPayoutDialog", "ContactDialog",
                   "AboutDialog", "BackupPasswordDialog", "page settings", "page cashup", "page reports"):
        assert any(needed in o for o in opened), (needed, opened)
    for state in walk_states.STATES:   # the dialogs and states behind an action (packaging/walk_states.py)
        assert any(o.startswith(f"state {state}: ") for o in opened), (state, opened)
    bad = untranslated(texts, "fr")
    assert not bad, "\n".join(bad)


def test_kinyarwanda_coverage_is_reported(capsys):
    texts, _opened = screen_words("rw")
    english = {text for _where, _kind, text in untranslated_items(texts, "rw")}
    shown = {t["text"].strip() for t in texts if WORD.search(t["text"]) and t["text"].strip() not in ALLOWED}
    covered = len(shown - english)
    with capsys.disabled():
        print(f"\nkinyarwanda_on_screen_coverage: {covered}/{len(shown)} "
              f"({100 * covered / max(1, len(shown)):.0f} %)")
    # The catalogue is complete (a draft for a native speaker's review): a new screen's words must come
    # with their Kinyarwanda too. A few may lag a day; a whole untranslated dialog fails here.
    assert shown and covered >= 0.97 * len(shown), sorted(english)[:40]


def test_every_control_has_an_accessible_name_unique_within_its_window():
    """Screen readers and keyboard users tell controls apart by name: none missing, none shared
    (a button's visible text counts as its name when it has no other)."""
    _texts, _opened, controls = walk("fr")
    by_window: dict[str, list[dict]] = {}
    for control in controls:
        if " tab " in control["where"]:
            continue   # the same dialog again with another tab current: already judged
        by_window.setdefault(control["where"], []).append(control)
    missing, shared = [], []
    for where, found in by_window.items():
        names = []
        for control in found:
            name = (control["name"] or control["text"]).strip()
            if not name:
                if control["class"] != "window":
                    missing.append(f"{where}: a {control['class']} has no accessible name")
                continue
            names.append(name)
        shared += [f"{where}: {name!r} is used {names.count(name)} times" for name in sorted(set(names))
                   if names.count(name) > 1]
    assert not missing, "\n".join(missing)
    assert not shared, "\n".join(shared)
