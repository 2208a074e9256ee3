"""No secret (client secret, access token, payout passcode) ever reaches a log line."""
from __future__ import annotations

import io
import logging

import httpx
import pytest

from dollr_desktop.api import errors
from dollr_desktop.logging_setup import RedactingFilter, setup_logging

from .conftest import CLIENT_SECRET, TOKEN_PATH

PASSCODE_CODE = "739251"
TOKENS = ("tok-1-abcdef", "tok-2-abcdef")


async def _busy_session(client, fake) -> None:
    """Token, a 401 renewal, retries, a payout with a passcode that fails, an error logged."""
    fake.on("GET", "/v1/parties/retrieve/1", httpx.Response(401, json={"detail": "Could not validate credentials"}),
            httpx.Response(503), lambda r: httpx.Response(200, json={
                "id": 1, "fullname": "M", "created_at": "2025-01-01T00:00:00Z", "updated_at": "2025-01-01T00:00:00Z"}))
    await client.parties.retrieve(1)
    fake.on("POST", "/v1/executions/payout", httpx.Response(422, json={"detail": [
        {"loc": ["body", "passcode"], "msg": "wrong passcode", "type": "value_error",
         "input": {"token": {"code": PASSCODE_CODE}}}]}))
    passcode = {"token": {"code": PASSCODE_CODE, "phone": "231770000001"},
                "device": {"name": "Till", "type": "DESKTOP", "platform": "LINUX", "user_agent": "ua",
                           "client_ip": "127.0.0.1"}}
    try:
        await client.executions.payout(session_id=1, payout_account_id=2, reference_id="r-1", passcode=passcode)
    except errors.ValidationError as exc:
        logging.getLogger("dollr_desktop.test").exception("payout refused: %r %s", exc, exc.details)
    logging.getLogger("dollr_desktop.test").info("client state %r %r", client, client.auth)


def _secrets() -> tuple[str, ...]:
    return (CLIENT_SECRET, PASSCODE_CODE, *TOKENS)


@pytest.fixture
def loud_http_logs():
    names = ("httpx", "httpcore", "dollr_desktop")
    saved = {n: logging.getLogger(n).level for n in names}
    for n in names:
        logging.getLogger(n).setLevel(logging.DEBUG)
    yield
    for n, level in saved.items():
        logging.getLogger(n).setLevel(level)


async def test_the_client_itself_logs_no_secret_even_without_the_filter(client, fake, loud_http_logs):
    buffer = io.StringIO()
    handler = logging.StreamHandler(buffer)
    handler.setLevel(logging.DEBUG)
    for name in ("dollr_desktop.api",):
        logging.getLogger(name).addHandler(handler)
    try:
        await _busy_session(client, fake)
    finally:
        logging.getLogger("dollr_desktop.api").removeHandler(handler)
    text = buffer.getvalue()
    assert "GET /v1/parties/retrieve/1" in text  # the capture really saw the client's lines
    for secret in _secrets():
        assert secret not in text


async def test_nothing_secret_reaches_the_app_log_file(client, fake, tmp_path, loud_http_logs):
    root = logging.getLogger()
    old_level = root.level
    path = setup_logging(tmp_path / "logs", level=logging.DEBUG)
    for name in ("httpx", "httpcore"):
        logging.getLogger(name).setLevel(logging.DEBUG)
    try:
        logging.getLogger("dollr_desktop.test").debug("secret in a dict: %s", {"client_secret": CLIENT_SECRET})
        await _busy_session(client, fake)
        logging.getLogger("dollr_desktop.test").warning("raw token %s", TOKENS[0])
    finally:
        for handler in list(root.handlers):
            if getattr(handler, "_dollr_handler", False):
                root.removeHandler(handler)
                handler.close()
        root.setLevel(old_level)
    text = path.read_text(encoding="utf-8")
    assert "payout refused" in text and TOKEN_PATH in text  # the session was really logged
    for secret in _secrets():
        assert secret not in text, secret


async def test_caplog_with_the_redacting_filter(client, fake, caplog):
    caplog.handler.addFilter(RedactingFilter())
    caplog.set_level(logging.DEBUG)
    await _busy_session(client, fake)
    text = caplog.text
    assert "retry 1" in text
    for secret in _secrets():
        assert secret not in text


async def test_realtime_keys_and_card_client_secrets_are_registered_for_redaction(client, fake):
    from dollr_desktop.logging_setup import redact

    fake.on("POST", "/v1/realtime-keys/collection", httpx.Response(200, json={
        "access_token": "rt-opaque-key-0123456789", "expires_in": 600}))
    fake.on("GET", "/v1/status/collection/r-9", httpx.Response(200, json={
        "reference_id": "r-9", "status": "PROCESSING", "payer_amount": 5, "payer_currency": "USD",
        "payee_amount": 5, "payee_currency": "USD", "operation_type": "COLLECTION",
        "client_secret": "pi_123_secret_abcdefghij", "requires_action": True}))
    await client.realtime_keys.collection(1, "INVOICE", "r-9")
    await client.status.collection("r-9")
    line = redact("key rt-opaque-key-0123456789 stripe pi_123_secret_abcdefghij")
    assert "rt-opaque-key-0123456789" not in line and "pi_123_secret_abcdefghij" not in line
