"""The truth about this machine, sent with every payout approval (`passcode.device`). No Qt.

Dollr records which device approved a payout, so each field is read from the computer itself:
the host name, the type "DESKTOP", the operating system as the platform, this app's user agent
with its version, and the local IP address this computer uses to reach Dollr.
"""
from __future__ import annotations

import asyncio
import ipaddress
import platform
import socket
from dataclasses import asdict, dataclass
from urllib.parse import urlsplit

from dollr_desktop import USER_AGENT

DEVICE_TYPE = "DESKTOP"
_PLATFORMS = {"Windows": "WINDOWS", "Darwin": "MACOS", "Linux": "LINUX"}
_FALLBACK_ROUTE = ("8.8.8.8", 53)   # only used to pick the outgoing interface: no packet is sent


@dataclass(frozen=True)
class DeviceInfo:
    name: str
    type: str
    platform: str
    user_agent: str
    client_ip: str

    def as_payload(self) -> dict[str, str]:
        return asdict(self)


def host_name() -> str:
    return socket.gethostname() or platform.node() or "unknown-computer"


def os_platform() -> str:
    system = platform.system()
    return _PLATFORMS.get(system, (system or "UNKNOWN").upper())


def user_agent() -> str:
    """'DollrDesktop/0.1.0 (Linux 6.1; Python 3.11.4)': the app and version first, as HTTP has it."""
    release = platform.release()
    system = platform.system() or "Unknown"
    return f"{USER_AGENT} ({system}{' ' + release if release else ''}; Python {platform.python_version()})"


def _route_address(host: str, port: int) -> str | None:
    """The local address the OS would use to reach host:port (a UDP connect sends nothing)."""
    try:
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        with socket.socket(family, socket.SOCK_DGRAM) as probe:
            probe.connect((host, port))
            return probe.getsockname()[0]
    except OSError:
        return None


def local_ip(api_base_url: str | None = None) -> str:
    """The address this computer reaches Dollr from; else its main LAN address; else loopback.

    A loopback route (the practice sandbox on this computer) says nothing about the machine, so
    the LAN address is reported instead when there is one.
    """
    if api_base_url:
        parts = urlsplit(api_base_url)
        if parts.hostname:
            try:
                infos = socket.getaddrinfo(parts.hostname, parts.port or 443, type=socket.SOCK_DGRAM)
            except OSError:
                infos = []
            for family, _, _, _, address in infos:
                found = _route_address(address[0], address[1])
                if found and not ipaddress.ip_address(found.split("%")[0]).is_loopback:
                    return found
    found = _route_address(*_FALLBACK_ROUTE)
    if found and not ipaddress.ip_address(found).is_unspecified:
        return found
    if api_base_url and urlsplit(api_base_url).hostname in ("127.0.0.1", "localhost", "::1"):
        return "127.0.0.1"
    try:
        return socket.gethostbyname(host_name())
    except OSError:
        return "127.0.0.1"


def describe_device(api_base_url: str | None = None) -> DeviceInfo:
    """Blocking (a DNS lookup): call `describe_device_async` from the GUI thread."""
    return DeviceInfo(name=host_name(), type=DEVICE_TYPE, platform=os_platform(),
                      user_agent=user_agent(), client_ip=local_ip(api_base_url))


async def describe_device_async(api_base_url: str | None = None) -> DeviceInfo:
    return await asyncio.to_thread(describe_device, api_base_url)
