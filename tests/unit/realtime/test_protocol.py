from __future__ import annotations

import random

import pytest

from dollr_desktop.realtime import protocol
from dollr_desktop.realtime.model import RealtimeKey
from dollr_desktop.realtime.timing import Backoff, RealtimeTimings

REF = "550e8400-e29b-41d4-a716-446655440000"


@pytest.mark.parametrize("base, expected", [
    ("http://127.0.0.1:8000", "ws://127.0.0.1:8000/realtime/v1/websocket?apikey=K&vsn=1.0.0"),
    ("https://abc.supabase.co/", "wss://abc.supabase.co/realtime/v1/websocket?apikey=K&vsn=1.0.0"),
    ("https://abc.supabase.co/realtime/v1", "wss://abc.supabase.co/realtime/v1/websocket?apikey=K&vsn=1.0.0"),
    ("wss://h/realtime/v1/websocket", "wss://h/realtime/v1/websocket?apikey=K&vsn=1.0.0"),
])
def test_websocket_url(base, expected):
    assert protocol.websocket_url(base, "K") == expected


def test_websocket_url_refuses_other_schemes():
    with pytest.raises(ValueError):
        protocol.websocket_url("ftp://host", "K")


def test_topic_and_join_payload_match_the_documented_frame():
    assert protocol.channel_topic(55, REF) == f"realtime:payment-intent:55:{REF}"
    payload = protocol.join_payload(protocol.status_binding(REF), "tok")
    assert payload["access_token"] == "tok"
    assert payload["config"]["postgres_changes"] == [{
        "event": "*", "schema": "public", "table": "checkout_payment_intent_public_status",
        "filter": f"reference_id=eq.{REF}"}]


def test_echoed_binding_must_match_field_by_field():
    binding = protocol.status_binding(REF)
    assert protocol.echoed_binding_id({"postgres_changes": [dict(binding, id=7)]}, binding) == 7
    wrong_filter = dict(binding, filter="reference_id=eq.other", id=7)
    assert protocol.echoed_binding_id({"postgres_changes": [wrong_filter]}, binding) is None
    assert protocol.echoed_binding_id({"postgres_changes": [dict(binding)]}, binding) is None  # no id
    assert protocol.echoed_binding_id({}, binding) is None


def test_decode_tolerates_garbage():
    assert protocol.decode("not json") is None
    assert protocol.decode("[1,2]") is None
    frame = protocol.decode('{"topic":"t","event":"e","payload":null,"ref":3}')
    assert frame == protocol.Frame("t", "e", {}, "3")


def test_backoff_grows_with_jitter_caps_and_resets():
    timings = RealtimeTimings(backoff_initial=1.0, backoff_max=8.0, backoff_factor=2.0, backoff_jitter=0.25)
    backoff = Backoff(timings, random.Random(1))
    delays = [backoff.next_delay() for _ in range(8)]
    for attempt, delay in enumerate(delays):
        nominal = min(8.0, 2.0 ** attempt)
        assert nominal * 0.75 <= delay <= nominal * 1.25
    assert len(set(delays)) == len(delays)  # jittered, not lock-step
    backoff.reset()
    assert backoff.next_delay() <= 1.25


def test_key_refresh_time_is_before_expiry_but_not_in_its_first_half():
    key = RealtimeKey("t", expires_in=3600, obtained_at=0.0)
    assert key.refresh_at(60) == 3540
    short = RealtimeKey("t", expires_in=10, obtained_at=0.0)
    assert short.refresh_at(60) == 5
    assert short.is_expired(now=9.5) and not short.is_expired(now=8.0)
