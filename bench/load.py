"""Load benchmark: many concurrent visitors against the site served the production way.

    .venv/bin/python bench/load.py --base-url http://127.0.0.1:8000   # a running `make serve`
    .venv/bin/python bench/load.py --start                # starts gunicorn: cache on, then off
    .venv/bin/python bench/load.py --start --floor        # and a trivial WSGI app first, the floor
    .venv/bin/python bench/load.py --redis-fault          # Redis killed halfway through the run
    .venv/bin/python bench/load.py --memory               # one worker's memory after 1,500 requests

50 visitors (`--users`) for 60 seconds (`--duration`) with locust, used as a library: each
visitor requests a realistic mix (home page, event index with and without filters, an event,
the iCal feed, a document library, the blog index and a post, the event-list embed), in
German mostly and sometimes in English. The addresses are discovered from the running site
(its API and the event index's filter form), never hard-coded. It prints requests per second,
the median, 95th and 99th percentile latency and the errors per kind of request and in total,
how many answers came from the page cache (`X-Page-Cache: hit`), and the memory of the
gunicorn workers at the end of a run it started. It asserts nothing.

`--start`, `--memory` and `--redis-fault` start the app server themselves (gunicorn with
production's network_site/gunicorn.conf.py and settings, tests/ops/servers.py) on the database
of `--database-url` (default: DATABASE_URL, else the project's db.sqlite3), which must hold the
demo (`make demo`, or `manage.py load_demo`). `--floor` adds a run against bench/floor_app.py
(20 KB from a bare WSGI function) under the same gunicorn settings and visitors, and prints the
cached run's throughput as a share of it. See bench/README.md.
"""

# locust patches the standard library for gevent: it is imported before anything else.
from locust import FastHttpUser, between, constant, task  # isort: skip
from locust.env import Environment  # isort: skip

import argparse
import os
import random
import re
import signal
import statistics
import subprocess
import sys
import time
from collections import Counter, defaultdict
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import urlencode, urlsplit

import gevent
import requests

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.ops.servers import (  # noqa: E402
    AppServer,
    collect_static,
    free_port,
    process_memory,
    server_environment,
)

LANGUAGES = {"de": 4, "en": 1}  # German visitors four times as often as English ones
# Kinds of request and how often a visitor makes each (relative weights).
MIX = {
    "home": 15,
    "event index": 10,
    "event index filtered": 10,
    "event page": 15,
    "iCal feed": 5,
    "library": 8,
    "blog index": 8,
    "blog post": 10,
    "embed": 10,
}
CACHE_FAILURE = re.compile(r"cache|redis", re.IGNORECASE)


# ------------------------------------------------------------------------------ discovery


def api_pages(base_url, page_type, language):
    """Paths of the live public pages of one type in one language, from the site's API."""
    response = requests.get(
        f"{base_url}/api/v2/pages/",
        params={"type": page_type, "locale": language, "limit": 100},
        timeout=30,
    )
    response.raise_for_status()
    return [urlsplit(item["meta"]["html_url"]).path for item in response.json()["items"]]


def select_options(html, name):
    """The non-empty values of the form's <select name=...>."""
    match = re.search(rf'<select[^>]*name="{name}"[^>]*>(.*?)</select>', html, re.DOTALL)
    if not match:
        return []
    return [value for value in re.findall(r'<option value="([^"]*)"', match.group(1)) if value]


def filter_queries(base_url, index_path):
    """Query strings the event index really accepts: categories, places and date ranges.

    A handful of them, as visitors follow the same links: the index's filter form offers
    the categories and municipalities, and "this week", "this month" and a date range.
    """
    html = requests.get(base_url + index_path, timeout=30).text
    categories = select_options(html, "category")
    places = select_options(html, "municipality")
    today = date.today()
    queries = [
        {"when": "week"},
        {"when": "month"},
        {"date_from": today.isoformat(), "date_to": (today + timedelta(days=30)).isoformat()},
        {"free": "1"},
        {"attendance": "online"},
    ]
    queries += [{"category": slug} for slug in categories[:4]]
    queries += [{"municipality": slug} for slug in places[:4]]
    if categories and places:
        queries.append({"category": categories[0], "municipality": places[0], "free": "1"})
    return [urlencode(query) for query in queries]


