"""Fetching partners' calendars: only from the internet, within time, size and redirect limits,
conditional, and only iCal (eventpages/ical_import/fetch.py).

A local server (feed_server.py) plays the partner; it listens on 127.0.0.1, which the fetch
refuses unless ICAL_IMPORT_ALLOWED_HOSTS lets it through, so each test says what it allows.
Names other than 127.0.0.1 are answered by a stand-in for socket.getaddrinfo.
"""

import gzip
import ipaddress
import socket
import ssl
import time

import pytest

from core.site_title import site_title
from eventpages.ical_import.fetch import FetchError, fetch, is_internal

from .feed_server import FeedServer, make_tls_files, redirect, respond

FEED = b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//Feed//DE\r\nEND:VCALENDAR\r\n"
LOCAL = ["127.0.0.1"]

pytestmark = pytest.mark.django_db  # the User-Agent names the site: its home page's title


@pytest.fixture
def server():
    with FeedServer() as feeds:
        yield feeds


@pytest.fixture
def allow(settings):
    def allow(*entries):
        settings.ICAL_IMPORT_ALLOWED_HOSTS = list(entries)

    allow()  # nothing allowed unless a test says so
    return allow


@pytest.fixture
def resolve(monkeypatch):
    """resolve(name=address or [addresses]): getaddrinfo answers these names with these
    addresses and everything else as usual; returns the list of names asked for."""
    real = socket.getaddrinfo
    asked = []

    def install(**names):
        table = {name.replace("_", "."): v for name, v in names.items()}

        def getaddrinfo(host, port, *args, **kwargs):
            asked.append(host)
            if host not in table:
                return real(host, port, *args, **kwargs)
            answers = table[host]
            if callable(answers):
                answers = answers()  # StopIteration when it has no more answers
            if isinstance(answers, Exception):
                raise answers
            infos = []
            for address in [answers] if isinstance(answers, str) else answers:
                if ":" in address:
                    infos.append(
                        (socket.AF_INET6, socket.SOCK_STREAM, 6, "", (address, port, 0, 0))
                    )
                else:
                    infos.append((socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, port)))
            return infos

        monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
        return asked

    return install


def reason(excinfo):
    return excinfo.value.reason


def test_a_feed_arrives_with_its_validators_and_the_site_named(server, allow):
    allow(*LOCAL)
    server.routes["/feed.ics"] = respond(
        FEED,
        headers={
            "Content-Type": "text/calendar",
            "ETag": '"v1"',
            "Last-Modified": "Mon, 05 Apr 2027 10:00:00 GMT",
        },
    )
    result = fetch(server.url("/feed.ics?key=abc"))
    assert result.status == 200 and not result.unchanged
    assert result.content == FEED
    assert result.etag == '"v1"'
    assert result.last_modified == "Mon, 05 Apr 2027 10:00:00 GMT"
    assert result.final_url == server.url("/feed.ics?key=abc")
    path, headers = server.requests[-1]
    assert path == "/feed.ics?key=abc"
    assert headers["Host"] == f"127.0.0.1:{server.port}"
    assert "http://testserver" in headers["User-Agent"]
    assert site_title("de") in headers["User-Agent"]
    assert "If-None-Match" not in headers


def test_an_unchanged_feed_answers_304_and_no_body_is_read(server, allow):
    allow(*LOCAL)

    def conditional(handler):
        if handler.headers.get("If-None-Match") == '"v1"':
            respond(status=304, headers={"ETag": '"v1"'})(handler)
        else:
            respond(FEED, headers={"ETag": '"v1"'})(handler)

    server.routes["/feed.ics"] = conditional
    first = fetch(server.url("/feed.ics"))
    again = fetch(
        server.url("/feed.ics"), etag=first.etag, last_modified="Mon, 05 Apr 2027 10:00:00 GMT"
    )
    assert again.status == 304 and again.unchanged
    assert again.content is None
    assert again.etag == '"v1"'
    assert again.last_modified == "Mon, 05 Apr 2027 10:00:00 GMT"  # kept for the next time
    headers = server.requests[-1][1]
    assert headers["If-None-Match"] == '"v1"'
    assert headers["If-Modified-Since"] == "Mon, 05 Apr 2027 10:00:00 GMT"


