"""`make screenshots`: full-page screenshots of every page type of the demo, so anyone can look.

Starts the demo on a database of its own (screenshots/.demo/, git-ignored, loaded with the same
`load_demo` as `make demo`; kept between runs, `--fresh` builds it again), photographs every
page type in German, Arabic and Ukrainian at 390 and 1280 px with Debian's Chromium (never a
downloaded browser), members-only pages logged in as the demo member, writes the PNGs into
screenshots/, prints their list (marking pages that scroll sideways) and stops the server.

    .venv/bin/python scripts/screenshots.py [--languages de,ar] [--widths 390] [--port 8765]
"""

import argparse
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "screenshots"
DEMO_FOLDER = OUTPUT / ".demo"
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--no-first-run"]
LANGUAGES = ("de", "ar", "uk")
WIDTHS = (390, 1280)
HEIGHT = {390: 844, 1280: 900}
MEMBER, PASSWORD = "mitglied", "netzwerk-demo"


def environment(port):
    env = dict(os.environ)
    env.update(
        {
            "DATABASE_URL": f"sqlite:///{DEMO_FOLDER / 'db.sqlite3'}",
            "MEDIA_ROOT": str(DEMO_FOLDER / "media"),
            "SITE_URL": f"http://127.0.0.1:{port}",
            "DJANGO_SETTINGS_MODULE": "network_site.settings.dev",
            "PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD": "1",
        }
    )
    env.pop("DJANGO_DEBUG", None)
    return env


def manage(env, *args):
    subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True)


def wait_for(port, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/robots.txt", timeout=2):
                return
        except OSError:
            time.sleep(0.3)
    raise SystemExit(f"The demo server did not answer on port {port} within {timeout} s.")


def port_is_free(port):
    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", port)) != 0


def page_list(env, languages):
    """[(language, name, path, members_only)] from the demo's database: one or more pages of
    every page type and the routes below them (asked of Django in a child process, with the
    demo's settings)."""
    code = f"""
import json
from wagtail.models import Page, PageViewRestriction
from blogpages.models import BlogPage
from exchange.models import Thread

rows = []
for language in {list(languages)!r}:
    pages = Page.objects.live().filter(locale__language_code=language, depth__gt=1).specific()
    def restricted(page):
        return any(r.restriction_type != PageViewRestriction.NONE
                   for r in page.get_view_restrictions())
    counts = {{}}
    for page in pages.order_by("path"):
        kind = type(page).__name__
        counts[kind] = counts.get(kind, 0) + 1
        if kind in ("EventPage", "BlogPage") and counts[kind] > 1:
            continue
        url = page.get_url()
        name = kind if kind in ("HomePage", "EventPage", "BlogPage") else f"{{kind}}-{{page.slug}}"
        rows.append((language, name, url, restricted(page)))
        if kind == "EventIndexPage":
            rows.append((language, "EventIndexPage-calendar", url + "calendar/", False))
            rows.append((language, "EventIndexPage-calendar-filtered",
                         url + "calendar/?free=1", False))
            rows.append((language, "EventIndexPage-filtered", url + "?attendance=in_person&free=1",
                         False))
            rows.append((language, "EventIndexPage-archive", url + "archive/", False))
        if kind == "BlogIndexPage":
            latest = BlogPage.objects.live().filter(locale=page.locale).order_by("-date").first()
            if latest:
                rows.append((language, "BlogIndexPage-month",
                             f"{{url}}archive/{{latest.date:%Y/%m}}/", False))
        if kind == "BoardPage":
            thread = Thread.objects.order_by("pk").first()
            if thread:
                rows.append((language, "BoardPage-thread", f"{{url}}{{thread.pk}}/", True))
            rows.append((language, "BoardPage-new", f"{{url}}neu/", True))
    for name, path in [("search", "search/?q=Naumburg"), ("login", "login/"),
                       ("newsletter", "newsletter/"), ("not-found", "gibt-es-nicht/")]:
        rows.append((language, name, f"/{{language}}/{{path}}", False))
    rows.append((language, "share-document", f"/{{language}}/share-document/", True))
print(json.dumps(rows))
"""
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-v", "0", "-c", code],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    import json

    return [tuple(row) for row in json.loads(result.stdout.strip().splitlines()[-1])]


def log_in(page, base_url):
    page.goto(f"{base_url}/de/login/")
    page.fill("#id_username", MEMBER)
    page.fill("#id_password", PASSWORD)
    page.locator("main form button[type=submit]").click()
    page.wait_for_load_state()


def numbered(rows):
    """Each row with its place within its language: the same page type has the same number in
    every language (de-390-07-… and ar-390-07-… show the same page)."""
    places = {}
    for row in rows:
        places[row[0]] = places.get(row[0], -1) + 1
        yield places[row[0]], row


def photograph(base_url, rows, widths):
    """Take the pictures; returns [(file, overflow in px)]."""
    from playwright.sync_api import sync_playwright

    taken = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for width in widths:
            for members in (False, True):
                context = browser.new_context(
                    viewport={"width": width, "height": HEIGHT.get(width, 900)}
                )
                page = context.new_page()
                if members:
                    log_in(page, base_url)
                for number, (language, name, path, members_only) in numbered(rows):
                    if members_only != members:
                        continue
                    page.goto(base_url + path, wait_until="load")
                    target = OUTPUT / f"{language}-{width}-{number:02d}-{name}.png"
                    page.screenshot(path=target, full_page=True, animations="disabled")
                    overflow = page.evaluate(
                        "document.documentElement.scrollWidth - window.innerWidth"
                    )
                    taken.append((target, overflow))
                context.close()
        browser.close()
    return taken


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--languages", default=",".join(LANGUAGES))
    parser.add_argument("--widths", default=",".join(map(str, WIDTHS)))
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--fresh", action="store_true", help="load the demo database anew")
    args = parser.parse_args()
    languages = [code.strip() for code in args.languages.split(",") if code.strip()]
    widths = [int(width) for width in args.widths.split(",") if width.strip()]

    if not Path(CHROMIUM).exists() and not shutil.which(CHROMIUM):
        raise SystemExit(f"Debian's Chromium is not at {CHROMIUM} (apt-get install chromium).")
    if not port_is_free(args.port):
        raise SystemExit(f"Port {args.port} is taken; choose another with --port.")
    if args.fresh and DEMO_FOLDER.exists():
        shutil.rmtree(DEMO_FOLDER)
    DEMO_FOLDER.mkdir(parents=True, exist_ok=True)
    for old in OUTPUT.glob("*.png"):
        old.unlink()

    env = environment(args.port)
    print("Preparing the demo database in", DEMO_FOLDER.relative_to(ROOT), flush=True)
    manage(env, "migrate", "--noinput", "-v", "0")
    manage(env, "load_demo")
    rows = page_list(env, languages)
    server = subprocess.Popen(
        [sys.executable, "manage.py", "runserver", "--noreload", f"127.0.0.1:{args.port}"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for(args.port)
        taken = photograph(f"http://127.0.0.1:{args.port}", rows, widths)
    finally:
        server.terminate()
        server.wait(timeout=20)

    print(f"{len(taken)} screenshots in {OUTPUT.relative_to(ROOT)}/:")
    for target, overflow in sorted(taken):
        note = f"   <- scrolls sideways by {overflow} px" if overflow > 0 else ""
        print(f"  {target.relative_to(ROOT)}{note}")


if __name__ == "__main__":
    main()
