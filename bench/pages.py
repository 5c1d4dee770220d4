#!/usr/bin/env python
"""Benchmark: every public page type of the demo site, production settings, page cache off.

    .venv/bin/python bench/pages.py [--rounds 30] [--languages de,ar] [--only home,event]
    .venv/bin/python bench/pages.py --against main      # this checkout and main, interleaved

Each code base runs in a process of its own with a scratch SQLite database made by its own code
(migrate, then load_demo) and its own collected static files, never the project's database.
The pages are found in that database (the first live page of each type with a translation of
its own in every language asked for), requested with Django's test client: a warm-up, one
request counted for SQL queries, then --rounds rounds that request every page once. With
--against REV the parent builds REV in a temporary git worktree and alternates the rounds
between the two processes, so both see the same machine load. It prints figures; it asserts
nothing. See bench/README.md.
"""

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = "de,ar"
# The page kinds in the order of the tables; --only takes these names.
PAGES = [
    "home",
    "events",
    "events-filtered",
    "event",
    "calendar",
    "library",
    "news",
    "post",
    "board",
    "search",
    "content",
]
MEMBER = "mitglied"  # the demo's member account (home/demo/data.py), for the board
WARMUP = 2  # requests per page before the counted one


# --- The child: one code base, its database, its pages ---------------------------------------


