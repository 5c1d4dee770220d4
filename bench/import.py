#!/usr/bin/env python
"""Benchmark: a partner's calendar of 2,000 events imported, synced again unchanged, 1 % changed.

    .venv/bin/python bench/import.py                        # SQLite scratch file, 2,000 events
    .venv/bin/python bench/import.py --events 500 --profile 30
    .venv/bin/python bench/import.py --against main --rounds 3   # main and this tree, interleaved
    .venv/bin/python bench/import.py --database-url postgres://postgres@127.0.0.1:5432/bench_import

Generates a feed as partners write them (seeded, so every run and code base reads the same
events): single dates, weekly series with EXDATEs, a few with RECURRENCE-ID overrides (a date
moved or called off), monthly series, all-day and multi-day events, about 30 places (a few of
them video links), CATEGORIES, plain and HTML (X-ALT-DESC) descriptions, times in
Europe/Berlin with the feed's VTIMEZONE. A local HTTP server thread serves it
(tests/eventpages/ical_import/feed_server.py; ICAL_IMPORT_ALLOWED_HOSTS lets 127.0.0.1 through).

Each measurement runs in a process of its own on a scratch database: SQLite, a file in a new
temporary directory (migrated and the tests' minimal site built once per code base, then
copied for each round); PostgreSQL, the database named in --database-url (its name must start
with `bench_`; dropped, created and migrated each round). The calendar is a snippet below the
minimal site's event index, German, publishing directly (--drafts: as drafts), with a category
mapping for two of the feed's categories and a default category. Then, timed with
eventpages.ical_import.sync.sync as the hourly command calls it:

1. the first import (every event a page, a revision, its dates, six aliases);
2. the same feed again with `force=True` (fetched and parsed, nothing to write);
3. the feed with 1 % of the events changed (a new title, every other one a new time).

For each it prints wall time, milliseconds per event of the feed, the SQL statements
(all, and INSERT/UPDATE/DELETE by table) and the rows each table gained or lost. With
--against REV the parent builds REV in a temporary git worktree and alternates rounds between
the two code bases (which goes first alternates too), then prints new/old ratios per round
and their median. `--profile N` prints the first import's N most expensive functions
(cProfile, cumulative). Asserts nothing (bench/README.md).
"""

import argparse
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from datetime import date, datetime, timedelta
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
PARTNER = "https://vhs-burgenlandkreis.example"
PROFILE_FILE = Path(tempfile.gettempdir()) / "bench-import-first.prof"
PHASES = ["first import", "unchanged (force)", "1 % changed"]

# ------------------------------------------------------------------------------ the feed

