"""Live payment status over Supabase Realtime (no Qt). See channel.py for why it is our own client."""
from .channel import PaymentChannel
from .model import ChannelState, RealtimeKey, StatusChange, collection_key_fetcher
from .timing import RealtimeTimings

__all__ = ["PaymentChannel", "ChannelState", "RealtimeKey", "StatusChange",
           "collection_key_fetcher", "RealtimeTimings"]
