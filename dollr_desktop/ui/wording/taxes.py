"""Words for taxes and discounts (services/taxes.py): rate names and the problems' sentences."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def tax_words(code: str | None) -> str:
    """The short name of a rate, as a receipt line and a Dollr item: `VAT 18%`."""
    if code == "RW_VAT":
        return QCoreApplication.translate("Taxes", "VAT 18%")
    if code == "LR_GST":
        return QCoreApplication.translate("Taxes", "GST 10%")
    return QCoreApplication.translate("Taxes", "No tax") if not code else code


def tax_choice_words(code: str | None) -> str:
    """The longer name offered in Settings: `Rwanda VAT 18%`."""
    if code == "RW_VAT":
        return QCoreApplication.translate("Taxes", "Rwanda VAT 18%")
    if code == "LR_GST":
        return QCoreApplication.translate("Taxes", "Liberia GST 10%")
    return QCoreApplication.translate("Taxes", "No tax")


def tax_names() -> dict[str, str]:
    """code -> the name of its line on Dollr, in the merchant's language."""
    from dollr_desktop.services.taxes import TAX_RATES

    return {code: tax_words(code) for code in TAX_RATES}


def _discount_too_large(row: int = -1, **_: object) -> str:
    if row < 0:
        return QCoreApplication.translate("Taxes", "The discount on the whole document is as large as the lines: "
                                          "make it smaller.")
    return QCoreApplication.translate("Taxes", "Line {line}: the discount is as large as the line: make it smaller.").format(line=row + 1)


def _nothing_left(row: int = 0, **_: object) -> str:
    return QCoreApplication.translate("Taxes", "Line {line}: after discounts and tax nothing is left to charge.").format(line=row + 1)


WORDS = {"discount.too_large": _discount_too_large, "line.nothing_left": _nothing_left}
