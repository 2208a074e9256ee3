"""Every word a merchant reads goes through Qt's catalogue (issue 18): no text setter in ui/ is handed an
English literal or f-string directly. The on-screen walkers check what they can reach; this reads the
code, so a message shown only on a rare path (a failed payment, a cancelled export) is checked too."""
from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "dollr_desktop" / "ui"
# Qt calls whose text argument a person reads (first argument unless said otherwise).
SETTERS = {"setText", "setToolTip", "setPlaceholderText", "setWindowTitle", "setAccessibleName", "setTitle",
           "setStatusTip", "showMessage", "setLabelText", "setInformativeText", "setHtml_", "addItem", "addTab",
           "QLabel", "QPushButton", "QCheckBox", "QGroupBox", "QRadioButton", "QToolButton", "QAction",
           "setCancelButtonText", "setSuffix", "setPrefix", "setSpecialValueText"}
SETTERS |= {"say", "_say", "failed", "checking", "waiting"}   # the app's own "show this message" helpers
KEYWORDS = {"progress", "title", "label", "text", "placeholder"}
SECOND_ARG = {"addTab", "confirm", "show_error", "ask", "information", "warning", "critical", "question"}
WORDS = re.compile(r"[A-Za-z]{2,}")
NAMES = {"Dollr", "Desktop", "MoMo", "WhatsApp", "Python", "Qt", "Ctrl", "Shift"}   # the same in every language
NOT_WORDS = re.compile(r"^(?:[dMyhHms:. /-]+|https?://\S+|#\S*)$")   # date formats, addresses


def _literal_text(node: ast.AST) -> str | None:
    """The words of a literal or an f-string's literal parts (None for anything computed)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str))
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _literal_text(node.left), _literal_text(node.right)
        return (left or "") + (right or "") if left is not None or right is not None else None
    return None


def _reads_as_words(text: str) -> bool:
    stripped = re.sub(r"<[^>]+>|\{[^}]*\}|&\w+;", " ", text).strip(" ·:()•…,.-")
    if not stripped or NOT_WORDS.match(stripped):
        return False
    return any(len(w) >= 3 and w not in NAMES and not w.isupper() for w in WORDS.findall(stripped))


def bare_texts() -> list[str]:
    found = []
    for path in sorted(UI.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for call in ast.walk(tree):
            if not isinstance(call, ast.Call):
                continue
            name = call.func.attr if isinstance(call.func, ast.Attribute) else getattr(call.func, "id", "")
            if name not in SETTERS | SECOND_ARG | {"show", "show_field_errors"} \
                    and not any(k.arg in KEYWORDS for k in call.keywords):
                continue
            index = 1 if name in SECOND_ARG else 0
            args = call.args[index:index + (2 if name in ("confirm", "ask") else 1)] \
                if name in SETTERS | SECOND_ARG else []
            args += [k.value for k in call.keywords if k.arg in KEYWORDS]
            if name in ("show", "show_field_errors") and call.args and isinstance(call.args[0], ast.Dict):
                args += call.args[0].values   # {field: message}: each message is read
            for arg in args:
                text = _literal_text(arg)
                if text is not None and _reads_as_words(text):
                    found.append(f"{path.relative_to(UI.parent)}:{call.lineno} {name}({text[:60]!r})")
    return found


def test_no_text_setter_is_handed_bare_english():
    assert bare_texts() == []


def test_the_check_sees_a_bare_label_and_lets_a_translated_one_pass(tmp_path, monkeypatch):
    sample = tmp_path / "ui" / "sample.py"
    sample.parent.mkdir()
    sample.write_text('label.setText(f"Saved {n} receipts")\nlabel.setText(self.tr("Saved"))\n'
                      'box.setTitle("USD")\nQLabel("Coming soon")\n')
    monkeypatch.setattr(sys.modules[__name__], "UI", sample.parent)
    assert [line.split(" ", 1)[1] for line in bare_texts()] == [
        "setText('Saved  receipts')", "QLabel('Coming soon')"]
