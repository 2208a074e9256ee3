"""The Settings page as a merchant reads it (issue 18): the business first, then language and appearance, people
and security, the Dollr connection folded away as an advanced section, then About; long tick boxes wrap, so the
page fits a 1024x600 screen with a 150 % font in French and Kinyarwanda without sideways scrolling."""
from __future__ import annotations

import asyncio
import sys
from pathlib import Path

import keyring.backends.fail
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractButton, QAbstractSpinBox, QComboBox, QGroupBox, QLabel, QLineEdit,
                               QWidget)

from dollr_desktop.credentials import CredentialStore
from dollr_desktop.settings import Settings
from dollr_desktop.ui import i18n
from dollr_desktop.ui.widgets.settings_form import WrappingCheck
from tests.ui.collect.helpers import start_practice
from tests.ui.helpers import run, shoot

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import screenshots  # noqa: E402

SECTIONS = ["Your business", "Language and appearance", "People and security", "Dollr connection (advanced)", "About"]
SHOW = "Show the Dollr connection settings"
HIDE = "Hide the Dollr connection settings"


def named(root: QWidget, kind, name: str):
    found = [w for w in root.findChildren(kind) if w.accessibleName() == name]
    assert len(found) == 1, f"{len(found)} {kind.__name__} named {name!r}"
    return found[0]


def headings(view) -> list[tuple[int, str]]:
    """The section headings a person reads, top to bottom (y within the page's scrolling body)."""
    body = view.scroll.widget()
    return sorted((label.mapTo(body, label.rect().topLeft()).y(), label.text())
                  for label in body.findChildren(QLabel)
                  if label.property("role") == "sectionTitle" and label.isVisibleTo(body))


def y_in_page(view, widget) -> int:
    return widget.mapTo(view.scroll.widget(), widget.rect().topLeft()).y()


def settings_page(qtbot, app):
    view = app.window.show_page("settings")
    qtbot.waitUntil(view.isVisible, timeout=5_000)
    return view


def test_sections_in_order_with_the_connection_folded_away_until_its_button(qtbot, make_app, sandbox):
    app = start_practice(qtbot, make_app, sandbox)
    view = settings_page(qtbot, app)
    read = headings(view)
    assert [text for _y, text in read] == SECTIONS
    tops = dict((text, y) for y, text in read)

    def under(widget, section: str) -> bool:   # below its heading, above the next one
        after = SECTIONS[SECTIONS.index(section) + 1] if section != SECTIONS[-1] else None
        y = y_in_page(view, widget)
        return tops[section] < y and (after is None or y < tops[after])

    window = app.window
    business_name = named(window, QLineEdit, "Business name")
    assert under(business_name, "Your business")
    assert under(named(window, QComboBox, "Receipt paper"), "Your business")
    assert under(named(window, QLineEdit, "Tax identification number (TIN)"), "Your business")
    assert under(named(window, QComboBox, "Default currency"), "Your business")
    assert under(named(window, QComboBox, "Language"), "Language and appearance")
    assert under(named(window, QComboBox, "Appearance"), "Language and appearance")
    assert under(named(window, QAbstractButton, "Open People"), "People and security")
    assert under(named(window, QAbstractButton, "Back up now"), "People and security")
    assert under(named(window, QAbstractButton, "About Dollr Desktop"), "About")

    # Folded: the keys, practice mode and the data folder are out of sight behind one button.
    connect = named(window, QAbstractButton, "Check the keys and connect")
    secret = named(window, QLineEdit, "Client secret")
    practice = named(window, QAbstractButton, "Switch to practice mode")
    toggle = named(window, QAbstractButton, SHOW)
    assert under(toggle, "Dollr connection (advanced)")
    assert not connect.isVisible() and not secret.isVisible() and not practice.isVisible()
    assert not named(window, QLabel, "Data folder").isVisible()
    shoot(window, "settings_sections_folded")

    qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(connect.isVisible, timeout=5_000)
    assert secret.isVisible() and practice.isVisible() and named(window, QLabel, "Data folder").isVisible()
    assert toggle.accessibleName() == toggle.text() == HIDE
    qtbot.waitUntil(lambda: dict((t, y) for y, t in headings(view))["About"] > tops["About"], timeout=5_000)
    tops.update((text, y) for y, text in headings(view))
    assert under(connect, "Dollr connection (advanced)") and under(secret, "Dollr connection (advanced)")
    assert [text for _y, text in headings(view)] == SECTIONS   # About still last
    qtbot.waitUntil(lambda: view.scroll.verticalScrollBar().value() > 0, timeout=5_000)   # brought into view
    shoot(window, "settings_sections_open")

    # Every control a person can reach on the page has a name of its own within the window.
    controls = [w for w in view.findChildren(QWidget)
                if isinstance(w, (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox)) and w.isVisibleTo(view)
                and not isinstance(w.parentWidget(), (QComboBox, QAbstractSpinBox))]
    names = [w.accessibleName() for w in controls]
    assert all(names), [type(w).__name__ for w in controls if not w.accessibleName()]
    everywhere = [w.accessibleName() for w in window.findChildren(QWidget) if w.accessibleName()]
    assert not [n for n in names if everywhere.count(n) > 1], [n for n in names if everywhere.count(n) > 1]

    qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not connect.isVisible(), timeout=5_000)
    assert toggle.accessibleName() == SHOW


