"""Facts fixed when a bundle is built: its date, where release manifests are published and the key
they are signed with. `packaging/dollr_desktop.spec` writes them to `resources/build.json` (from the
DOLLR_UPDATE_URL / DOLLR_UPDATE_PUBLIC_KEY variables of the build); the same variables at run time
override them (a test server, a self-hosted mirror). A source checkout has no build date and, unless
the variables are set, no update URL: the update check then does nothing."""
from __future__ import annotations

import os
from dataclasses import dataclass

from dollr_desktop import json_files, paths

ENV_UPDATE_URL = "DOLLR_UPDATE_URL"
ENV_UPDATE_KEY = "DOLLR_UPDATE_PUBLIC_KEY"
FILE_NAME = "build.json"


@dataclass(frozen=True)
class BuildInfo:
    built_at: str | None = None          # ISO 8601 UTC, None from a source checkout
    update_url: str | None = None        # the signed release manifest (JSON)
    update_public_key: str | None = None  # base64 of the raw 32-byte Ed25519 public key


def load() -> BuildInfo:
    raw = json_files.read_object(paths.resources_dir() / FILE_NAME, "Build information") or {}
    text = {key: value for key, value in raw.items() if isinstance(value, str) and value}
    return BuildInfo(
        built_at=text.get("built_at"),
        update_url=os.environ.get(ENV_UPDATE_URL) or text.get("update_url"),
        update_public_key=os.environ.get(ENV_UPDATE_KEY) or text.get("update_public_key"),
    )
