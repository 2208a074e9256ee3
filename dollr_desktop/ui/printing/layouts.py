"""The paper a receipt goes on: full pages (A4 / Letter) and till rolls (80 mm / 58 mm)."""
from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

# CLDR's territories whose default paper is US Letter; everywhere else uses A4.
_LETTER_TERRITORIES = {"US", "CA", "MX", "PH", "CL", "CO", "CR", "GT", "NI", "PA", "PR", "SV",
                       "VE", "BZ"}


class ReceiptLayout(StrEnum):
    A4 = "a4"
    LETTER = "letter"
    TILL_80 = "till80"
    TILL_58 = "till58"

    @property
    def spec(self) -> "PaperSpec":
        return _SPECS[self]

    @property
    def is_till(self) -> bool:
        return self.spec.continuous

    @property
    def label(self) -> str:
        from PySide6.QtCore import QCoreApplication

        return {"a4": QCoreApplication.translate("ReceiptLayout", "A4 page"),
                "letter": QCoreApplication.translate("ReceiptLayout", "Letter page"),
                "till80": QCoreApplication.translate("ReceiptLayout", "Till receipt, 80 mm"),
                "till58": QCoreApplication.translate("ReceiptLayout", "Till receipt, 58 mm")}[self.value]


@dataclass(frozen=True)
class PaperSpec:
    width_mm: float
    height_mm: float | None    # None: a continuous roll cut to the receipt's length
    margin_mm: float
    font_pt: float
    qr_mm: float

    @property
    def continuous(self) -> bool:
        return self.height_mm is None


_SPECS = {
    ReceiptLayout.A4: PaperSpec(210, 297, 18, 10, 32),
    ReceiptLayout.LETTER: PaperSpec(215.9, 279.4, 18, 10, 32),
    # Till printers print ~72 mm of an 80 mm roll and ~48 mm of a 58 mm roll.
    ReceiptLayout.TILL_80: PaperSpec(80, None, 4, 8.5, 36),
    ReceiptLayout.TILL_58: PaperSpec(58, None, 4, 7, 30),
}


def full_page_for_territory(territory_code: str | None) -> ReceiptLayout:
    """A4, or Letter where that is the local paper (by two-letter territory code)."""
    return ReceiptLayout.LETTER if (territory_code or "").upper() in _LETTER_TERRITORIES \
        else ReceiptLayout.A4


def full_page_for_locale(locale=None) -> ReceiptLayout:
    """A4 or Letter for a QLocale (the system locale by default)."""
    from PySide6.QtCore import QLocale

    locale = locale or QLocale.system()
    return full_page_for_territory(QLocale.territoryToCode(locale.territory()))