def test_with_nothing_connected_the_connection_section_is_open_to_connect(qtbot, make_app, sandbox):
    """The first-run choice closed without an answer: Settings opens where the keys are typed."""
    app = make_app(sandbox, settings=Settings())
    start = asyncio.ensure_future(app.start())
    qtbot.waitUntil(lambda: getattr(app, "first_run_dialog", None) is not None
                    and app.first_run_dialog.isVisible(), timeout=5_000)
    app.first_run_dialog.reject()
    qtbot.waitUntil(start.done, timeout=10_000)
    view = app.features.settings.view
    qtbot.waitUntil(view.isVisible, timeout=5_000)
    assert view.connection_shown and view.connect_button.isVisible() and view.form.client_id_edit.isVisible()
    assert view.current_label.text() == "Not connected."
    assert named(app.window, QAbstractButton, HIDE) is view.connection_toggle


WRAPPING = {   # the tick box's words (its accessible name) -> the setting it saves
    "Print automatically when paid": "print_when_paid",
    "The prices I type include tax": "prices_include_tax",
    "Print an EBM receipt reference field (Rwanda)": "print_ebm_reference",
    "Ask before publishing an invoice or order": "confirm_publish",
    "Back up automatically every day and when the app closes": "backup_automatic",
}


def test_clicking_the_words_of_a_tick_box_ticks_it_and_saves_the_setting(qtbot, make_app, sandbox):
    app = start_practice(qtbot, make_app, sandbox)
    view = settings_page(qtbot, app)
    rows = {row.check.accessibleName(): row for row in view.findChildren(WrappingCheck)}
    assert set(rows) == set(WRAPPING)
    for name, field in WRAPPING.items():
        row = rows[name]
        assert row.label.text() == name and row.label.wordWrap() and row.check.text() == ""
        before = getattr(Settings.load(), field)
        assert row.check.isChecked() == before
        view.scroll.ensureWidgetVisible(row)
        qtbot.mouseClick(row.label, Qt.MouseButton.LeftButton, pos=row.label.rect().center())
        assert row.check.isChecked() is (not before), name
        assert getattr(Settings.load(), field) is (not before), name
        qtbot.mouseClick(row.check, Qt.MouseButton.LeftButton)   # the box itself still ticks as ever
        assert getattr(Settings.load(), field) is before, name


def test_the_keyring_warning_shows_only_without_a_usable_keyring_inside_the_connection_section(
        qtbot, make_app, sandbox, qloop):
    app = start_practice(qtbot, make_app, sandbox)   # a working keyring (the test's memory one)
    view = settings_page(qtbot, app)
    view.show_connection(True)
    warning = view.form.keyring_label
    qtbot.wait(200)   # the check runs on a worker thread after the account opens
    assert not warning.isVisible()

    from dollr_desktop.app import DollrApp

    broken = DollrApp(settings=Settings.load(), credentials=CredentialStore(keyring.backends.fail.Keyring()),
                      practice_server=sandbox, sync_interval_ms=3_600_000)
    try:
        run(qtbot, broken.start(practice=True), timeout=20_000)
        other = broken.window.show_page("settings")
        qtbot.waitUntil(lambda: bool(other.form.keyring_label.text()), timeout=5_000)
        assert other.connection_panel.isAncestorOf(other.form.keyring_label)
        assert not other.form.keyring_label.isVisible()   # folded away with the rest of the connection
        other.show_connection(True)
        assert other.form.keyring_label.isVisible()
        text = other.form.keyring_label.text()
        assert "kept for this session only" in text and "set up or unlock" in text   # what it means, what to do
    finally:
        with qtbot.waitSignal(broken.window.sig_closed, timeout=20_000):
            broken.window.close()
        broken.window.deleteLater()


