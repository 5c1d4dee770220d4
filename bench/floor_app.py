"""The floor of `bench/load.py --floor`: the cheapest answer gunicorn can give, 20 KB of HTML.

A WSGI application with no framework, no database and no cache: every request gets the same
20 KB page (about a cached page of the site's size). Served by gunicorn with the site's own
settings (network_site/gunicorn.conf.py: workers, threads, recycling), under the same visitors
in the same run, it shows what the server, the network stack and the load generator cost on
this machine, so that the site's cached throughput can be read as a share of it.
"""

SIZE = 20 * 1024

_PARAGRAPH = (
    "<p>Beratung, Sprachkurse und Treffen im Netzwerk: Termine, Orte und Ansprechpartner "
    "für alle, die neu angekommen sind oder anderen dabei helfen.</p>\n"
)
_HEAD = (
    '<!doctype html>\n<html lang="de"><head><meta charset="utf-8">'
    "<title>Floor</title></head><body>\n"
)
_TAIL = "</body></html>\n"


def _body():
    text = _HEAD
    while len((text + _PARAGRAPH + _TAIL).encode()) <= SIZE:
        text += _PARAGRAPH
    text += _TAIL
    data = text.encode()
    return data + b" " * (SIZE - len(data))  # exactly SIZE bytes


BODY = _body()
HEADERS = [
    ("Content-Type", "text/html; charset=utf-8"),
    ("Content-Length", str(len(BODY))),
    ("Cache-Control", "max-age=600"),
]


def application(environ, start_response):
    start_response("200 OK", HEADERS)
    return [BODY]