def static_fingerprint(root):
    """Changes whenever a static file of `root`'s apps, its settings or the venv's packages do.

    Relative paths and contents, so two checkouts with the same static files share one folder.
    """
    import hashlib
    import sysconfig

    packages = Path(sysconfig.get_paths()["purelib"])
    digest = hashlib.sha256(f"{packages}:{packages.stat().st_mtime_ns}".encode())
    files = list((root / "network_site" / "settings").glob("*.py"))
    for folder in root.glob("*/static"):
        files.extend(path for path in folder.rglob("*") if path.is_file())
    for path in sorted(files):
        digest.update(str(path.relative_to(root)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def static_root(root):
    """Where the collected static files of `root` go: a folder in the temp directory named after
    their fingerprint, reused by later runs (and by the other process) while nothing changed."""
    return Path(tempfile.gettempdir()) / f"pages-bench-static-{static_fingerprint(root)}"


def child_environment(directory, static):
    """Production settings on plain HTTP for the test client's host, all state in `directory`."""
    for key in list(os.environ):
        # Only what is set here configures the site, never the caller's environment.
        if key.startswith(("DJANGO_", "DATABASE_", "REDIS_", "CACHE_", "PAGE_CACHE", "EMAIL_")):
            del os.environ[key]
    for key in ("STATIC_ROOT", "MEDIA_ROOT", "S3_BUCKET", "MEDIA_STORAGE", "TASKS_BACKEND"):
        os.environ.pop(key, None)
    os.environ.update(
        {
            "DJANGO_SETTINGS_MODULE": "network_site.settings.production",
            "SECRET_KEY": "bench-pages-not-secret-" + os.urandom(16).hex(),
            "ALLOWED_HOSTS": "testserver,localhost,127.0.0.1",
            "CSRF_TRUSTED_ORIGINS": "http://testserver",
            "SITE_URL": "http://testserver",
            "SECURE_SSL_REDIRECT": "0",
            "SECURE_HSTS_SECONDS": "0",
            "SECURE_COOKIES": "0",
            "DATABASE_URL": f"sqlite:///{directory / 'bench.sqlite3'}",
            "STATIC_ROOT": str(static),
            "MEDIA_ROOT": str(directory / "media"),
            "CACHE_DIR": str(directory / "cache"),
            "PAGE_CACHE_SECONDS": "0",
            "EMAIL_URL": "memory://",  # the demo may send mail: keep it in memory
            "TASKS_BACKEND": "immediate",
        }
    )


def import_code_from(root):
    """Make `root`'s packages the ones imported, ahead of the editable install of /work/main."""
    sys.path.insert(0, str(root))
    os.chdir(root)
    import home

    where = Path(home.__file__).resolve()
    if not where.is_relative_to(root):
        raise SystemExit(f"home imported from {where}, not from {root}")
    return where


def no_sync(sender, connection, **kwargs):
    """A scratch database being filled need not wait for the disk after each commit."""
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA synchronous = OFF")


def collect_static():
    """collectstatic (hashed, compressed files and their manifest, which the production storage
    needs to render a page) unless an earlier run collected the same files; one process at a
    time, the other waits and reuses them."""
    import fcntl
    import io

    from django.conf import settings
    from django.core.management import call_command

    folder = Path(settings.STATIC_ROOT)
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder.with_suffix(".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if (folder / "staticfiles.json").exists():
            return "reused"
        call_command("collectstatic", "--noinput", verbosity=0, stdout=io.StringIO())
    return "collected"


def prepare():
    """migrate and load_demo with this code base's own commands, its static files; seconds each.

    While they run, SQLite does not sync each commit to disk; the pages are then measured on a
    new connection with the production settings' defaults.
    """
    import io

    from django.core.management import call_command
    from django.db import connection
    from django.db.backends.signals import connection_created

    seconds = {}
    connection.close()
    connection_created.connect(no_sync)
    try:
        for name, args in [
            ("migrate", ["migrate", "--noinput"]),
            ("load_demo", ["load_demo"]),
        ]:
            started = time.perf_counter()
            call_command(*args, verbosity=0, stdout=io.StringIO())
            seconds[name] = f"{time.perf_counter() - started:.1f} s"
    finally:
        connection_created.disconnect(no_sync)
        connection.close()
    started = time.perf_counter()
    done = collect_static()
    seconds["collectstatic"] = f"{time.perf_counter() - started:.1f} s ({done})"
    return seconds


def own_pages(model, languages, public=True):
    """{language: page}: the first page (tree order) with a translation of its own (no alias) in
    every language; where there is none, the first of the language that is no alias, else any."""
    from django.apps import apps

    pages = apps.get_model(model).objects.live().filter(locale__language_code__in=languages)
    if public:
        pages = pages.public()
    pages = list(pages.select_related("locale").order_by("path"))
    by_key = {}
    for page in pages:
        by_key.setdefault(page.translation_key, {})[page.locale.language_code] = page
    for translations in by_key.values():
        if all(
            language in translations and translations[language].alias_of_id is None
            for language in languages
        ):
            return translations
    chosen = {}
    for language in languages:
        mine = [page for page in pages if page.locale.language_code == language]
        own = [page for page in mine if page.alias_of_id is None]
        if own or mine:
            chosen[language] = (own or mine)[0]
    return chosen


def event_filters(index):
    """A filter a visitor would use: the place with the most events of the index, free only."""
    from django.db.models import Count

    from eventpages.models import EventPage

    place = (
        EventPage.objects.live()
        .descendant_of(index)
        .exclude(venue__municipality__isnull=True)
        .values("venue__municipality__slug")
        .annotate(events=Count("id"))
        .order_by("-events", "venue__municipality__slug")
        .first()
    )
    if place is None:
        return "free=1"
    return f"municipality={place['venue__municipality__slug']}&free=1"


def search_word(page):
    """The longest word of the page's title: something the site search finds."""
    words = ["".join(char for char in word if char.isalnum()) for word in page.title.split()]
    return max(words, key=len) or page.title


def subpage_url(page, name, fallback):
    try:
        return page.url + page.reverse_subpage(name)
    except Exception:  # an older revision without the named route
        return page.url + fallback


def discover(languages):
    """[(key, language, name, url, member)] for every page kind found, and what was not found."""
    from django.urls import reverse
    from django.utils import translation

    found, missing = [], []

    def pick(model, public=True):
        try:
            return own_pages(model, languages, public)
        except LookupError:  # the model does not exist in this code base
            return {}

    homes = pick("home.HomePage")
    indexes = pick("eventpages.EventIndexPage")
    events = pick("eventpages.EventPage")
    libraries = pick("docpages.DocumentLibraryPage")
    news = pick("blogpages.BlogIndexPage")
    posts = pick("blogpages.BlogPage")
    boards = pick("exchange.BoardPage", public=False)
    contents = pick("home.ContentPage")
    for language in languages:
        urls = {}
        if language in homes:
            urls["home"] = homes[language].url
        if language in indexes:
            index = indexes[language]
            urls["events"] = index.url
            try:
                urls["events-filtered"] = f"{index.url}?{event_filters(index)}"
            except Exception as error:  # fields renamed in another revision
                urls["events-filtered"] = f"{index.url}?free=1"
                print(f"event filters: {error}", file=sys.stderr)
            urls["calendar"] = subpage_url(index, "calendar", "calendar/")
        if language in events:
            urls["event"] = events[language].url
        if language in libraries:
            urls["library"] = libraries[language].url
        if language in news:
            urls["news"] = news[language].url
        if language in posts:
            urls["post"] = posts[language].url
        if language in boards:
            urls["board"] = boards[language].url
        if language in events:
            with translation.override(language):
                search = reverse("search")
            urls["search"] = f"{search}?{urlencode({'q': search_word(events[language])})}"
        if language in contents:
            urls["content"] = contents[language].url
        for name in PAGES:
            if name in urls:
                found.append((f"{language} {name}", language, name, urls[name], name == "board"))
            else:
                missing.append(f"{language} {name}")
    return found, missing


def clients():
    """(anonymous client, member client); the member is logged in with force_login."""
    from django.contrib.auth import get_user_model
    from django.test import Client

    member = Client()
    user = get_user_model().objects.filter(username=MEMBER).first()
    if user is not None:
        member.force_login(user)
    return Client(), member


def fetch(client, url):
    response = client.get(url)
    if getattr(response, "streaming", False):
        return response, b"".join(response.streaming_content)
    return response, response.content


def warm_up(pages, anonymous, member):
    """Warm each page up, then count the SQL queries of one more request."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    figures = {}
    for key, _language, _name, url, members_only in pages:
        client = member if members_only else anonymous
        try:
            for _ in range(WARMUP):
                fetch(client, url)
            # Forces the debug cursor (DEBUG is False in production) for this request only.
            with CaptureQueriesContext(connection) as queries:
                response, content = fetch(client, url)
            figures[key] = {
                "url": url,
                "status": response.status_code,
                "queries": len(queries),
                "bytes": len(content),
            }
        except Exception as error:
            figures[key] = {"url": url, "error": f"{type(error).__name__}: {error}"[:200]}
    return figures


def child(options):
    """Answer the parent's commands, one JSON line each, on the real standard output.

    Anything else printed (Django's commands, the demo's mails) goes to standard error, so the
    pipe carries only the protocol.
    """
    protocol = os.fdopen(os.dup(1), "w", buffering=1)
    os.dup2(2, 1)
    sys.stdout = sys.stderr

    def send(message):
        protocol.write(json.dumps(message) + "\n")

    root = Path(options.root).resolve()
    directory = Path(options.directory)
    child_environment(directory, static_root(root))
    imported_from = import_code_from(root)

    import django

    django.setup()
    seconds = prepare()
    languages = options.languages.split(",")
    pages, missing = discover(languages)
    if options.only:
        pages = [page for page in pages if page[2] in options.only]
        missing = [key for key in missing if key.split()[1] in options.only]
    anonymous, member = clients()
    figures = warm_up(pages, anonymous, member)
    send(
        {
            "ready": True,
            "home": str(imported_from),
            "seconds": seconds,
            "figures": figures,
            "missing": missing,
        }
    )
    timed = {key: (url, members_only) for key, _, _, url, members_only in pages}
    timed = {key: value for key, value in timed.items() if "error" not in figures[key]}
    for line in sys.stdin:
        command = json.loads(line)
        if command["do"] == "quit":
            break
        times = {}
        for key in command["order"]:
            if key not in timed:
                continue
            url, members_only = timed[key]
            client = member if members_only else anonymous
            started = time.perf_counter()
            fetch(client, url)
            times[key] = time.perf_counter() - started
        send({"times": times})


# --- The parent: worktree, processes, rounds, table ------------------------------------------


class Run:
    """One code base in its own process, answering over pipes."""

    def __init__(self, label, root, scratch, options):
        self.label = label
        self.root = root
        self.directory = scratch / label
        self.directory.mkdir()
        self.log_path = self.directory / "child.log"
        self.times = {}
        command = [
            sys.executable,
            str(Path(__file__).resolve()),
            "--child",
            "--root",
            str(root),
            "--directory",
            str(self.directory),
            "--languages",
            options.languages,
        ]
        if options.only:
            command += ["--only", ",".join(options.only)]
        self._log = open(self.log_path, "w")
        self.process = subprocess.Popen(
            command,
            cwd=root,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._log,
            text=True,
            bufsize=1,
        )

    def receive(self):
        line = self.process.stdout.readline()
        if not line:
            self.process.wait()
            self._log.flush()
            tail = self.log_path.read_text(errors="replace").splitlines()[-25:]
            raise RuntimeError(
                f"{self.label}: the process ended (exit {self.process.returncode}); "
                f"its log {self.log_path} ends:\n" + "\n".join(tail)
            )
        return json.loads(line)

    def send(self, message):
        self.process.stdin.write(json.dumps(message) + "\n")
        self.process.stdin.flush()

    def ready(self):
        message = self.receive()
        self.home = message["home"]
        self.seconds = message["seconds"]
        self.figures = message["figures"]
        self.missing = message["missing"]

    def round(self, order):
        self.send({"do": "round", "order": order})
        for key, seconds in self.receive()["times"].items():
            self.times.setdefault(key, []).append(seconds)

    def median_ms(self, key):
        times = self.times.get(key)
        return statistics.median(times) * 1000 if times else None

    def stop(self):
        if self.process.poll() is None:
            try:
                self.send({"do": "quit"})
                self.process.wait(timeout=10)
            except (OSError, subprocess.TimeoutExpired):
                self.process.kill()
                self.process.wait()
        self._log.close()


def git(*args, cwd=ROOT):
    return subprocess.run(
        ["git", *args], cwd=cwd, check=True, capture_output=True, text=True
    ).stdout.strip()


def describe(root, worktree=False):
    commit = git("rev-parse", "--short", "HEAD", cwd=root)
    if worktree:
        return f"{root} ({commit})"
    changed = git("status", "--porcelain", cwd=root)
    return f"{root} ({commit}{', with uncommitted changes' if changed else ''})"


def load_average():
    return "load average (1, 5, 15 min): {:.2f} {:.2f} {:.2f}".format(*os.getloadavg())


def page_keys(runs, languages):
    """Every page any run found, in table order."""
    keys = {key for run in runs for key in run.figures}
    return [
        f"{language} {name}"
        for language in languages
        for name in PAGES
        if f"{language} {name}" in keys
    ]


def fmt(value, spec, width):
    return f"{'–':>{width}}" if value is None else f"{value:>{width}{spec}}"


def figure(run, key, field):
    result = run.figures.get(key, {})
    return result.get(field)


def print_single(run, keys):
    print(f"\n{'page':<20} {'queries':>7} {'median ms':>9} {'min ms':>7} {'KB':>6}  status")
    print("-" * 58)
    for key in keys:
        times = run.times.get(key)
        status = figure(run, key, "status")
        size = figure(run, key, "bytes")
        print(
            f"{key:<20} {fmt(figure(run, key, 'queries'), 'd', 7)} "
            f"{fmt(run.median_ms(key), '.1f', 9)} "
            f"{fmt(min(times) * 1000 if times else None, '.1f', 7)} "
            f"{fmt(size / 1024 if size is not None else None, '.0f', 6)}  "
            f"{status if status is not None else 'error'}"
        )


def print_against(old, new, keys):
    print(
        f"\n{'page':<20} {'queries':>11} {'median ms':>15} {'new/old':>7} {'KB':>11}"
        f"\n{'':<20} {'old':>5} {'new':>5} {'old':>7} {'new':>7} {'':>7} {'old':>5} {'new':>5}"
    )
    print("-" * 68)
    ratios = {}
    for key in keys:
        old_ms, new_ms = old.median_ms(key), new.median_ms(key)
        ratio = new_ms / old_ms if old_ms and new_ms else None
        if ratio is not None:
            ratios.setdefault(key.split()[0], []).append(ratio)
        sizes = [figure(run, key, "bytes") for run in (old, new)]
        kbs = [size / 1024 if size is not None else None for size in sizes]
        statuses = {figure(run, key, "status") for run in (old, new)} - {200}
        note = f"  status {'/'.join(str(s) for s in statuses)}" if statuses else ""
        print(
            f"{key:<20} {fmt(figure(old, key, 'queries'), 'd', 5)} "
            f"{fmt(figure(new, key, 'queries'), 'd', 5)} {fmt(old_ms, '.1f', 7)} "
            f"{fmt(new_ms, '.1f', 7)} {fmt(ratio, '.2f', 7)} {fmt(kbs[0], '.0f', 5)} "
            f"{fmt(kbs[1], '.0f', 5)}{note}"
        )
    for language, values in ratios.items():
        mean = statistics.geometric_mean(values)
        print(f"{language}: geometric mean of the ratios new/old {mean:.2f} ({len(values)} pages)")


def print_details(runs, keys):
    for run in runs:
        print(f"\n{run.label}: {run.root}")
        print(f"  imported from {run.home}")
        steps = ", ".join(f"{name} {seconds}" for name, seconds in run.seconds.items())
        print(f"  prepared: {steps}")
        for key in keys:
            result = run.figures.get(key)
            if result is None:
                continue
            print(f"  {key:<20} {result['url']}")
            if "error" in result:
                print(f"  {'':<20} not measured: {result['error']}")
        if run.missing:
            print(f"  no page found for: {', '.join(run.missing)}")


def measure(runs, keys, rounds, seed):
    """Rounds in turn: each run requests every page once, in the same shuffled order; which
    run goes first alternates, so neither always follows the other."""
    started = time.perf_counter()
    for number in range(rounds):
        order = list(keys)
        random.Random(seed + number).shuffle(order)
        for run in runs if number % 2 == 0 else reversed(runs):
            run.round(order)
        if (number + 1) % 10 == 0 or number + 1 == rounds:
            elapsed = time.perf_counter() - started
            print(f"  round {number + 1}/{rounds}, {elapsed:.0f} s", flush=True)


def parent(options):
    languages = options.languages.split(",")
    print(load_average())
    scratch = Path(tempfile.mkdtemp(prefix="pages-bench-"))
    worktree = None
    runs = []
    started = time.perf_counter()
    try:
        if options.against:
            worktree = scratch / "worktree"
            git("worktree", "add", "--detach", str(worktree), options.against)
            print(f"old: {options.against} = {describe(worktree, worktree=True)}")
            print(f"new: this checkout, {describe(ROOT)}")
            runs.append(Run("old", worktree, scratch, options))
            runs.append(Run("new", ROOT, scratch, options))
        else:
            print(f"this checkout: {describe(ROOT)}")
            runs.append(Run("this", ROOT, scratch, options))
        print(
            f"preparing {len(runs)} scratch site(s) in {scratch} "
            "(migrate, load_demo, collectstatic, warm-up) ...",
            flush=True,
        )
        for run in runs:
            run.ready()
        print(f"ready after {time.perf_counter() - started:.0f} s", flush=True)
        keys = page_keys(runs, languages)
        print(f"{options.rounds} rounds of {len(keys)} pages per code base ...", flush=True)
        measure(runs, keys, options.rounds, options.seed)
        if options.against:
            print_against(runs[0], runs[1], keys)
        else:
            print_single(runs[0], keys)
        print_details(runs, keys)
        print(f"\ntotal {time.perf_counter() - started:.0f} s")
        print(load_average())
    finally:
        for run in runs:
            run.stop()
        if worktree is not None:
            subprocess.run(
                ["git", "worktree", "remove", "--force", str(worktree)],
                cwd=ROOT,
                capture_output=True,
            )
        if options.keep:
            print(f"kept {scratch} (the databases, media and logs)")
        else:
            shutil.rmtree(scratch, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rounds", type=int, default=30, help="timed rounds (default 30)")
    parser.add_argument(
        "--languages", default=LANGUAGES, help=f"comma-separated (default {LANGUAGES})"
    )
    parser.add_argument(
        "--against",
        metavar="REV",
        help="a git revision to compare with (built in a temporary worktree)",
    )
    parser.add_argument(
        "--only",
        type=lambda value: [name.strip() for name in value.split(",") if name.strip()],
        help=f"comma-separated page names among: {', '.join(PAGES)}",
    )
    parser.add_argument("--keep", action="store_true", help="keep the scratch databases and logs")
    parser.add_argument("--seed", type=int, default=2026, help="seed of the rounds' order")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--root", help=argparse.SUPPRESS)
    parser.add_argument("--directory", help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.only:
        unknown = set(options.only) - set(PAGES)
        if unknown:
            parser.error(f"unknown page names: {', '.join(sorted(unknown))}")
    if options.child:
        child(options)
    else:
        parent(options)


if __name__ == "__main__":
    main()
