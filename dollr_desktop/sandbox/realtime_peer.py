"""Placeholder until the realtime peer lands: serves nothing yet."""


def mount_realtime(app, state) -> None:  # pragma: no cover - replaced by the realtime issue
    return None
