"""Fetching a partner's calendar from the internet without letting its address reach inside.

A coordinator types the address, but whoever controls that address's DNS or its server decides
where the request really goes: a name resolving to 127.0.0.1, a redirect to
http://169.254.169.254/ (a cloud's metadata service hands out credentials there) or to the
database's port would make the site fetch from its own network (server-side request forgery).
So, for the first address and for every redirect alike:

- The host name is resolved here, every address it resolves to must be reachable on the
  internet (not loopback, private, shared, link-local, multicast, reserved or unspecified, in
  IPv4 or IPv6, nor an IPv6 address that carries such an IPv4 address: mapped, 6to4, Teredo,
  NAT64), and the connection goes to an address that was checked. The name only travels in the
  Host header and in TLS (SNI and the certificate check), so a DNS answer that changes between
  check and connect (DNS rebinding) has nothing to slip into.
- Redirects are followed here, one hop at a time, at most three.
- One deadline (10 s) covers the whole fetch, redirects included; every wait on the socket is
  cut to what is left of it, so a server that drips one byte a second ends at the deadline too.
- The body is read in pieces and abandoned past 10 MB (after gzip decoding: a small gzip that
  inflates to gigabytes stops at the same mark).
- The body must start with BEGIN:VCALENDAR (after a byte order mark and whitespace), checked as
  soon as the first bytes arrive: a login page or an error page sent with status 200 is refused,
  not parsed.

urllib3 and not requests: requests takes proxies from the environment (HTTPS_PROXY would carry
the request past every check here) and resolves names itself; a urllib3 pool is opened on the
checked address and told separately which name to verify the certificate for.

webcal:// is no protocol of its own: it is the calendar apps' way of saying "subscribe to this
web address". Google, Outlook, Apple and Nextcloud serve their webcal links over https, so
webcal:// is fetched as https://. There is no fallback to plain http: a fallback would let
anyone on the way force the unencrypted path. A partner whose server only speaks http enters
the http:// address.

The setting ICAL_IMPORT_ALLOWED_HOSTS (host names and CIDR ranges, default empty) lets an
intranet's calendar server or a test's local server through: a host whose name is listed, or an
address inside a listed range, may be internal. Each hop of a redirect is judged on its own, so
an allowed host cannot redirect to an internal address that is not allowed itself.

Errors are `FetchError`s: a `reason` code to store and a `message` in plain words, rendered in
the language active when it is read (German for the admin), so a stored reason and its params
can be shown again later in the reader's language.
"""

import base64
import ipaddress
import socket
import time
import unicodedata
import zlib
from dataclasses import dataclass
from urllib.parse import urljoin

import urllib3
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from urllib3.exceptions import (
    HTTPError,
    LocationParseError,
    NewConnectionError,
    SSLError,
)
from urllib3.exceptions import TimeoutError as Urllib3Timeout
from urllib3.util import parse_url

from core.site_title import site_title
from core.site_url import site_root_url

TIMEOUT = 10.0  # seconds for the whole fetch, redirects included
MAX_BYTES = 10 * 1024 * 1024
MAX_REDIRECTS = 3
CHUNK = 64 * 1024
# Which scheme a typed address is fetched with; redirects may only lead to http and https.
SCHEMES = {"https": "https", "http": "http", "webcal": "https"}
REDIRECT_SCHEMES = {"https": "https", "http": "http"}
DEFAULT_PORTS = {"http": 80, "https": 443}
REDIRECT_STATUSES = {301, 302, 303, 307, 308}
MAGIC = b"BEGIN:VCALENDAR"
BOM = b"\xef\xbb\xbf"
SNIFF_LIMIT = 4096  # undecided after this many bytes of whitespace: not a calendar
NAT64 = ipaddress.ip_network("64:ff9b::/96")

