"""A local HTTP file server (real socket) publishing release manifests signed with a test key."""
from __future__ import annotations

import base64
import json
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from dollr_desktop.services.update_check import canonical


class ManifestServer:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.key = Ed25519PrivateKey.generate()
        self.public_key = base64.b64encode(
            self.key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)).decode()
        self.requests: list[str] = []
        server = self

        class Handler(SimpleHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 (http.server's name)
                server.requests.append(self.path)
                super().do_GET()

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), partial(Handler, directory=str(folder)))
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def url(self, name: str) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/{name}"

    def publish(self, name: str, *, version: str = "9.1.0", expires: str = "2099-01-01T00:00:00Z",
                tamper: bool = False, key: Ed25519PrivateKey | None = None, app: str = "dollr-desktop") -> str:
        signed = {"app": app, "version": version, "released": "2026-12-20", "expires": expires,
                  "url": f"https://downloads.example/dollr-desktop-{version}"}
        signature = (key or self.key).sign(canonical(signed))
        if tamper:   # a mirror or a network in the middle swaps the download link after signing
            signed["url"] = "https://evil.example/dollr-desktop-setup"
        (self.folder / name).write_text(json.dumps(
            {"signed": signed, "signature": base64.b64encode(signature).decode()}))
        return self.url(name)

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