PLACES = [
    "Bürgerhaus Zeitz, Markt 3, 06712 Zeitz",
    "Stadtbibliothek Naumburg, Lindenring 9, 06618 Naumburg",
    "Volkshochschule Weißenfels, Friedrichstraße 18, 06667 Weißenfels",
    "Mehrgenerationenhaus Hohenmölsen",
    "Kulturhaus Teuchern, Bahnhofstraße 1, 06682 Teuchern",
    "Jugendclub Osterfeld",
    "Rathaus Lützen, Markt 1, 06686 Lützen",
    "Gemeindezentrum St. Michael, Domplatz 2, 06712 Zeitz",
    "Sporthalle Am Schwanenteich, 06712 Zeitz",
    "Familienzentrum Regenbogen, Weinberg 4, 06618 Naumburg",
    "Begegnungsstätte Kastanie",
    "Café International, Rossmarkt 5, 06712 Zeitz",
    "Schloss Moritzburg, Schlossstraße 6, 06712 Zeitz",
    "Frauenzentrum Lila, Nikolaistraße 12, 06667 Weißenfels",
    "Stadtteiltreff Ost",
    "Kirchgemeindehaus Droyßig",
    "Tafel Burgenlandkreis, Leipziger Straße 50, 06712 Zeitz",
    "Integrationsbüro, Schützenplatz 1, 06618 Naumburg",
    "Seniorenbegegnungsstätte Elsteraue",
    "Haus der Vereine, Am Kloster 7, 06682 Teuchern",
    "Museum Schloss Neu-Augustusburg, 06667 Weißenfels",
    "Stadtpark Zeitz",
    "Sprachschule Lingua, Badstubenvorstadt 1, 06712 Zeitz",
    "Jobcenter Burgenlandkreis, Humboldtstraße 2, 06712 Zeitz",
    "Nachbarschaftsgarten Süd",
    "Turnhalle Grundschule Nord, 06667 Weißenfels",
    "https://treffen.example.org/sprachcafe",
    "https://meet.example.org/beratung",
    "",  # no place
]
CATEGORIES = [
    ["Sprachkurs"],
    ["Beratung"],
    ["Kultur", "Musik"],
    ["Sport"],
    ["Familie"],
    ["Beratung", "Arbeit"],
    [],
]
TITLES = [
    "Sprachcafé",
    "Deutschkurs A1",
    "Beratung zu Aufenthalt und Arbeit",
    "Elterncafé",
    "Konzert im Park",
    "Nähwerkstatt",
    "Fußball für alle",
    "Hausaufgabenhilfe",
    "Interkulturelles Frühstück",
    "Bewerbungstraining",
    "Lesung: Ankommen",
    "Frauenschwimmen",
]
WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
VTIMEZONE = """BEGIN:VTIMEZONE
TZID:Europe/Berlin
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE
"""


def escape(text):
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line):
    """RFC 5545 folding: lines of at most 75 characters, continued after CRLF + space."""
    parts = [line[:74]]
    rest = line[74:]
    while rest:
        parts.append(" " + rest[:73])
        rest = rest[73:]
    return "\r\n".join(parts)


def local(moment):
    return f";TZID=Europe/Berlin:{moment:%Y%m%dT%H%M%S}"


def day(value):
    return f";VALUE=DATE:{value:%Y%m%d}"


def event_specs(count, seed, today):
    """The feed's events as dicts (kind, dates, texts), the same for a seed and a day."""
    rng = random.Random(seed)
    specs = []
    for number in range(count):
        roll = rng.random()
        kind = (
            "single"
            if roll < 0.55
            else "weekly"
            if roll < 0.80
            else "monthly"
            if roll < 0.85
            else "allday"
            if roll < 0.95
            else "multiday"
        )
        first = today + timedelta(days=rng.randrange(1, 300))
        start = datetime(first.year, first.month, first.day, rng.choice([9, 10, 14, 16, 18, 19]))
        start += timedelta(minutes=rng.choice([0, 0, 15, 30]))
        title = f"{rng.choice(TITLES)} {number + 1}"
        paragraphs = rng.randrange(1, 4)
        text = "\n\n".join(
            f"Absatz {p + 1} zu {title}: Treffpunkt am Eingang, bitte pünktlich sein. "
            "Eine Anmeldung ist nicht nötig; Kinder sind willkommen."
            for p in range(paragraphs)
        )
        spec = {
            "uid": f"bench-{number:05d}@vhs-burgenlandkreis.example",
            "kind": kind,
            "start": start,
            "minutes": rng.choice([60, 90, 120, 180]),
            "title": title,
            "text": text,
            "html": rng.random() < 0.4,
            "place": rng.choice(PLACES),
            "categories": rng.choice(CATEGORIES),
            "url": f"{PARTNER}/kurse/{number}" if rng.random() < 0.7 else "",
            "sequence": rng.randrange(0, 3),
        }
        if kind == "weekly":
            weeks = rng.randrange(6, 30)
            spec["weeks"] = weeks
            spec["until"] = rng.random() < 0.5
            skipped = min(weeks - 1, rng.randrange(1, 4))
            spec["exdates"] = sorted(rng.sample(range(1, weeks), k=skipped))
            if rng.random() < 0.06:  # a date moved or called off in the source
                spec["override"] = (rng.choice(spec["exdates"]) + 1, rng.random() < 0.5)
                if spec["override"][0] >= weeks or spec["override"][0] in spec["exdates"]:
                    spec.pop("override")
        elif kind == "monthly":
            spec["count"] = rng.randrange(3, 12)
        elif kind == "multiday":
            spec["days"] = rng.randrange(2, 5)
        specs.append(spec)
    return specs