MESSAGES = {
    "scheme": _("Die Adresse muss mit https://, http:// oder webcal:// beginnen."),
    "invalid_url": _("Die Adresse ist keine gültige Internetadresse."),
    "dns": _("Der Name %(host)s ließ sich nicht auflösen. Ist die Adresse richtig geschrieben?"),
    "internal_address": _(
        "%(host)s führt zu einer Adresse in einem internen Netz (%(address)s). "
        "Der Import ruft nur Adressen im Internet ab."
    ),
    "bad_redirect": _(
        "Der Server leitete auf eine Adresse weiter, die nicht mit https:// oder http:// beginnt."
    ),
    "too_many_redirects": _("Der Server leitete mehr als %(limit)s-mal weiter."),
    "connection": _("Keine Verbindung zu %(host)s möglich."),
    "tls": _("Die sichere Verbindung zu %(host)s schlug fehl (ist das Zertifikat gültig?)."),
    "timeout": _("%(host)s antwortete nicht rechtzeitig (Zeitlimit: %(seconds)s s)."),
    "http_status": _("Der Server lieferte den Kalender nicht (HTTP-Status %(status)s)."),
    "protocol": _("Die Antwort von %(host)s war unvollständig oder fehlerhaft."),
    "too_large": _("Der Kalender ist zu groß: mehr als %(megabytes)s MB."),
    "not_ical": _("Unter der Adresse liegt keine iCal-Datei (sondern zum Beispiel eine Webseite)."),
}


class FetchError(Exception):
    """Why a calendar could not be fetched: `reason` (a key of MESSAGES) and its `params`."""

    def __init__(self, reason, **params):
        super().__init__(reason)
        self.reason = reason
        self.params = params

    @property
    def message(self):
        """The reason in plain words, in the active language."""
        return str(MESSAGES[self.reason]) % self.params

    def __str__(self):
        return self.message


@dataclass(frozen=True)
class FetchResult:
    """A fetched calendar: status 200 with `content`, or 304 (unchanged since the validators
    sent) without. `etag` and `last_modified` are the validators to send next time;
    `final_url` is where the content came from after redirects (webcal:// as https://)."""

    status: int
    content: bytes | None
    etag: str | None
    last_modified: str | None
    final_url: str

    @property
    def unchanged(self):
        return self.status == 304


@dataclass(frozen=True)
class _Hop:
    """One address to request: where to connect and what to say in the request."""

    url: str
    scheme: str
    host: str  # for DNS, the certificate and the Host header (ASCII, no brackets)
    port: int
    target: str  # path and query
    host_header: str
    auth: str | None

    @property
    def origin(self):
        return (self.scheme, self.host, self.port)


def fetch(
    url,
    *,
    etag=None,
    last_modified=None,
    timeout=TIMEOUT,
    max_bytes=MAX_BYTES,
    max_redirects=MAX_REDIRECTS,
):
    """The calendar at `url` as a FetchResult; FetchError when it cannot or must not be had.

    `etag` and `last_modified` are the validators of the last fetch (sent as If-None-Match and
    If-Modified-Since). `timeout`, `max_bytes` and `max_redirects` are there for tests."""
    deadline = time.monotonic() + timeout
    hop = _hop(url, SCHEMES, "scheme")
    first = hop
    headers = {
        "User-Agent": user_agent(),
        "Accept": "text/calendar, */*;q=0.5",
        "Accept-Encoding": "gzip",
    }
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    redirects = 0
    while True:
        hop_headers = {**headers, "Host": hop.host_header}
        # Credentials typed into the address go to that server only, never to where it redirects.
        if first.auth and hop.origin == first.origin:
            token = base64.b64encode(first.auth.encode()).decode("ascii")
            hop_headers["Authorization"] = f"Basic {token}"
        pool, response = _open(hop, hop_headers, deadline, timeout)
        try:
            location = response.headers.get("Location")
            if response.status in REDIRECT_STATUSES and location:
                redirects += 1
                if redirects > max_redirects:
                    raise FetchError("too_many_redirects", limit=max_redirects)
                hop = _hop(urljoin(hop.url, location.strip()), REDIRECT_SCHEMES, "bad_redirect")
                continue
            if response.status == 304:
                return FetchResult(
                    304,
                    None,
                    response.headers.get("ETag") or etag,
                    response.headers.get("Last-Modified") or last_modified,
                    hop.url,
                )
            if response.status != 200:
                raise FetchError("http_status", status=response.status)
            content = _read_body(response, hop, deadline, timeout, max_bytes)
            return FetchResult(
                200,
                content,
                response.headers.get("ETag"),
                response.headers.get("Last-Modified"),
                hop.url,
            )
        finally:
            response.close()
            pool.close()