def test_three_redirects_are_followed_a_fourth_is_refused(server, allow):
    allow(*LOCAL)
    server.routes["/feed.ics"] = respond(FEED)
    server.routes["/r3"] = redirect(server.url("/feed.ics"), status=301)
    server.routes["/r2"] = redirect("/r3", status=307)  # relative, as servers often send them
    server.routes["/r1"] = redirect(server.url("/r2"), status=308)
    server.routes["/r0"] = redirect(server.url("/r1"))

    result = fetch(server.url("/r1"))
    assert result.content == FEED
    assert result.final_url == server.url("/feed.ics")
    assert server.paths() == ["/r1", "/r2", "/r3", "/feed.ics"]

    server.requests.clear()
    with pytest.raises(FetchError) as excinfo:
        fetch(server.url("/r0"))
    assert reason(excinfo) == "too_many_redirects"
    assert "mehr als 3-mal" in excinfo.value.message
    assert server.paths() == ["/r0", "/r1", "/r2", "/r3"]  # the feed itself never asked for


def test_a_redirect_loop_ends_at_the_limit(server, allow):
    allow(*LOCAL)
    server.routes["/loop"] = redirect("/loop")
    with pytest.raises(FetchError) as excinfo:
        fetch(server.url("/loop"))
    assert reason(excinfo) == "too_many_redirects"
    assert len(server.requests) == 4


def test_an_allowed_host_cannot_redirect_to_an_internal_address(server, allow, resolve):
    """partner.test is allowed (it resolves to 127.0.0.1 here); its redirect to 127.0.0.1 by
    address is judged on its own and refused, before any connection is made to it."""
    allow("partner.test")
    resolve(partner_test="127.0.0.1")
    server.routes["/feed.ics"] = respond(FEED)
    server.routes["/go"] = redirect(server.url("/feed.ics"))
    server.routes["/stay"] = redirect("/feed.ics")

    assert fetch(server.url("/stay", host="partner.test")).content == FEED
    assert server.requests[-1][1]["Host"] == f"partner.test:{server.port}"

    server.requests.clear()
    with pytest.raises(FetchError) as excinfo:
        fetch(server.url("/go", host="partner.test"))
    assert reason(excinfo) == "internal_address"
    assert "127.0.0.1" in excinfo.value.message
    assert server.paths() == ["/go"]


def test_a_redirect_to_another_scheme_is_refused(server, allow):
    allow(*LOCAL)
    server.routes["/go"] = redirect("file:///etc/passwd")
    with pytest.raises(FetchError) as excinfo:
        fetch(server.url("/go"))
    assert reason(excinfo) == "bad_redirect"


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "127.1", "[::ffff:127.0.0.1]"])
def test_loopback_is_refused_without_the_setting(server, allow, host):
    server.routes["/feed.ics"] = respond(FEED)
    with pytest.raises(FetchError) as excinfo:
        fetch(server.url("/feed.ics", host=host))
    assert reason(excinfo) == "internal_address"
    assert "internen Netz" in excinfo.value.message
    assert server.requests == []


def test_a_name_resolving_to_the_metadata_service_is_refused(allow, resolve):
    asked = resolve(calendar_example_org="169.254.169.254")
    with pytest.raises(FetchError) as excinfo:
        fetch("https://calendar.example.org/basic.ics")
    assert reason(excinfo) == "internal_address"
    assert "169.254.169.254" in excinfo.value.message
    assert asked == ["calendar.example.org"]  # refused before connecting anywhere


def test_a_name_with_one_internal_address_among_public_ones_is_refused(allow, resolve):
    resolve(calendar_example_org=["8.8.8.8", "2001:4860:4860::8888", "fd00:ec2::254"])
    with pytest.raises(FetchError) as excinfo:
        fetch("https://calendar.example.org/basic.ics")
    assert reason(excinfo) == "internal_address"
    assert "fd00:ec2::254" in excinfo.value.message


def test_the_connection_goes_to_the_address_checked_not_a_second_lookup(server, allow, resolve):
    """DNS rebinding: the name answers a harmless address once, then an internal one. The
    fetch looks the name up once and connects to what it checked; a second lookup (as a
    client resolving for itself would make) would fail this test."""
    allow("partner.test")
    server.routes["/feed.ics"] = respond(FEED)
    answers = iter(["127.0.0.1"])  # the allowed host's one answer; then the stand-in raises
    asked = resolve(partner_test=lambda: next(answers))
    assert fetch(server.url("/feed.ics", host="partner.test")).content == FEED
    assert asked.count("partner.test") == 1


@pytest.mark.parametrize(
    "address",
    [
        "127.0.0.1",
        "10.1.2.3",
        "172.16.0.1",
        "192.168.178.1",
        "100.64.0.1",  # shared address space (carrier NAT, some clouds' metadata)
        "100.100.100.200",  # Alibaba Cloud's metadata service
        "169.254.169.254",
        "0.0.0.0",
        "224.0.0.251",
        "240.0.0.1",
        "255.255.255.255",
        "::1",
        "::",
        "fe80::1",
        "fc00::1",
        "fd00:ec2::254",  # AWS's metadata service over IPv6
        "ff02::1",
        "::ffff:127.0.0.1",
        "::ffff:169.254.169.254",
        "2002:7f00:1::1",  # 6to4 wrapping 127.0.0.1
        "64:ff9b::a9fe:a9fe",  # NAT64 of 169.254.169.254
    ],
)
def test_internal_addresses(address):
    assert is_internal(ipaddress.ip_address(address))


