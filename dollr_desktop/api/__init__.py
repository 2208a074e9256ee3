"""The Dollr API client (no Qt). See docs/ARCHITECTURE.md, section "api/".

    async with DollrClient(base_url, client_id, client_secret) as api:
        invoice = await api.invoices.create(counterparty_id=5, currency="LRD", note="",
                                            fee_bearer="PAYER", as_payment_link=False)
        await api.invoices.add_item(invoice.id, name="Rice", currency="LRD", qty=2,
                                    amount=Decimal("750.00"))
        await api.invoices.publish(invoice.id)

What a caller needs to know:
- Money in and out is `Decimal` (floats are refused); enums tolerate unknown values
  (`status.is_known`), so compare with the enum members, never by identity of unknowns.
- Every failure is an `errors.ApiError` with `.user_message` (show it) and `.details` (log it).
- Executions take the `reference_id` the payment journal committed; if the answer is lost they
  raise `errors.OutcomeUnknownError(reference_id)`: ask `api.status.<kind>(reference_id)`,
  never execute again. Retries that are safe already happened inside the client.
- Update methods send only the fields passed (None is sent as null, to clear a field).
"""
from . import errors, models
from .client import DEFAULT_BASE_URL, DollrClient, check_base_url, is_loopback_host
from .resources import UNSET

__all__ = ["DEFAULT_BASE_URL", "UNSET", "DollrClient", "check_base_url", "errors", "is_loopback_host", "models"]