def vevent(spec, stamp):
    lines = [
        "BEGIN:VEVENT",
        f"UID:{spec['uid']}",
        f"DTSTAMP:{stamp}",
        f"SEQUENCE:{spec['sequence']}",
        f"SUMMARY:{escape(spec['title'])}",
    ]
    start = spec["start"]
    if spec["kind"] in ("allday", "multiday"):
        first = start.date()
        lines += [
            f"DTSTART{day(first)}",
            f"DTEND{day(first + timedelta(days=spec.get('days', 1)))}",
        ]
    else:
        lines += [
            f"DTSTART{local(start)}",
            f"DTEND{local(start + timedelta(minutes=spec['minutes']))}",
        ]
    if spec["kind"] == "weekly":
        byday = WEEKDAYS[start.weekday()]
        if spec["until"]:
            # The last date's day, 21:00 UTC: after its start in Berlin, summer or winter.
            last = (start + timedelta(weeks=spec["weeks"] - 1)).replace(hour=21, minute=0)
            lines.append(f"RRULE:FREQ=WEEKLY;BYDAY={byday};UNTIL={last:%Y%m%dT%H%M%SZ}")
        else:
            lines.append(f"RRULE:FREQ=WEEKLY;BYDAY={byday};COUNT={spec['weeks']}")
        exdates = ",".join(f"{start + timedelta(weeks=w):%Y%m%dT%H%M%S}" for w in spec["exdates"])
        lines.append(f"EXDATE;TZID=Europe/Berlin:{exdates}")
    elif spec["kind"] == "monthly":
        lines.append(f"RRULE:FREQ=MONTHLY;BYMONTHDAY={start.day};COUNT={spec['count']}")
    if spec["place"]:
        lines.append(f"LOCATION:{escape(spec['place'])}")
    if spec["categories"]:
        lines.append(f"CATEGORIES:{','.join(spec['categories'])}")
    if spec["url"]:
        lines.append(f"URL:{spec['url']}")
    lines.append(f"DESCRIPTION:{escape(spec['text'])}")
    if spec["html"]:
        html = "".join(
            f"<p>{paragraph.replace('pünktlich', '<b>pünktlich</b>')}</p>"
            for paragraph in spec["text"].split("\n\n")
        )
        lines.append(f"X-ALT-DESC;FMTTYPE=text/html:{escape(html)}")
    lines.append("END:VEVENT")
    override = spec.get("override")
    if override:
        week, called_off = override
        original = start + timedelta(weeks=week)
        moved = original + timedelta(hours=0 if called_off else 2)
        lines += [
            "BEGIN:VEVENT",
            f"UID:{spec['uid']}",
            f"DTSTAMP:{stamp}",
            f"SEQUENCE:{spec['sequence'] + 1}",
            f"RECURRENCE-ID{local(original)}",
            f"SUMMARY:{escape(spec['title'])}",
            f"DTSTART{local(moved)}",
            f"DTEND{local(moved + timedelta(minutes=spec['minutes']))}",
        ]
        if called_off:
            lines.append("STATUS:CANCELLED")
        lines.append("END:VEVENT")
    return lines


def changed(specs, share, seed):
    """A copy of the specs with `share` of them changed at the source (title, every other time)."""
    rng = random.Random(seed + 1)
    chosen = rng.sample(range(len(specs)), k=max(1, round(len(specs) * share)))
    result = [dict(spec) for spec in specs]
    for turn, number in enumerate(sorted(chosen)):
        spec = result[number]
        spec["title"] += " (geändert)"
        spec["sequence"] += 1
        if turn % 2:
            spec["start"] += timedelta(minutes=30)
    return result