@pytest.mark.parametrize(
    "address", ["8.8.8.8", "193.99.144.80", "2001:4860:4860::8888", "2a00:1450:4001::200e"]
)
def test_internet_addresses(address):
    assert not is_internal(ipaddress.ip_address(address))


def test_an_allowed_range_lets_its_addresses_through(allow, resolve, server):
    allow("127.0.0.0/8")
    resolve(intranet_kreis_local="127.0.0.1")
    server.routes["/feed.ics"] = respond(FEED)
    assert fetch(server.url("/feed.ics", host="intranet.kreis.local")).content == FEED


def test_a_body_past_ten_megabytes_is_abandoned_while_streaming(server, allow):
    """An endless body (no Content-Length): reading stops at the limit; the server sees the
    connection close long before it would have sent a gigabyte."""
    allow(*LOCAL)
    sent = []

    def endless(handler):
        handler.send_response(200)
        handler.end_headers()
        handler.wfile.write(b"BEGIN:VCALENDAR\r\n")
        chunk = b"X-FILLER:" + b"x" * 65_000 + b"\r\n"
        for _ in range(16_000):  # 1 GB if nobody stopped reading
            handler.wfile.write(chunk)
            sent.append(len(chunk))

    server.routes["/huge.ics"] = endless
    started = time.monotonic()
    with pytest.raises(FetchError) as excinfo:
        fetch(server.url("/huge.ics"))
    assert reason(excinfo) == "too_large"
    assert "zu groß" in excinfo.value.message and "10 MB" in excinfo.value.message
    assert time.monotonic() - started < 5
    time.sleep(0.2)
    assert sum(sent) < 40 * 1024 * 1024  # socket buffers aside, the server was cut off


def test_a_declared_length_past_the_limit_is_refused_before_reading(server, allow):
    allow(*LOCAL)

    def liar(handler):
        handler.send_response(200)
        handler.send_header("Content-Length", str(2 * 1024**3))
        handler.end_headers()
        handler.wfile.write(FEED)

    server.routes["/big.ics"] = liar
    with pytest.raises(FetchError) as excinfo:
        fetch(server.url("/big.ics"))
    assert reason(excinfo) == "too_large"


def test_gzip_is_decoded_and_a_gzip_bomb_stops_at_the_limit(server, allow):
    allow(*LOCAL)
    bomb = gzip.compress(b"BEGIN:VCALENDAR\r\n" + b" " * (200 * 1024 * 1024), compresslevel=9)
    assert len(bomb) < 1024 * 1024
    server.routes["/bomb.ics"] = respond(bomb, headers={"Content-Encoding": "gzip"})
    server.routes["/small.ics"] = respond(gzip.compress(FEED), headers={"Content-Encoding": "gzip"})

    assert fetch(server.url("/small.ics")).content == FEED
    assert server.requests[-1][1]["Accept-Encoding"] == "gzip"
    with pytest.raises(FetchError) as excinfo:
        fetch(server.url("/bomb.ics"))
    assert reason(excinfo) == "too_large"


def test_a_server_that_drips_is_cut_off_at_the_deadline(server, allow):
    """One byte every 0.1 s never trips a per-read timeout; the fetch's deadline ends it."""
    allow(*LOCAL)

    def drip(handler):
        handler.send_response(200)
        handler.end_headers()
        for byte in FEED * 10:
            handler.wfile.write(bytes([byte]))
            handler.wfile.flush()
            time.sleep(0.1)

    server.routes["/slow.ics"] = drip
    started = time.monotonic()
    with pytest.raises(FetchError) as excinfo:
        fetch(server.url("/slow.ics"), timeout=1)
    elapsed = time.monotonic() - started
    assert reason(excinfo) == "timeout"
    assert "Zeitlimit: 1 s" in excinfo.value.message
    assert 0.9 < elapsed < 2.5


def test_a_server_that_never_answers_times_out(server, allow):
    allow(*LOCAL)
    server.routes["/silent.ics"] = lambda handler: time.sleep(3)
    started = time.monotonic()
    with pytest.raises(FetchError) as excinfo:
        fetch(server.url("/silent.ics"), timeout=0.5)
    assert reason(excinfo) == "timeout"
    assert time.monotonic() - started < 2


