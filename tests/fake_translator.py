"""A small machine translator for tests: speaks LibreTranslate's and DeepL's APIs on 127.0.0.1
(a random port, a thread of this process), so no test reaches the network.

It "translates" deterministically: each text node gets the target language's code in front
("[ar] Hallo"); tags stay as they are, and so does what a provider leaves alone (elements with
translate="no", and for DeepL the `ignore_tags`). DeepL's glossaries replace their terms.
Every request is recorded (`requests`: method, path, headers, JSON body).

Behaviours, switched by `behave(...)`: "slow" (answers after `delay` seconds), "error500",
"bad_key" (403), "quota" (LibreTranslate 429, DeepL 456), "key_limit" (403 for the key's
limit), "garbage" (not JSON), and
`refuse_pairs` (400 for those (source, target) pairs), `refuse_glossary_pairs` (DeepL: no
glossaries for them), `move_placeholders` (the machine puts placeholders at the end).

The `fake_translator` fixture (imported into tests/conftest.py) starts it once per session and
points the settings at it for a test: LibreTranslate by default, `fake_translator.use("deepl")`
for DeepL.
"""

import json
import re
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

TAG = re.compile(r"(<[^>]*>)")
OPENING = re.compile(r"<\s*([a-zA-Z][\w-]*)([^>]*)>")
CLOSING = re.compile(r"<\s*/\s*([a-zA-Z][\w-]*)\s*>")
VOID = {"br", "img", "hr"}


def prefix_markup(markup, code, ignored=()):
    """Prefix each text node with "[code] ", leaving alone what the provider must not touch."""
    parts, stack = [], []
    for part in TAG.split(markup):
        if part.startswith("<"):
            if closing := CLOSING.match(part):
                if stack and stack[-1][0] == closing.group(1).lower():
                    stack.pop()
            elif (opening := OPENING.match(part)) and not part.endswith("/>"):
                name = opening.group(1).lower()
                if name not in VOID:
                    skip = name in ignored or 'translate="no"' in opening.group(2)
                    stack.append((name, skip))
            parts.append(part)
        elif part.strip() and not any(skip for _name, skip in stack):
            parts.append(f"[{code}] {part}")
        else:
            parts.append(part)
    return "".join(parts)


def prefix_text(text, code):
    return "\n".join(f"[{code}] {line}" if line.strip() else line for line in text.split("\n"))


PLACEHOLDER = re.compile(r"<(span|keep)\b[^>]*data-glossary[^>]*>.*?</\1>", re.DOTALL)


def move_placeholders(text):
    """What a real machine may do: reorder words, placeholders with them."""
    found = [match.group(0) for match in PLACEHOLDER.finditer(text)]
    if not found:
        return text
    return PLACEHOLDER.sub("", text) + " " + " ".join(found)


