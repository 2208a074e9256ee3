"""Changing the language says a restart is needed and the button restarts the app."""
from __future__ import annotations

import sys

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from dollr_desktop.settings import Settings
from dollr_desktop.ui import restart as restart_module
from dollr_desktop.ui.widgets.language_appearance_box import LanguageAppearanceBox


class FakeMainWindow(QWidget):
    sig_closed = Signal()

    def closeEvent(self, event):  # noqa: N802
        super().closeEvent(event)
        self.sig_closed.emit()


def test_a_new_language_offers_a_restart_that_starts_a_fresh_app_after_the_window_closed(qtbot, qapp, monkeypatch):
    started = []
    monkeypatch.setattr(restart_module, "start_detached", lambda program, args: started.append((program, args)) or True)
    settings = Settings()
    window = FakeMainWindow()
    qtbot.addWidget(window)
    box = LanguageAppearanceBox(lambda: settings)
    QVBoxLayout(window).addWidget(box)
    window.show()
    assert not box.restart_button.isVisible()
    box.language_combo.setCurrentIndex(box.language_combo.findData("rw"))
    try:
        assert box.restart_button.isVisible() and box.restart_button.text() == "Ongera utangize ubu"
        assert "Ikinyarwanda" in box.restart_label.text()
        assert Settings.load().language == "rw"
        box.restart_button.click()
        qtbot.waitUntil(lambda: bool(started), timeout=2_000)
        assert not window.isVisible()
        assert started == [(sys.executable, ["-m", "dollr_desktop", *sys.argv[1:]])]
    finally:
        box.language_combo.setCurrentIndex(box.language_combo.findData("en"))


def test_rw_is_offered_in_settings(qtbot):
    box = LanguageAppearanceBox(lambda: Settings())
    qtbot.addWidget(box)
    assert [box.language_combo.itemData(i) for i in range(box.language_combo.count())] == ["en", "fr", "rw"]
