"""Hosted mode's guard on users' mail hosts: nothing inside the server's own network.

A hosted user names their own SMTP and IMAP servers and the server connects to them. A name
that leads to this machine or its private network would let any user reach what is not
theirs (a database port, a cloud metadata address, an internal relay) and read its answers
in error messages. So, hosted, a mail host that resolves to a loopback, link-local, private
or unspecified address is refused when it is saved, and again when connecting (a name can
resolve elsewhere by then; the connected socket's own address is checked too), unless the
server allows it: ``[server] allow_private_mail_hosts = true``, for a server whose users'
mail servers are on its own network. On a laptop nothing here applies.
"""

from __future__ import annotations

import ipaddress
import socket
from typing import TYPE_CHECKING

from afterword.errors import AfterwordError

if TYPE_CHECKING:
    from afterword.config import Settings

ALLOW = "[server] allow_private_mail_hosts = true"


class PrivateMailHost(AfterwordError):
    """A hosted user's mail host leads inside the server's own network."""

    http_status = 422


def guarded(settings: Settings) -> bool:
    """Whether these settings' mail hosts must be public: hosted, unless the server allows."""
    return settings.server.mode == "hosted" and not settings.server.allow_private_mail_hosts


def kind_of(address: str) -> str | None:
    """What makes ``address`` off limits ("loopback", "private", …), or None when it is not."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])  # an IPv6 zone ("fe80::1%eth0")
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    for kind, test in (("unspecified", ip.is_unspecified), ("loopback", ip.is_loopback),
                       ("link-local", ip.is_link_local), ("private", ip.is_private)):  # fmt: skip
        if test:
            return kind
    return None


def _addresses(host: str) -> list[str]:
    """The addresses ``host`` resolves to now; none when it does not resolve."""
    try:
        found = socket.getaddrinfo(host.strip("[]"), None, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError):
        return []
    return [str(sockaddr[0]) for *_, sockaddr in found]


def _refusal(protocol: str, host: str, address: str, kind: str) -> PrivateMailHost:
    shown = host if host == address else f"{host} ({address})"
    return PrivateMailHost(
        f"the {protocol} server {shown} is a {kind} address: a hosted afterword does not "
        "connect its users to its own machine or private network. Use your mail provider's "
        f"public server name (e.g. {protocol.lower()}.example.com); the server's operator can "
        f"allow private hosts with {ALLOW}"
    )


def check_host(protocol: str, host: str) -> None:
    """Raise PrivateMailHost when ``host`` resolves to an address users may not reach.

    A name that does not resolve passes: connecting to it fails anyway, and it is checked
    again then.
    """
    for address in _addresses(host):
        if kind := kind_of(address):
            raise _refusal(protocol, host, address, kind)


def check_peer(protocol: str, host: str, connection: socket.socket) -> None:
    """Raise PrivateMailHost when a connection ended up at an address users may not reach."""
    address = str(connection.getpeername()[0])
    if kind := kind_of(address):
        raise _refusal(protocol, host, address, kind)


def refusals(settings: Settings) -> dict[str, str]:
    """Each refused mail host of ``settings`` as a form error (``{"smtp-host": why}``)."""
    errors: dict[str, str] = {}
    if not guarded(settings):
        return errors
    for protocol, server in (("SMTP", settings.smtp), ("IMAP", settings.imap)):
        if server.host:
            try:
                check_host(protocol, server.host)
            except PrivateMailHost as exc:
                errors[f"{protocol.lower()}-host"] = str(exc)
    return errors