def feed_bytes(specs):
    stamp = f"{datetime.now():%Y%m%dT%H%M%SZ}"  # renewed on every fetch, as many producers do
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Volkshochschule Burgenlandkreis//Kursverwaltung 4.2//DE",
        "CALSCALE:GREGORIAN",
        "X-WR-CALNAME:VHS Burgenlandkreis",
        "X-WR-TIMEZONE:Europe/Berlin",
        *VTIMEZONE.strip().splitlines(),
    ]
    for spec in specs:
        lines += vevent(spec, stamp)
    lines.append("END:VCALENDAR")
    return ("\r\n".join(fold(line) for line in lines) + "\r\n").encode()


def feed_shape(specs):
    kinds = Counter(spec["kind"] for spec in specs)
    overrides = sum(1 for spec in specs if "override" in spec)
    places = len({spec["place"] for spec in specs if spec["place"]})
    html = sum(spec["html"] for spec in specs)
    return (
        ", ".join(f"{kind} {number}" for kind, number in sorted(kinds.items()))
        + f"; {overrides} RECURRENCE-ID overrides, {places} places, {html} with HTML"
    )


# ------------------------------------------------------------------------------ a child


def scratch_postgres(url):
    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    if not name.startswith("bench_"):
        sys.exit(f"refusing to drop {name!r}: the scratch database's name must start with bench_")
    import psycopg

    server = urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(server, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}"')
        admin.execute(f'CREATE DATABASE "{name}"')


def setup_django(code, url, redis_url):
    sys.path.insert(0, str(code))
    os.chdir(code)
    os.environ["DJANGO_SETTINGS_MODULE"] = "network_site.settings.test"
    os.environ["DATABASE_URL"] = url
    os.environ["DATABASE_CONN_MAX_AGE"] = "0"
    if redis_url:
        os.environ["REDIS_URL"] = redis_url
        os.environ["CACHE_KEY_PREFIX"] = f"bench-import-{os.getpid()}"
    else:
        os.environ.pop("REDIS_URL", None)
    import django

    django.setup()
    from django.conf import settings

    settings.ICAL_IMPORT_ALLOWED_HOSTS = ["127.0.0.1"]
    return settings.DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1]


def build_database(options):
    """The scratch database migrated with the minimal site (SQLite: from the template if any)."""
    from django.core.management import call_command
    from django.db import connection

    from tests.factories import build_site

    started = time.perf_counter()
    template = Path(options.template) if options.template else None
    if options.sqlite and template is not None and template.exists():
        return 0.0  # copied by the caller before Django opened it
    call_command("migrate", verbosity=0, interactive=False)
    build_site()
    if options.sqlite and template is not None:
        connection.close()
        shutil.copyfile(options.sqlite, template)
    return time.perf_counter() - started


def make_calendar(url, publish):
    from eventpages.ical_import.models import CategoryMapping, ExternalCalendar
    from eventpages.models import EventCategory, Municipality, Organiser
    from tests.factories import current_site, locale

    site = current_site()
    german = locale("de")
    municipality, _ = Municipality.objects.get_or_create(name="Zeitz", defaults={"slug": "zeitz"})
    language = EventCategory.objects.create(
        name="Sprache und Bildung", slug="sprache", locale=german
    )
    advice = EventCategory.objects.create(name="Beratung", slug="beratung", locale=german)
    other = EventCategory.objects.create(name="Sonstiges", slug="sonstiges", locale=german)
    organiser = Organiser.objects.create(name="Volkshochschule Burgenlandkreis")
    calendar = ExternalCalendar.objects.create(
        name="VHS Burgenlandkreis",
        url=url,
        website=f"{PARTNER}/",
        index=site.events,
        municipality=municipality,
        category=other,
        organiser=organiser,
        publish_directly=publish,
    )
    CategoryMapping.objects.create(calendar=calendar, source_name="Sprachkurs", category=language)
    CategoryMapping.objects.create(calendar=calendar, source_name="Beratung", category=advice)
    return calendar