def discover(base_url):
    """{kind: [path, ...]} for the mix, read from the running site."""
    paths = defaultdict(list)
    for language in LANGUAGES:
        homes = api_pages(base_url, "home.HomePage", language)
        indexes = api_pages(base_url, "eventpages.EventIndexPage", language)
        if not homes or not indexes:
            raise SystemExit(
                f"No home page or event index in '{language}' at {base_url}: "
                "is the demo loaded (make demo, or manage.py load_demo)?"
            )
        paths[f"home {language}"] = homes
        paths[f"event index {language}"] = indexes
        paths[f"event index filtered {language}"] = [
            f"{indexes[0]}?{query}" for query in filter_queries(base_url, indexes[0])
        ]
        paths[f"iCal feed {language}"] = [f"{index}ical/" for index in indexes] + [
            f"{indexes[0]}ical/?{query}" for query in filter_queries(base_url, indexes[0])[:3]
        ]
        paths[f"embed {language}"] = [f"/embed{index}" for index in indexes]
        paths[f"event page {language}"] = api_pages(base_url, "eventpages.EventPage", language)
        paths[f"library {language}"] = api_pages(base_url, "docpages.DocumentLibraryPage", language)
        paths[f"blog index {language}"] = api_pages(base_url, "blogpages.BlogIndexPage", language)
        paths[f"blog post {language}"] = api_pages(base_url, "blogpages.BlogPage", language)[:10]
    missing = sorted(kind for kind, found in paths.items() if not found)
    if missing:
        raise SystemExit(f"Nothing found for: {', '.join(missing)} (is the demo loaded?)")
    return dict(paths)


# ------------------------------------------------------------------------------ the visitors


class Recorder:
    """Every request's time, kind, duration, outcome and cache header (from locust's events)."""

    def __init__(self):
        self.rows = []
        self.marks = {}

    def on_request(self, request_type, name, response_time, response_length, **kwargs):
        response = kwargs.get("response")
        error = kwargs.get("exception")
        cache = response.headers.get("X-Page-Cache", "") if response is not None else ""
        status = getattr(response, "status_code", 0) if response is not None else 0
        started = time.monotonic() - response_time / 1000  # windows go by when it was asked
        self.rows.append((started, name, response_time, error is None, cache, status))


def make_visitor(paths, wait):
    kinds = list(MIX)
    weights = [MIX[kind] for kind in kinds]
    languages = list(LANGUAGES)
    language_weights = [LANGUAGES[code] for code in languages]

    class Visitor(FastHttpUser):
        wait_time = between(*wait) if wait[1] > 0 else constant(0)

        @task
        def visit(self):
            kind = random.choices(kinds, weights)[0]
            language = random.choices(languages, language_weights)[0]
            path = random.choice(paths[f"{kind} {language}"])
            with self.client.get(
                path, name=kind, catch_response=True, allow_redirects=False
            ) as response:
                if response.status_code != 200:
                    response.failure(f"{response.status_code} for {path}")

    return Visitor


def warm_up(base_url, paths):
    """Request every address once, one after the other (fills the page cache)."""
    started = time.monotonic()
    session = requests.Session()
    count = 0
    for path in dict.fromkeys(path for found in paths.values() for path in found):
        session.get(base_url + path, timeout=60, allow_redirects=False)
        count += 1
    print(f"warm-up: {count} addresses in {time.monotonic() - started:.1f} s", flush=True)