def user_agent():
    """Who is asking, so a partner's administrator can tell the import apart and reach us:
    the site's name (its home page title, in ASCII: headers are no place for "ü") and SITE_URL."""
    name = unicodedata.normalize("NFKD", site_title(settings.LANGUAGE_CODE))
    name = "".join(c for c in name if c.isascii() and c.isprintable() and c not in "()\\")
    return f"CommunityNetzwerk-iCal-Import/1.0 (+{site_root_url()}; {name.strip()})"


def is_internal(ip):
    """Whether an address is one the import must not reach (anything not on the internet)."""
    if ip.version == 6:
        embedded = ip.ipv4_mapped or ip.sixtofour or (ip.teredo[1] if ip.teredo else None)
        if embedded is None and ip in NAT64:
            embedded = ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
        if embedded is not None and is_internal(embedded):
            return True
    return not ip.is_global or ip.is_multicast


def _allowed():
    """ICAL_IMPORT_ALLOWED_HOSTS as (host names, networks)."""
    names, networks = set(), []
    for entry in getattr(settings, "ICAL_IMPORT_ALLOWED_HOSTS", ()):
        entry = entry.strip()
        try:
            networks.append(ipaddress.ip_network(entry, strict=False))
        except ValueError:
            names.add(entry.lower().rstrip("."))
    return names, networks


def _hop(url, schemes, scheme_reason):
    """The _Hop for `url`; FetchError when its scheme is not one of `schemes` or it is no URL."""
    url = (url or "").strip()
    scheme, sep, rest = url.partition(":")
    if not sep or scheme.lower() not in schemes:
        raise FetchError(scheme_reason)
    scheme = schemes[scheme.lower()]
    url = f"{scheme}:{rest}"
    try:
        parsed = parse_url(url)  # IDNA for the host, percent-encoding for the path
    except (LocationParseError, UnicodeError, ValueError):
        raise FetchError("invalid_url") from None
    if not parsed.host or not rest.startswith("//"):
        raise FetchError("invalid_url")
    host = parsed.host.strip("[]").rstrip(".")
    port = parsed.port or DEFAULT_PORTS[scheme]
    if not host or not host.isascii():
        raise FetchError("invalid_url")
    bracketed = f"[{host}]" if ":" in host else host
    default_port = parsed.port in (None, DEFAULT_PORTS[scheme])
    host_header = bracketed if default_port else f"{bracketed}:{port}"
    final = parsed._replace(auth=None, fragment=None).url
    return _Hop(final, scheme, host, port, parsed.request_uri, host_header, parsed.auth)


def _checked_addresses(host, port):
    """The addresses `host` resolves to, all of them allowed; FetchError otherwise.

    All, not the first that passes: a name that also points inside is refused outright."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError):
        raise FetchError("dns", host=host) from None
    addresses = list(dict.fromkeys(info[4][0] for info in infos))
    if not addresses:
        raise FetchError("dns", host=host)
    names, networks = _allowed()
    if host.lower() in names:
        return addresses
    for address in addresses:
        ip = ipaddress.ip_address(address)
        if any(ip in network for network in networks if network.version == ip.version):
            continue
        if is_internal(ip):
            raise FetchError("internal_address", host=host, address=address)
    return addresses


def _pool(hop, address):
    """A connection pool on the checked `address` that verifies TLS for the hop's name."""
    if hop.scheme == "https":
        return urllib3.HTTPSConnectionPool(
            address,
            hop.port,
            maxsize=1,
            retries=False,
            cert_reqs="CERT_REQUIRED",
            server_hostname=hop.host,
            assert_hostname=hop.host,
        )
    return urllib3.HTTPConnectionPool(address, hop.port, maxsize=1, retries=False)


