"""Nested request bodies. Plain dicts with the same keys are accepted wherever these are."""
from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from .base import Money


class RequestModel(BaseModel):
    model_config = ConfigDict(extra="forbid")


class PaymentSourceItemInput(RequestModel):
    """One line of `checkouts.create(items=[...])`."""

    name: str
    currency: str
    amount: Money


class VerifyPasscodeTokenPayload(RequestModel):
    code: str
    user_id: str | None = None
    phone: str | None = None


class DeviceInfoPayload(RequestModel):
    name: str
    type: str
    platform: str
    user_agent: str
    client_ip: str


class PasscodePayload(RequestModel):
    """The payout approval: the merchant's passcode plus the device asking. Never logged."""

    token: VerifyPasscodeTokenPayload
    device: DeviceInfoPayload

    def __repr__(self) -> str:  # keep the code out of tracebacks and logs
        return f"PasscodePayload(token=<hidden>, device={self.device!r})"

    __str__ = __repr__