WRITE = re.compile(r'^\s*(INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+"?([A-Za-z0-9_]+)"?', re.IGNORECASE)


class Statements:
    """Counts every SQL statement, and the writes by kind and table."""

    def __init__(self):
        self.total = 0
        self.writes = Counter()

    def __call__(self, execute, sql, params, many, context):
        self.total += 1
        match = WRITE.match(sql)
        if match:
            kind = match.group(1).split()[0].upper()
            self.writes[f"{kind} {match.group(2)}"] += 1
        return execute(sql, params, many, context)


def table_rows():
    from django.db import connection

    with connection.cursor() as cursor:
        counts = {}
        for table in connection.introspection.table_names(cursor):
            cursor.execute(f'SELECT COUNT(*) FROM "{table}"')
            counts[table] = cursor.fetchone()[0]
    return counts


def measured(name, calendar, force, events, profile=0):
    import cProfile
    import pstats

    from django.db import connection

    from eventpages.ical_import.sync import sync

    before = table_rows()
    statements = Statements()
    profiler = cProfile.Profile() if profile else None
    with connection.execute_wrapper(statements):
        started, cpu = time.perf_counter(), time.process_time()
        if profiler:
            profiler.enable()
        outcome = sync(calendar, force=force)
        if profiler:
            profiler.disable()
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    after = table_rows()
    if profiler:
        print(f"\n--- cProfile of {name}, {profile} functions by cumulative time", file=sys.stderr)
        pstats.Stats(profiler, stream=sys.stderr).sort_stats("cumulative").print_stats(profile)
        profiler.dump_stats(PROFILE_FILE)
        print(f"(the whole profile: {PROFILE_FILE}, for pstats)", file=sys.stderr)
    rows = {
        table: after.get(table, 0) - before.get(table, 0)
        for table in sorted(set(before) | set(after))
        if after.get(table, 0) != before.get(table, 0)
    }
    return {
        "phase": name,
        "seconds": seconds,
        "cpu_seconds": cpu,
        "ms_per_event": seconds * 1000 / events,
        "queries": statements.total,
        "writes": dict(statements.writes),
        "rows": rows,
        "outcome": {"result": outcome.result, **outcome.counts()},
    }


def child(options):
    """One code base, one round: a fresh database, the three syncs; JSON on the last line."""
    code = Path(options.code).resolve()
    url = options.database_url
    if url.startswith("sqlite"):
        options.sqlite = urlsplit(url).path
        Path(options.sqlite).unlink(missing_ok=True)
        if options.template and Path(options.template).exists():
            shutil.copyfile(options.template, options.sqlite)
    else:
        options.sqlite = None
        scratch_postgres(url)
    engine = setup_django(code, url, options.redis_url)
    sys.path.append(str(ROOT))  # the feed server, if --code has none
    from tests.eventpages.ical_import.feed_server import FeedServer, respond

    prepared = build_database(options)
    today = date.today()
    specs = event_specs(options.events, options.seed, today)
    first = feed_bytes(specs)
    second = feed_bytes(specs)  # a new DTSTAMP, as a producer's next answer has
    third = feed_bytes(changed(specs, options.changed / 100, options.seed))
    results = []
    with FeedServer() as server:
        headers = {"Content-Type": "text/calendar; charset=utf-8"}
        server.routes["/kurse.ics"] = respond(first, headers=headers)
        calendar = make_calendar(server.url("/kurse.ics"), publish=not options.drafts)
        results.append(measured(PHASES[0], calendar, False, len(specs), options.profile))
        server.routes["/kurse.ics"] = respond(second, headers=headers)
        results.append(measured(PHASES[1], calendar, True, len(specs)))
        server.routes["/kurse.ics"] = respond(third, headers=headers)
        results.append(measured(PHASES[2], calendar, True, len(specs)))
    report = {
        "engine": engine,
        "code": str(code),
        "prepared_seconds": prepared,
        "feed_bytes": len(first),
        "feed_shape": feed_shape(specs),
        "results": results,
    }
    if options.redis_url:
        from django.core.cache import cache

        cache.clear()  # the keys of this run only (its own prefix, core.cache_backends)
    print(json.dumps(report, default=str))