def run_load(base_url, users, duration, wait, during=None, warm=True, paths=None):
    """Run the visitors; `during(recorder)` is spawned alongside (the Redis fault).

    `paths` ({kind: [path, ...]}) as discovered from the site; by default from `base_url`.
    """
    if paths is None:
        paths = discover(base_url)
    if warm:
        warm_up(base_url, paths)
    recorder = Recorder()
    environment = Environment(user_classes=[make_visitor(paths, wait)], host=base_url)
    environment.events.request.add_listener(recorder.on_request)
    runner = environment.create_local_runner()
    recorder.marks["start"] = time.monotonic()
    runner.start(users, spawn_rate=users)
    if during is not None:
        gevent.spawn(during, recorder)
    gevent.sleep(duration)
    runner.quit()
    recorder.marks["end"] = time.monotonic()
    return recorder


# ------------------------------------------------------------------------------ figures


def percentile(values, fraction):
    if not values:
        return float("nan")
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[round(fraction * 100) - 1]


def print_table(title, rows, seconds):
    print(f"\n{title}")
    header = f"{'request':<22}{'requests':>9}{'req/s':>8}{'p50 ms':>8}{'p95 ms':>8}{'p99 ms':>8}"
    print(header + f"{'errors':>8}{'cache hits':>12}")
    by_kind = defaultdict(list)
    for row in rows:
        by_kind[row[1]].append(row)
    for kind in [*MIX, "total"]:
        selected = rows if kind == "total" else by_kind.get(kind, [])
        if not selected:
            continue
        times = [row[2] for row in selected]
        errors = sum(1 for row in selected if not row[3])
        hits = sum(1 for row in selected if row[4] == "hit")
        print(
            f"{kind:<22}{len(selected):>9}{len(selected) / seconds:>8.1f}"
            f"{percentile(times, 0.5):>8.1f}{percentile(times, 0.95):>8.1f}"
            f"{percentile(times, 0.99):>8.1f}"
            f"{errors:>8}{100 * hits / len(selected):>11.0f}%"
        )
    failures = Counter(
        f"{row[1]}: {row[5] or 'no answer'}" for row in rows if not row[3]
    ).most_common(5)
    for failure, count in failures:
        print(f"  error {failure} ({count}x)")


def summary(recorder):
    """Total requests per second and p50/p95/p99 in ms of one run."""
    times = [row[2] for row in recorder.rows]
    seconds = recorder.marks["end"] - recorder.marks["start"]
    return {
        "rps": len(times) / seconds,
        "p50": percentile(times, 0.5),
        "p95": percentile(times, 0.95),
        "p99": percentile(times, 0.99),
        "errors": sum(1 for row in recorder.rows if not row[3]),
    }


def print_memory(memory, requests=None):
    """The workers' memory in MiB (tests/ops/servers.py's worker_memory())."""
    if not memory:
        print("worker memory: not readable (no /proc/PID/smaps_rollup?)")
        return
    each = "; ".join(
        f"{values['rss']:.0f}/{values['pss']:.0f}/{values['uss']:.0f}" for values in memory.values()
    )
    mean = {
        field: statistics.mean(values[field] for values in memory.values())
        for field in ("rss", "pss", "uss")
    }
    after = f" after {requests} requests" if requests is not None else ""
    print(
        f"worker memory{after}, MiB RSS/PSS/USS: {each} "
        f"(mean {mean['rss']:.0f}/{mean['pss']:.0f}/{mean['uss']:.0f})"
    )


def report(title, recorder):
    start, end = recorder.marks["start"], recorder.marks["end"]
    print_table(title, recorder.rows, end - start)
    if "fault" in recorder.marks:
        fault = recorder.marks["fault"]
        print_table(
            f"{title}: before Redis stopped",
            [row for row in recorder.rows if row[0] < fault],
            fault - start,
        )
        print_table(
            f"{title}: after Redis stopped",
            [row for row in recorder.rows if row[0] >= fault],
            end - fault,
        )


