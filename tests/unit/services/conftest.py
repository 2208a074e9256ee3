"""A store and a sandbox client for the service tests (defined once in sandbox_kit)."""
from tests.unit.services.sandbox_kit import client, store  # noqa: F401  (pytest fixtures)
