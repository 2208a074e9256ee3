"""Shared building blocks for the response models: lenient base class, money, tolerant enums."""
from __future__ import annotations

from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, PlainSerializer


class DollrModel(BaseModel):
    """Every response model: unknown fields ignored (the server may grow), values kept as sent."""

    model_config = ConfigDict(extra="ignore", populate_by_name=True)


def to_decimal(value: Any) -> Any:
    """Money arrives as a JSON number or a decimal string; never let it pass through float maths."""
    if value is None or isinstance(value, Decimal):
        return value
    if isinstance(value, bool):
        raise ValueError("a boolean is not an amount")
    if isinstance(value, (int, float)):
        return Decimal(str(value))
    if isinstance(value, str):
        try:
            return Decimal(value.strip().replace(",", ""))
        except InvalidOperation as exc:
            raise ValueError("not a decimal amount") from exc
    return value


def _decimal_to_text(value: Decimal) -> str:
    return format(value, "f")


Money = Annotated[
    Decimal,
    BeforeValidator(to_decimal),
    PlainSerializer(_decimal_to_text, return_type=str, when_used="json"),
]
"""A Decimal amount; accepts numbers or strings from the wire, dumps to plain text in JSON mode."""


def _integral(value: Any) -> Any:
    """Ids the contract types as `number|integer` (e.g. 12.0) become ints."""
    if isinstance(value, (Decimal, float)) and value == int(value):
        return int(value)
    return value


LooseInt = Annotated[int, BeforeValidator(_integral)]


class TolerantEnum(StrEnum):
    """A closed set from the contract that survives values the server adds later.

    An unknown value becomes a pseudo-member (``Status("NEW").is_known is False``) instead of an
    exception, so a new status on the server never breaks a list of invoices.
    """

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if isinstance(value, str) and value:
            member = str.__new__(cls, value)
            member._name_ = value
            member._value_ = value
            return member
        return None

    @property
    def is_known(self) -> bool:
        return self._name_ in type(self).__members__