# ------------------------------------------------------------------------------ the parent


def git(*args, cwd=ROOT):
    return subprocess.run(
        ["git", *args], cwd=cwd, check=True, capture_output=True, text=True
    ).stdout.strip()


def describe(root):
    commit = git("rev-parse", "--short", "HEAD", cwd=root)
    changed_files = git("status", "--porcelain", cwd=root)
    return f"{root} ({commit}{', with uncommitted changes' if changed_files else ''})"


def run_child(options, code, label, scratch):
    database_url = options.database_url or f"sqlite:///{scratch / f'{label}.sqlite3'}"
    command = [
        sys.executable,
        str(Path(__file__).resolve()),
        "--child",
        "--code",
        str(code),
        "--database-url",
        database_url,
        "--template",
        str(scratch / f"{label}-template.sqlite3"),
        "--events",
        str(options.events),
        "--seed",
        str(options.seed),
        "--changed",
        str(options.changed),
        "--profile",
        str(options.profile),
    ]
    if options.drafts:
        command.append("--drafts")
    if options.redis_url:
        command += ["--redis-url", options.redis_url]
    done = subprocess.run(command, capture_output=True, text=True)
    if done.stderr.strip():
        print(done.stderr.rstrip(), file=sys.stderr)
    if done.returncode != 0:
        sys.exit(f"{label}: the measuring process failed ({done.returncode})")
    return json.loads(done.stdout.strip().splitlines()[-1])


def print_report(report, label=""):
    heading = f"{label}: " if label else ""
    print(f"\n{heading}{report['engine']}, code {report['code']}")
    print(
        f"  {'phase':<18} {'wall s':>8} {'cpu s':>7} {'ms/event':>9} {'queries':>8} "
        f"{'writes':>7}  outcome"
    )
    for result in report["results"]:
        outcome = result["outcome"]
        counts = ", ".join(f"{k} {v}" for k, v in outcome.items() if k != "result" and v)
        print(
            f"  {result['phase']:<18} {result['seconds']:>8.2f} {result['cpu_seconds']:>7.2f} "
            f"{result['ms_per_event']:>9.1f} "
            f"{result['queries']:>8} {sum(result['writes'].values()):>7}  "
            f"{outcome['result']}: {counts}"
        )
    for result in report["results"]:
        print(f"\n  {result['phase']}: rows gained (+) or lost (-) per table")
        rows = result["rows"]
        print("    " + (", ".join(f"{t} {n:+d}" for t, n in rows.items()) or "none"))
        print(f"  {result['phase']}: write statements")
        writes = sorted(result["writes"].items(), key=lambda item: -item[1])
        print("    " + (", ".join(f"{k} {n}" for k, n in writes) or "none"))