def _remaining(deadline, hop, timeout):
    left = deadline - time.monotonic()
    if left <= 0:
        raise FetchError("timeout", host=hop.host, seconds=_seconds(timeout))
    return left


def _seconds(timeout):
    return int(timeout) if float(timeout).is_integer() else timeout


def _open(hop, headers, deadline, timeout):
    """(pool, response) for the hop, its body not read yet; tries the checked addresses in
    turn while a connection is refused."""
    addresses = _checked_addresses(hop.host, hop.port)
    for index, address in enumerate(addresses):
        left = _remaining(deadline, hop, timeout)
        pool = _pool(hop, address)
        try:
            response = pool.urlopen(
                "GET",
                hop.target,
                headers=headers,
                redirect=False,
                retries=False,
                preload_content=False,
                decode_content=False,
                assert_same_host=False,
                timeout=urllib3.Timeout(connect=left, read=left),
            )
            return pool, response
        except NewConnectionError:  # before Urllib3Timeout: it is a subclass of it
            pool.close()
            if index == len(addresses) - 1:
                raise FetchError("connection", host=hop.host) from None
        except Urllib3Timeout:
            pool.close()
            raise FetchError("timeout", host=hop.host, seconds=_seconds(timeout)) from None
        except SSLError:
            pool.close()
            raise FetchError("tls", host=hop.host) from None
        except (HTTPError, OSError):
            pool.close()
            raise FetchError("protocol", host=hop.host) from None


def _read_body(response, hop, deadline, timeout, max_bytes):
    """The response's body (gzip decoded), checked to be iCal as soon as it begins, read in
    pieces within the deadline and abandoned past `max_bytes`."""
    encoding = (response.headers.get("Content-Encoding") or "identity").strip().lower()
    if encoding not in ("identity", "gzip", "x-gzip"):
        raise FetchError("protocol", host=hop.host)
    inflater = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS) if encoding != "identity" else None
    declared = response.headers.get("Content-Length", "")
    if inflater is None and declared.isdigit() and int(declared) > max_bytes:
        raise FetchError("too_large", megabytes=_megabytes(max_bytes))
    connection = getattr(response, "connection", None)
    sock = getattr(connection, "sock", None)
    body = bytearray()
    sniffed = False
    while True:
        if sock is not None:  # each wait on the socket ends at the deadline
            sock.settimeout(_remaining(deadline, hop, timeout))
        else:
            _remaining(deadline, hop, timeout)
        try:
            raw = response.read1(CHUNK)
        except Urllib3Timeout:
            raise FetchError("timeout", host=hop.host, seconds=_seconds(timeout)) from None
        except (HTTPError, OSError):
            raise FetchError("protocol", host=hop.host) from None
        if not raw:
            break
        chunk = raw if inflater is None else _inflate(inflater, raw, max_bytes - len(body) + 1, hop)
        body += chunk
        if len(body) > max_bytes:
            raise FetchError("too_large", megabytes=_megabytes(max_bytes))
        if not sniffed:
            sniffed = _sniff(body)
    if not sniffed:
        raise FetchError("not_ical")
    return bytes(body)


def _inflate(inflater, chunk, limit, hop):
    """At most `limit` bytes decoded from `chunk`: a gzip bomb stops at the size limit (and
    whatever it holds back beyond `limit` is never needed, since reaching it ends the fetch)."""
    try:
        return inflater.decompress(chunk, limit)
    except zlib.error:
        raise FetchError("protocol", host=hop.host) from None


def _sniff(body):
    """True once the body's beginning shows an iCal file, False while too short to tell;
    FetchError once it shows something else."""
    text = bytes(body[: len(BOM) + SNIFF_LIMIT]).removeprefix(BOM).lstrip()
    if len(text) >= len(MAGIC):
        if text[: len(MAGIC)].upper() == MAGIC:
            return True
        raise FetchError("not_ical")
    if len(body) > SNIFF_LIMIT:
        raise FetchError("not_ical")
    return False


def _megabytes(max_bytes):
    return _seconds(round(max_bytes / (1024 * 1024), 1))