# ------------------------------------------------------------------------------ servers


def database_url(arguments):
    return (
        arguments.database_url
        or os.environ.get("DATABASE_URL")
        or f"sqlite:///{ROOT / 'db.sqlite3'}"
    )


def start_server(arguments, page_cache_seconds, redis_url="", name="app", workers=None):
    env = server_environment(
        database_url=database_url(arguments),
        redis_url=redis_url,
        cache_prefix=cache_prefix(),
        page_cache_seconds=page_cache_seconds,
        static_root=collect_static(),
        media_root=os.environ.get("MEDIA_ROOT") or ROOT / "media",
    )
    workers = workers or arguments.workers
    server = AppServer(
        port=free_port(),
        env=env,
        workers=workers,
        threads=arguments.threads,
        name=name,
        max_requests=arguments.max_requests,
    )
    server.start().wait_ready()
    print(
        f"\n{name}: gunicorn at {server.url}, {workers} workers x "
        f"{arguments.threads} threads, {recycling(server)}, page cache "
        f"{'off' if page_cache_seconds == 0 else f'{page_cache_seconds} s'}, "
        f"cache {'Redis ' + redis_url if redis_url else 'a shared folder'} "
        f"(log: {server.log_path})",
        flush=True,
    )
    return server


def start_floor(arguments):
    """bench/floor_app.py under the same gunicorn settings as the site (gunicorn.conf.py)."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("GUNICORN_", "DJANGO_"))
    }
    server = AppServer(
        port=free_port(),
        env=env,
        workers=arguments.workers,
        threads=arguments.threads,
        name="floor",
        app="bench.floor_app:application",
        max_requests=arguments.max_requests,
    )
    server.start().wait_ready(path="/")
    print(
        f"\nfloor: gunicorn at {server.url}, bench/floor_app.py (20 KB), {arguments.workers} "
        f"workers x {arguments.threads} threads, {recycling(server)} "
        f"(log: {server.log_path})",
        flush=True,
    )
    return server


def recycling(server):
    """How the server's workers are recycled, as its gunicorn.conf.py computes it."""
    values = server.gunicorn_settings()
    requests, jitter = values.get("max_requests", 0), values.get("max_requests_jitter", 0)
    preload = "preloaded" if values.get("preload_app") else "not preloaded"
    if requests <= 0:
        return f"{preload}, workers never recycled"
    return f"{preload}, workers recycled after {requests} + up to {jitter} requests"


def cache_prefix():
    return f"bench-load-{os.getpid()}"


def forget_keys(redis_url):
    """Delete the keys this run stored in a Redis that is not its own."""
    import redis

    client = redis.Redis.from_url(redis_url)
    keys = list(client.scan_iter(f"{cache_prefix()}:*", count=1000))
    for start in range(0, len(keys), 1000):
        client.delete(*keys[start : start + 1000])