class FakeTranslator:
    def __init__(self):
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self.handler_class())
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.lock = threading.Lock()
        self.reset()

    def start(self):
        self.thread.start()
        return self

    def stop(self):
        self.server.shutdown()
        self.server.server_close()

    def reset(self):
        with self.lock:
            self.requests = []
            self.glossaries = {}
            self.behaviour = None
            self.delay = 2.0
            self.refuse_pairs = set()
            self.refuse_glossary_pairs = set()
            self.move_placeholders = False

    def behave(self, behaviour=None, **options):
        self.behaviour = behaviour
        for name, value in options.items():
            setattr(self, name, value)

    def requests_to(self, path):
        return [request for request in self.requests if request["path"] == path]

    # The answers

    def answer(self, method, path, headers, body):
        """(status, JSON-able or raw bytes) for one request."""
        provider = "deepl" if path.startswith("/v2/") else "libretranslate"
        if self.behaviour == "slow":
            time.sleep(self.delay)
        if self.behaviour == "error500":
            return 500, {"error": "Internal Server Error"}
        if self.behaviour == "garbage":
            return 200, b"<html>Bad gateway</html>"
        if self.behaviour == "bad_key":
            return 403, {
                "error": "Invalid API key",
                "message": "Wrong endpoint or authorization failed.",
            }
        if self.behaviour == "key_limit":  # LibreTranslate: the key's own limit
            return 403, {"error": "The character limit of this API key has been reached"}
        if self.behaviour == "quota":
            if provider == "deepl":
                return 456, {"message": "Quota exceeded. The character limit has been reached."}
            return 429, {"error": "Too many request limits violations"}
        if path == "/translate" and method == "POST":
            return self.libretranslate(body)
        if path == "/v2/translate" and method == "POST":
            return self.deepl(body)
        if path == "/v2/glossaries" and method == "POST":
            return self.create_glossary(body)
        if path.startswith("/v2/glossaries/") and method == "DELETE":
            self.glossaries.pop(path.rsplit("/", 1)[1], None)
            return 204, None
        return 404, {"error": "Not found"}

    def libretranslate(self, body):
        source, target = body.get("source"), body.get("target")
        if (source, target) in self.refuse_pairs:
            return 400, {"error": f"{target} is not supported"}
        texts = body["q"] if isinstance(body["q"], list) else [body["q"]]
        html = body.get("format") == "html"
        translated = [self.convert(text, target, html=html) for text in texts]
        if not isinstance(body["q"], list):
            translated = translated[0]
        return 200, {"translatedText": translated}

    def deepl(self, body):
        source, target = body.get("source_lang"), body.get("target_lang")
        if (source, target) in self.refuse_pairs:
            return 400, {"message": "Value for 'target_lang' not supported."}
        glossary = None
        if body.get("glossary_id"):
            glossary = self.glossaries.get(body["glossary_id"])
            if glossary is None:
                return 404, {"message": "Glossary not found"}
        code = target.split("-")[0].lower()
        html = body.get("tag_handling") == "xml"
        ignored = tuple(body.get("ignore_tags") or ())
        translations = []
        for text in body["text"]:
            terms = {}
            if glossary:
                for index, (term, wanted) in enumerate(glossary["entries"].items()):
                    token = f"<glossary{index}/>"
                    terms[token] = wanted
                    text = re.sub(rf"(?<!\w){re.escape(term)}(?!\w)", token, text)
            converted = self.convert(text, code, html=html or bool(terms), ignored=ignored)
            for token, wanted in terms.items():
                converted = converted.replace(token, wanted)
            translations.append({"detected_source_language": source, "text": converted})
        return 200, {"translations": translations}

    def create_glossary(self, body):
        pair = (body["source_lang"], body["target_lang"])
        if pair in self.refuse_glossary_pairs:
            return 400, {"message": "Unsupported glossary source and target language pair"}
        entries = dict(line.split("\t") for line in body["entries"].splitlines() if line)
        glossary_id = f"glossary-{len(self.glossaries) + 1}-{pair[0]}-{pair[1]}"
        self.glossaries[glossary_id] = {"pair": pair, "entries": entries}
        return 201, {"glossary_id": glossary_id, "name": body["name"], "ready": True}

    def convert(self, text, code, *, html, ignored=()):
        code = code.split("-")[0].lower()
        result = prefix_markup(text, code, ignored) if html else prefix_text(text, code)
        return move_placeholders(result) if self.move_placeholders else result

    def handler_class(self):
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def handle_any(self):
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length) if length else b""
                try:
                    body = json.loads(raw) if raw else {}
                except ValueError:
                    body = {"_raw": raw.decode("utf-8", "replace")}
                with fake.lock:
                    fake.requests.append(
                        {
                            "method": self.command,
                            "path": self.path,
                            "headers": dict(self.headers),
                            "json": body,
                        }
                    )
                status, answer = fake.answer(self.command, self.path, self.headers, body)
                payload = (
                    answer
                    if isinstance(answer, bytes)
                    else b""
                    if answer is None
                    else json.dumps(answer).encode()
                )
                try:
                    self.send_response(status)
                    if not isinstance(answer, bytes):
                        self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(payload)))
                    self.end_headers()
                    self.wfile.write(payload)
                except OSError:
                    pass  # the client gave up waiting ("slow")

            do_POST = do_DELETE = do_GET = handle_any

        return Handler


class Switch:
    """What a test holds: the server, and the settings pointed at it."""

    TRANSLATOR = {"CLASS": "core.machine_translation.localize.CountyTranslator", "OPTIONS": {}}

    def __init__(self, server, settings):
        self.server, self.settings = server, settings

    def __getattr__(self, name):
        return getattr(self.server, name)

    def use(self, provider="libretranslate", *, key=None, timeout=5, private_ok=False):
        self.settings.MACHINE_TRANSLATION = provider
        self.settings.MACHINE_TRANSLATION_URL = self.server.url
        if key is None:
            key = "test-key" if provider == "deepl" else ""
        self.settings.MACHINE_TRANSLATION_KEY = key
        self.settings.MACHINE_TRANSLATION_TIMEOUT = timeout
        self.settings.MACHINE_TRANSLATION_PRIVATE_OK = private_ok
        self.settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = self.TRANSLATOR
        return self


@pytest.fixture(scope="session")
def fake_translator_server():
    server = FakeTranslator().start()
    yield server
    server.stop()


@pytest.fixture
def fake_translator(fake_translator_server, settings):
    """The fake provider, the settings pointed at it (LibreTranslate; `.use("deepl")`)."""
    fake_translator_server.reset()
    yield Switch(fake_translator_server, settings).use()
    fake_translator_server.reset()