def print_against(pairs):
    """Per round and phase: wall and CPU seconds old and new, their ratios, the queries."""
    print(
        f"\n{'round':>5}  {'phase':<18} {'wall old':>8} {'new':>8} {'new/old':>7} "
        f"{'cpu old':>8} {'new':>8} {'new/old':>7} {'queries old':>11} {'new':>7}"
    )
    ratios = {phase: {"wall": [], "cpu": []} for phase in PHASES}
    for number, (old, new) in enumerate(pairs, 1):
        for before, after in zip(old["results"], new["results"], strict=True):
            wall = after["seconds"] / before["seconds"]
            cpu = after["cpu_seconds"] / before["cpu_seconds"]
            ratios[before["phase"]]["wall"].append(wall)
            ratios[before["phase"]]["cpu"].append(cpu)
            print(
                f"{number:>5}  {before['phase']:<18} {before['seconds']:>8.2f} "
                f"{after['seconds']:>8.2f} {wall:>7.2f} {before['cpu_seconds']:>8.2f} "
                f"{after['cpu_seconds']:>8.2f} {cpu:>7.2f} {before['queries']:>11} "
                f"{after['queries']:>7}"
            )
    print()
    for phase, kinds in ratios.items():
        print(
            f"{phase:<18} median new/old: wall {statistics.median(kinds['wall']):.2f} "
            f"({min(kinds['wall']):.2f}–{max(kinds['wall']):.2f}), "
            f"cpu {statistics.median(kinds['cpu']):.2f} "
            f"({min(kinds['cpu']):.2f}–{max(kinds['cpu']):.2f}), {len(kinds['cpu'])} rounds"
        )


def parent(options):
    print("load average (1, 5, 15 min): {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))
    scratch = Path(tempfile.mkdtemp(prefix="import-bench-"))
    worktree = None
    try:
        codes = [("this", ROOT)]
        if options.against:
            worktree = scratch / "worktree"
            git("worktree", "add", "--detach", str(worktree), options.against)
            print(f"old: {options.against} = {describe(worktree)}")
            print(f"new: this checkout, {describe(ROOT)}")
            codes = [("old", worktree), ("new", ROOT)]
        else:
            print(f"this checkout: {describe(ROOT)}")
        specs = event_specs(options.events, options.seed, date.today())
        print(f"feed: {len(specs)} events ({feed_shape(specs)}), {len(feed_bytes(specs)):,} bytes")
        reports = {label: [] for label, _code in codes}
        for number in range(options.rounds):
            order = codes if number % 2 == 0 else list(reversed(codes))
            for label, code in order:
                started = time.perf_counter()
                report = run_child(options, code, label, scratch)
                reports[label].append(report)
                walls = " / ".join(f"{r['seconds']:.1f} s" for r in report["results"])
                print(
                    f"round {number + 1} {label}: {walls} "
                    f"(process {time.perf_counter() - started:.0f} s)",
                    flush=True,
                )
        for label, _code in codes:
            print_report(reports[label][-1], label)
        if options.against:
            print_against(list(zip(reports["old"], reports["new"], strict=True)))
        print("load average (1, 5, 15 min): {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))
    finally:
        if worktree is not None:
            subprocess.run(
                ["git", "worktree", "remove", "--force", str(worktree)],
                cwd=ROOT,
                capture_output=True,
            )
        shutil.rmtree(scratch, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--events", type=int, default=2000, help="events in the feed (2000)")
    parser.add_argument("--changed", type=float, default=1.0, help="percent changed (1)")
    parser.add_argument("--rounds", type=int, default=1, help="measurements per code base (1)")
    parser.add_argument("--seed", type=int, default=20, help="seed of the feed (20)")
    parser.add_argument("--drafts", action="store_true", help="import as drafts (not published)")
    parser.add_argument(
        "--database-url",
        default="",
        help="a PostgreSQL scratch database bench_… (default: SQLite files in a temporary folder)",
    )
    parser.add_argument("--redis-url", default="", help="the cache (default: local memory)")
    parser.add_argument(
        "--against", metavar="REV", help="a git revision to compare with (temporary worktree)"
    )
    parser.add_argument(
        "--profile", type=int, default=0, metavar="N", help="cProfile the first import: N rows"
    )
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--code", default=str(ROOT), help=argparse.SUPPRESS)
    parser.add_argument("--template", default="", help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.child:
        child(options)
    else:
        parent(options)


if __name__ == "__main__":
    main()