@pytest.mark.parametrize("language", ["fr", "rw"])
def test_settings_fit_1024x600_with_a_150_percent_font_without_sideways_scrolling(qtbot, qapp, make_app, sandbox,
                                                                                    language):
    font = qapp.font()
    bigger = qapp.font()
    bigger.setPointSizeF(font.pointSizeF() * 1.5)
    i18n.install(language, qapp)
    qapp.setFont(bigger)
    try:
        app = start_practice(qtbot, make_app, sandbox)
        window = app.window
        window.resize(1024, 600)
        view = settings_page(qtbot, app)
        assert [text for _y, text in headings(view)] != SECTIONS or language == "rw"   # translated
        for shown in (False, True):
            view.show_connection(shown)
            qtbot.wait(50)
            assert screenshots.fit_problems(window, 1024, 600, main=True) == [], (language, shown)
            body = view.scroll.widget()
            assert body.minimumSizeHint().width() <= view.scroll.viewport().width()
            assert view.scroll.horizontalScrollBar().maximum() == 0
        for row in view.findChildren(WrappingCheck):   # each long tick box's words wrapped within the page
            assert row.label.mapTo(body, row.label.rect().topRight()).x() <= body.width()
        shoot(window, f"settings_{language}_1024x600_150")
    finally:
        qapp.setFont(font)
        i18n.install("en", qapp)


def test_group_boxes_on_the_page_have_sentence_case_titles_and_rows_without_colons(qtbot, make_app, sandbox):
    from PySide6.QtWidgets import QFormLayout

    app = start_practice(qtbot, make_app, sandbox)
    view = settings_page(qtbot, app)
    view.show_connection(True)
    forms = [layout for layout in view.findChildren(QFormLayout)]
    assert len(forms) >= 6
    labels = []
    for form in forms:
        assert form.labelAlignment() == Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if item is not None and isinstance(item.widget(), QLabel) and item.widget().text():
                labels.append(item.widget().text())
    assert labels and not [text for text in labels if text.rstrip().endswith(":")], labels
    titles = [box.title() for box in view.findChildren(QGroupBox) if box.title()]
    assert titles
    for text in labels + titles + [text for _y, text in headings(view)]:
        assert sentence_case(text), text


PROPER = {"Dollr", "TIN", "API", "ID", "EBM", "(TIN)", "(advanced)"}


def sentence_case(text: str) -> bool:
    first, *rest = text.split()
    return first[0].isupper() and all(word in PROPER or word == word.lower() for word in rest)


def test_a_larger_text_size_applies_at_once_is_saved_and_offers_a_restart(qtbot, qapp, make_app, sandbox):
    from dollr_desktop.ui.text_size import apply_text_size, current_text_size

    app = start_practice(qtbot, make_app, sandbox)
    view = settings_page(qtbot, app)
    combo = named(app.window, QComboBox, "Text size")
    assert combo.currentData() == 100 and combo.currentText() == "Normal (100 %)"
    before = qapp.font().pointSizeF()
    business_name = named(app.window, QLineEdit, "Business name")
    try:
        combo.setCurrentIndex(combo.findData(150))
        assert qapp.font().pointSizeF() == pytest.approx(before * 1.5)
        qtbot.waitUntil(lambda: business_name.font().pointSizeF() == pytest.approx(before * 1.5), timeout=2_000)
        assert Settings.load().text_size == 150 and current_text_size() == 150
        heading = view.headings["business"]   # the headings stay larger than the words
        qtbot.waitUntil(lambda: heading.font().pointSizeF() > business_name.font().pointSizeF(), timeout=2_000)
        assert view.language_box.restart_button.isVisible()
        assert "every screen at this size" in view.language_box.restart_label.text()
        combo.setCurrentIndex(combo.findData(125))   # of the computer's size, not of the last choice
        assert qapp.font().pointSizeF() == pytest.approx(before * 1.25)
    finally:
        apply_text_size(100, qapp)
    assert qapp.font().pointSizeF() == pytest.approx(before)


