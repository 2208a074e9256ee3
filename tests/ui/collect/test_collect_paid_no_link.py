"""A paid document offers no payment link / QR: Dollr would refuse it with a raw 422."""
from __future__ import annotations

from tests.ui.collect.test_collect_dialog import make_dialog, store  # noqa: F401 (fixture)
from tests.ui.conftest import qloop, qloop_session  # noqa: F401 (fixtures)


def test_once_paid_the_link_tab_is_not_offered_and_asks_dollr_nothing(qtbot, qloop, store):  # noqa: F811
    dialog, _backend, links = make_dialog(qtbot, store)
    assert dialog.tabs.isTabEnabled(dialog.LINK_TAB)
    dialog._paid()                      # what the mobile-money panel does when the customer paid
    assert not dialog.tabs.isTabEnabled(dialog.LINK_TAB)
    assert "nothing more to collect" in dialog.tabs.tabToolTip(dialog.LINK_TAB)
    asked = links.asked
    dialog.link.prepare()
    qtbot.wait(50)
    assert links.asked == asked         # no request for a link to a paid document
    dialog.close()
