"""One class per Dollr resource; `DollrClient` holds one instance of each."""
from .auth import AuthResource
from .base import UNSET
from .documents import InvoicesResource, OrdersResource
from .executions import ExecutionsResource, RealtimeKeysResource, StatusResource
from .fees import FeesResource, MerchantsResource, PredictionsResource
from .parties import CounterpartiesResource, PartiesResource
from .payments import CheckoutsResource, LinksResource, PaymentAccountsResource, SessionsResource

__all__ = [
    "UNSET",
    "AuthResource",
    "CheckoutsResource",
    "CounterpartiesResource",
    "ExecutionsResource",
    "FeesResource",
    "InvoicesResource",
    "LinksResource",
    "MerchantsResource",
    "OrdersResource",
    "PartiesResource",
    "PaymentAccountsResource",
    "PredictionsResource",
    "RealtimeKeysResource",
    "SessionsResource",
    "StatusResource",
]
