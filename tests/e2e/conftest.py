"""A store and a sandbox client for the fault tests (defined once in sandbox_kit)."""
from tests.unit.services.sandbox_kit import client, store  # noqa: F401  (pytest fixtures)