def _pick_file(qtbot, path) -> None:
    """The file chooser the Choose… button opened: the file typed in, Open pressed."""
    from PySide6.QtWidgets import QApplication, QFileDialog

    qtbot.waitUntil(lambda: any(isinstance(w, QFileDialog) and w.isVisible() for w in QApplication.topLevelWidgets()),
                    timeout=5_000)
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog) and w.isVisible())
    name_edit = dialog.findChild(QLineEdit, "fileNameEdit")   # the path typed where Qt's chooser takes it
    name_edit.setText(str(path))
    dialog.accept()


def _red_pixels(image) -> int:
    return sum(1 for y in range(0, min(image.height(), 300), 2) for x in range(0, image.width(), 2)
               if (c := image.pixelColor(x, y)).red() > 180 and c.green() < 90 and c.blue() < 90)


def test_a_logo_chosen_in_settings_is_kept_in_the_data_folder_and_printed_on_receipts(qtbot, make_app, sandbox,
                                                                                        tmp_path):
    from PySide6.QtGui import QColor, QImage

    from dollr_desktop import paths
    from dollr_desktop.ui.printing.layouts import ReceiptLayout
    from dollr_desktop.ui.printing.receipt_document import build_document, render_to_image
    from dollr_desktop.ui.printing.receipt_settings_box import merchant_profile
    from tests.ui.receipts.fixtures import api_receipt
    from dollr_desktop.services.receipts import receipt_from_api

    picture = QImage(1600, 800, QImage.Format.Format_RGB32)
    picture.fill(QColor("#d01010"))
    original = tmp_path / "shop logo.png"
    assert picture.save(str(original))
    not_a_picture = tmp_path / "notes.png"
    not_a_picture.write_text("not a picture")

    app = start_practice(qtbot, make_app, sandbox)
    settings_page(qtbot, app)
    box = app.features.settings.view.receipts_box
    choose = named(app.window, QAbstractButton, "Choose a logo for receipts")
    remove = named(app.window, QAbstractButton, "Remove the logo")
    assert box.logo_preview.text() == "No logo" and not remove.isEnabled()

    def receipt():
        data = receipt_from_api(api_receipt(), "INVOICE", merchant_profile(Settings.load()), None)
        return data, render_to_image(data, ReceiptLayout.A4)

    assert _red_pixels(receipt()[1]) == 0

    qtbot.mouseClick(choose, Qt.MouseButton.LeftButton)   # a file that is no picture: said where it was chosen
    _pick_file(qtbot, not_a_picture)
    qtbot.waitUntil(box.logo_error.isVisible, timeout=5_000)
    assert "cannot read this file as a picture" in box.logo_error.text()
    assert Settings.load().business_logo == "" and not (paths.data_dir() / "logo.png").exists()

    qtbot.mouseClick(choose, Qt.MouseButton.LeftButton)
    _pick_file(qtbot, original)
    qtbot.waitUntil(lambda: Settings.load().business_logo == "logo.png", timeout=5_000)
    assert not box.logo_error.isVisible() and remove.isEnabled() and not box.logo_preview.pixmap().isNull()
    kept = QImage(str(paths.data_dir() / "logo.png"))
    assert (kept.width(), kept.height()) == (900, 450)   # a copy, scaled down
    original.unlink()   # the merchant tidies up their downloads: the receipts keep the logo
    data, image = receipt()
    assert _red_pixels(image) > 100
    assert build_document(data, ReceiptLayout.TILL_58).refused_resources == []
    assert _red_pixels(render_to_image(data, ReceiptLayout.TILL_58, 220)) > 50
    shoot(box, "settings_logo")
    image.save(str(tmp_path / "receipt.png"))

    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: Settings.load().business_logo == "", timeout=5_000)
    qtbot.waitUntil(lambda: box.logo_preview.text() == "No logo", timeout=5_000)
    assert not (paths.data_dir() / "logo.png").exists() and not remove.isEnabled()
    assert _red_pixels(receipt()[1]) == 0