def start_redis():
    port = free_port()
    process = subprocess.Popen(
        ["redis-server", "--port", str(port), "--save", "", "--appendonly", "no"]
        + ["--daemonize", "no", "--bind", "127.0.0.1"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            with __import__("socket").create_connection(("127.0.0.1", port), timeout=1):
                return process, f"redis://127.0.0.1:{port}/0"
        except OSError:
            time.sleep(0.1)
    process.kill()
    raise SystemExit("redis-server did not start")


def run_against(arguments, title, server, during=None, paths=None):
    try:
        recorder = run_load(
            server.url,
            arguments.users,
            arguments.duration,
            arguments.wait,
            during,
            warm=arguments.warm_up,
            paths=paths,
        )
        memory = server.worker_memory()
        log = server.log_text()  # before the shutdown adds its own lines
    finally:
        server.stop()
    report(title, recorder)
    print("load average (1, 5, 15 min): {:.1f} {:.1f} {:.1f}".format(*os.getloadavg()))
    print_memory(memory)
    errors = [line for line in log.splitlines() if "ERROR" in line]
    booted = log.count("Booting worker with pid")
    print(
        f"server log: {len(errors)} lines with ERROR; {booted - arguments.workers} workers "
        "replaced during the run"
    )
    return recorder


def start_runs(arguments):
    """--start: the floor (with --floor), then the site with the page cache on, then off."""
    results = {}
    cache_on = start_server(
        arguments, arguments.page_cache_seconds, arguments.redis_url, "cache-on"
    )
    try:
        paths = discover(cache_on.url)
    except BaseException:
        cache_on.stop()
        raise
    if arguments.floor:
        try:
            floor = start_floor(arguments)
        except BaseException:
            cache_on.stop()
            raise
        results["floor"] = run_against(arguments, "Floor (bench/floor_app.py)", floor, paths=paths)
    results["on"] = run_against(arguments, "Page cache on", cache_on, paths=paths)
    cache_off = start_server(arguments, 0, arguments.redis_url, "cache-off")
    results["off"] = run_against(arguments, "Page cache off", cache_off, paths=paths)
    print("\nSummary (all requests of each run)")
    print(
        f"{'run':<16}{'req/s':>8}{'share':>8}{'p50 ms':>8}{'p95 ms':>8}{'p99 ms':>8}{'errors':>8}"
    )
    floor_rps = summary(results["floor"])["rps"] if "floor" in results else None
    for label, recorder in results.items():
        figures = summary(recorder)
        share = f"{figures['rps'] / floor_rps:.2f}" if floor_rps else "-"
        print(
            f"{label:<16}{figures['rps']:>8.0f}{share:>8}{figures['p50']:>8.1f}"
            f"{figures['p95']:>8.1f}{figures['p99']:>8.1f}{figures['errors']:>8}"
        )
    if floor_rps:
        print("share: requests per second as a share of the floor's in this run")


def memory_run(arguments):
    """--memory: one worker, page cache off, `--requests` requests of the mix one at a time.

    What the worker holds then (RSS, PSS, USS), and the master's, after every kind of page was
    rendered many times: the figure the recycling (max_requests) has to keep bounded.
    """
    server = start_server(arguments, 0, arguments.redis_url, "memory", workers=1)
    try:
        paths = discover(server.url)
        before = server.worker_memory()
        print_memory(before, 0)
        kinds = list(MIX)
        weights = [MIX[kind] for kind in kinds]
        languages = list(LANGUAGES)
        language_weights = [LANGUAGES[code] for code in languages]
        session = requests.Session()
        statuses = Counter()
        started = time.monotonic()
        for number in range(1, arguments.requests + 1):
            kind = random.choices(kinds, weights)[0]
            language = random.choices(languages, language_weights)[0]
            path = random.choice(paths[f"{kind} {language}"])
            statuses[
                session.get(server.url + path, timeout=60, allow_redirects=False).status_code
            ] += 1
            if number % 500 == 0 or number == arguments.requests:
                print_memory(server.worker_memory(), number)
        print(
            f"{arguments.requests} requests in {time.monotonic() - started:.0f} s, "
            f"statuses {dict(statuses)}"
        )
        master = process_memory(server.process.pid)
        print(
            f"master (gunicorn arbiter, after the preload): RSS {master['rss']:.0f}, "
            f"PSS {master['pss']:.0f}, USS {master['uss']:.0f} MiB"
        )
    finally:
        server.stop()


def redis_fault(arguments):
    redis_process, redis_url = start_redis()
    try:
        server = start_server(arguments, arguments.page_cache_seconds, redis_url, "redis-fault")

        def stop_redis(recorder):
            gevent.sleep(arguments.duration / 2)
            redis_process.send_signal(signal.SIGKILL)
            recorder.marks["fault"] = time.monotonic()
            print(f"Redis stopped after {arguments.duration / 2:.0f} s", flush=True)

        run_against(arguments, "Redis stopped halfway", server, stop_redis)
    finally:
        if redis_process.poll() is None:
            redis_process.kill()
        redis_process.wait()
    logged = [line for line in server.log_text().splitlines() if CACHE_FAILURE.search(line)]
    print(f"server log: {len(logged)} lines about the cache or Redis; the first kinds:")
    # Without the time stamp and process id, the same message once.
    messages = dict.fromkeys(re.sub(r"^[^A-Za-z]*\S+ \S+ ", "", line)[:160] for line in logged)
    for message in list(messages)[:6]:
        print(f"  {message}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--base-url", help="run against this running site (make serve)")
    mode.add_argument(
        "--start", action="store_true", help="start gunicorn; page cache on, then off"
    )
    mode.add_argument(
        "--memory",
        action="store_true",
        help="start gunicorn with one worker, page cache off; its memory after --requests",
    )
    mode.add_argument(
        "--redis-fault",
        action="store_true",
        help="start redis-server and gunicorn on it; stop Redis halfway through",
    )
    parser.add_argument("--users", type=int, default=50, help="concurrent visitors (50)")
    parser.add_argument("--duration", type=float, default=60, help="seconds per run (60)")
    parser.add_argument(
        "--wait",
        type=float,
        nargs=2,
        default=(0.0, 0.0),
        metavar=("MIN", "MAX"),
        help="each visitor's pause between requests, in seconds (0 0: none)",
    )
    parser.add_argument("--database-url", help="the demo's database (--start, --redis-fault)")
    parser.add_argument("--redis-url", default="", help="shared cache for --start")
    workers = (os.cpu_count() or 1) * 2 + 1  # as network_site/gunicorn.conf.py (make serve)
    parser.add_argument(
        "--workers", type=int, default=workers, help=f"gunicorn workers ({workers})"
    )
    parser.add_argument("--threads", type=int, default=4, help="threads per worker (4)")
    parser.add_argument(
        "--page-cache-seconds", type=int, default=600, help="page cache lifetime when on (600)"
    )
    parser.add_argument(
        "--no-warm-up",
        dest="warm_up",
        action="store_false",
        help="start measuring with a cold cache (default: each address requested once first)",
    )
    parser.add_argument(
        "--floor",
        action="store_true",
        help="with --start: first a run against bench/floor_app.py (20 KB, no Django) "
        "under the same gunicorn settings",
    )
    parser.add_argument(
        "--max-requests",
        type=int,
        default=os.environ.get("GUNICORN_MAX_REQUESTS"),
        help="gunicorn's max_requests (default: GUNICORN_MAX_REQUESTS, else gunicorn.conf.py's)",
    )
    parser.add_argument("--requests", type=int, default=1500, help="requests for --memory (1500)")
    parser.add_argument("--seed", type=int, default=7)
    arguments = parser.parse_args()
    if arguments.floor and not arguments.start:
        parser.error("--floor goes with --start")
    random.seed(arguments.seed)
    print(
        f"{arguments.users} visitors for {arguments.duration:.0f} s, pause "
        f"{arguments.wait[0]}-{arguments.wait[1]} s between requests",
        flush=True,
    )
    if arguments.base_url:
        base_url = arguments.base_url.rstrip("/")
        recorder = run_load(
            base_url, arguments.users, arguments.duration, arguments.wait, warm=arguments.warm_up
        )
        report(f"Against {base_url}", recorder)
        print("load average (1, 5, 15 min): {:.1f} {:.1f} {:.1f}".format(*os.getloadavg()))
    elif arguments.start or arguments.memory:
        try:
            if arguments.start:
                start_runs(arguments)
            else:
                memory_run(arguments)
        finally:
            if arguments.redis_url:
                forget_keys(arguments.redis_url)
    else:
        redis_fault(arguments)


if __name__ == "__main__":
    main()
