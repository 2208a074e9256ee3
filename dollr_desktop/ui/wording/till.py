"""Words for the till's codes: saved items, their CSV import, and the basket (services/saved_items.py,
services/till.py)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def field_words(field: str) -> str:
    """A CSV column, as the merchant reads it in the import's error list."""
    names = {
        "name": QCoreApplication.translate("TillWording", "name"),
        "category": QCoreApplication.translate("TillWording", "category"),
        "code": QCoreApplication.translate("TillWording", "code"),
        "stock": QCoreApplication.translate("TillWording", "stock"),
        "prices": QCoreApplication.translate("TillWording", "prices"),
    }
    if field.startswith("price_"):
        return QCoreApplication.translate("TillWording", "price in {currency}").format(currency=field[6:])
    return names.get(field, field)


WORDS = {
    "items.name_missing": lambda **_: QCoreApplication.translate("TillWording", "An item needs a name."),
    "items.price_missing": lambda **_: QCoreApplication.translate("TillWording", "Give the item a price in at least one currency."),
    "items.price_invalid": lambda text="", currency="", **_: QCoreApplication.translate(
        "TillWording", "“{text}” is not a price in {currency}. Type digits, e.g. 150.00.").format(text=text, currency=currency),
    "items.price_not_positive": lambda currency="", **_: QCoreApplication.translate(
        "TillWording", "The price in {currency} must be more than zero.").format(currency=currency),
    "items.price_decimals": lambda currency="", **_: QCoreApplication.translate(
        "TillWording", "{currency} prices cannot have that many decimals.").format(currency=currency),
    "items.stock_invalid": lambda text="", **_: QCoreApplication.translate(
        "TillWording", "“{text}” is not a stock count: type a whole number, 0 or more, or leave it empty.").format(text=text),
    "items.code_taken": lambda code="", **_: QCoreApplication.translate(
        "TillWording", "Another item already has the code {code}.").format(code=code),
    "items.code_repeated": lambda code="", first_row=0, **_: QCoreApplication.translate(
        "TillWording", "The code {code} is already used on row {row}.").format(code=code, row=first_row),
    "items.header_missing": lambda **_: QCoreApplication.translate(
        "TillWording", "The file's first row must name the columns, with at least “name” and a price column "
        "such as “price_LRD”."),
    "items.file_unreadable": lambda **_: QCoreApplication.translate("TillWording", "The file could not be read."),
    "items.import_refused": lambda count=0, **_: QCoreApplication.translate(
        "TillWording", "Nothing was imported: {count} problem(s) to fix in the file first.").format(count=count),
    "till.no_price": lambda name="", currency="", **_: QCoreApplication.translate(
        "TillWording", "{name} has no price in {currency}. Give it one under Items, or change the sale's currency.").format(
        name=name, currency=currency),
    "till.basket_empty": lambda **_: QCoreApplication.translate("TillWording", "The basket is empty: add an item first."),
    "till.phone_missing": lambda **_: QCoreApplication.translate(
        "TillWording", "Type the customer's phone number, or pick a saved customer."),
}