@pytest.mark.parametrize(
    "body",
    [
        b"<!DOCTYPE html><html><head><title>Anmelden</title></head><body>...</body></html>",
        b"\xef\xbb\xbf\r\n  <html>",
        b"BEGIN:VCARD\r\nVERSION:4.0\r\nEND:VCARD\r\n",
        b"",
    ],
)
def test_html_and_other_content_is_refused(server, allow, body):
    allow(*LOCAL)
    server.routes["/feed.ics"] = respond(body, headers={"Content-Type": "text/calendar"})
    with pytest.raises(FetchError) as excinfo:
        fetch(server.url("/feed.ics"))
    assert reason(excinfo) == "not_ical"
    assert "keine iCal-Datei" in excinfo.value.message


def test_a_byte_order_mark_and_blank_lines_before_the_calendar_are_fine(server, allow):
    allow(*LOCAL)
    body = b"\xef\xbb\xbf\r\n\r\n  begin:vcalendar\r\nEND:VCALENDAR\r\n"
    server.routes["/feed.ics"] = respond(body, headers={"Content-Type": "text/html"})
    assert fetch(server.url("/feed.ics")).content == body


def test_an_error_status_is_reported(server, allow):
    allow(*LOCAL)
    with pytest.raises(FetchError) as excinfo:
        fetch(server.url("/missing.ics"))
    assert reason(excinfo) == "http_status"
    assert "404" in excinfo.value.message


@pytest.mark.parametrize(
    "url,expected",
    [
        ("ftp://example.org/feed.ics", "scheme"),
        ("file:///etc/passwd", "scheme"),
        ("gopher://127.0.0.1:6379/_FLUSHALL", "scheme"),
        ("example.org/feed.ics", "scheme"),
        ("https:///feed.ics", "invalid_url"),
        ("https:example.org", "invalid_url"),
    ],
)
def test_other_schemes_and_broken_addresses_are_refused(allow, url, expected):
    with pytest.raises(FetchError) as excinfo:
        fetch(url)
    assert reason(excinfo) == expected


def test_an_unknown_name_is_reported(allow, resolve):
    resolve(nirgends_example=socket.gaierror(socket.EAI_NONAME, "Name or service not known"))
    with pytest.raises(FetchError) as excinfo:
        fetch("https://nirgends.example/feed.ics")
    assert reason(excinfo) == "dns"
    assert "nirgends.example" in excinfo.value.message


@pytest.fixture
def tls_server(tmp_path, monkeypatch):
    """A https server for partner.test with a certificate from a CA the client trusts here."""
    pytest.importorskip("cryptography")  # installed with the dev tools (moto)
    ca, cert, key = make_tls_files(tmp_path)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    monkeypatch.setenv("SSL_CERT_FILE", str(ca))
    with FeedServer(tls_context=context) as feeds:
        yield feeds


def test_webcal_is_fetched_over_https_with_the_certificate_checked_for_the_name(
    tls_server, allow, resolve
):
    allow("partner.test", "other.test")
    resolve(partner_test="127.0.0.1", other_test="127.0.0.1")
    tls_server.routes["/feed.ics"] = respond(FEED)

    result = fetch(f"webcal://partner.test:{tls_server.port}/feed.ics")
    assert result.content == FEED
    assert result.final_url == f"https://partner.test:{tls_server.port}/feed.ics"
    assert tls_server.requests[-1][1]["Host"] == f"partner.test:{tls_server.port}"

    # Connected to 127.0.0.1, but the certificate is checked for the name asked for.
    with pytest.raises(FetchError) as excinfo:
        fetch(f"webcal://other.test:{tls_server.port}/feed.ics")
    assert reason(excinfo) == "tls"


def test_webcal_does_not_fall_back_to_plain_http(server, allow):
    allow(*LOCAL)
    server.routes["/feed.ics"] = respond(FEED)
    with pytest.raises(FetchError) as excinfo:
        fetch(server.url("/feed.ics", scheme="webcal"))
    assert reason(excinfo) == "tls"
    assert server.paths() == []  # the plain server understood no request


def test_credentials_in_the_address_go_to_that_server_only(server, allow, resolve):
    allow(*LOCAL, "partner.test")
    resolve(partner_test="127.0.0.1")
    server.routes["/feed.ics"] = respond(FEED)
    server.routes["/go"] = redirect(server.url("/feed.ics", host="partner.test"))

    fetch(server.url("/go", host="kalender:geheim@127.0.0.1"))
    (first, first_headers), (second, second_headers) = server.requests
    assert first_headers["Authorization"] == "Basic a2FsZW5kZXI6Z2VoZWlt"
    assert "Authorization" not in second_headers
