"""The Dollr API client (no Qt). See docs/ARCHITECTURE.md, section "api/"."""
from . import errors, models
from .client import DEFAULT_BASE_URL, DollrClient, check_base_url, is_loopback_host
from .resources import UNSET

__all__ = ["DEFAULT_BASE_URL", "UNSET", "DollrClient", "check_base_url", "errors", "is_loopback_host", "models"]
