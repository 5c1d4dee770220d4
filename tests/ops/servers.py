"""Start and stop app server processes the production way (gunicorn, production settings).

Shared by tests/demo/ops/test_two_app_servers.py, tests/security/ and bench/load.py. Nothing
here imports Django: the servers are separate processes, configured only through their
environment, as `make serve` configures them. gunicorn reads production's own
network_site/gunicorn.conf.py (preloading, worker recycling with jitter, worker class), and
the command line overrides only what a test or benchmark must choose: address, workers,
threads, log file, and the application (bench/floor_app.py for the benchmark's floor).

    static_root = collect_static()                  # once; reused while the sources are unchanged
    env = server_environment(database_url=..., redis_url=..., static_root=static_root)
    with AppServer(port=free_port(), env=env) as server:
        client = Browser(server.url)
        client.get("/de/")
"""

import fcntl
import hashlib
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from http.cookiejar import DefaultCookiePolicy
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
VENV_BIN = Path(sys.executable).parent
PRODUCTION_SETTINGS = "network_site.settings.production"
# Folders whose files collectstatic copies (the project's static folder and the apps').
STATIC_SOURCES = ["network_site/static", "*/static"]


def free_port():
    """A TCP port nobody listens on right now (the kernel's choice)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def gunicorn_path():
    """The venv's gunicorn, or None when it is not installed."""
    path = VENV_BIN / "gunicorn"
    return str(path) if path.exists() else None


def _has_control_socket():
    """gunicorn 24+ opens a control socket at one fixed path unless told not to."""
    try:
        from gunicorn.config import KNOWN_SETTINGS
    except ImportError:
        return False
    return any(setting.name == "control_socket" for setting in KNOWN_SETTINGS)


def server_environment(
    *,
    database_url,
    static_root,
    redis_url="",
    cache_prefix="",
    page_cache_seconds=None,
    media_root=None,
    allowed_hosts="127.0.0.1,localhost",
    extra=None,
):
    """The environment of an app server: production settings on plain HTTP at localhost.

    `page_cache_seconds` 0 switches the full-page cache off; None keeps the settings' default.
    Without `redis_url` the processes share a cache folder of their own (a fresh temp folder).
    """
    env = {
        key: value
        for key, value in os.environ.items()
        # The servers' configuration is only what is given here, never the test run's.
        if not key.startswith(
            ("DJANGO_", "DATABASE_", "REDIS_", "CACHE_", "PAGE_CACHE", "GUNICORN_")
        )
        and key not in {"STATIC_ROOT", "MEDIA_ROOT", "PYTEST_XDIST_WORKER", "PYTEST_CURRENT_TEST"}
    }
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": PRODUCTION_SETTINGS,
            "SECRET_KEY": "ops-servers-not-secret-" + hashlib.sha256(os.urandom(16)).hexdigest(),
            "ALLOWED_HOSTS": allowed_hosts,
            "CSRF_TRUSTED_ORIGINS": ",".join(
                f"http://{host}" for host in allowed_hosts.split(",") if host
            ),
            "SECURE_SSL_REDIRECT": "0",
            "SECURE_HSTS_SECONDS": "0",
            "SECURE_COOKIES": "0",
            "SERVE_MEDIA": "1",
            "DATABASE_URL": database_url,
            "STATIC_ROOT": str(static_root),
            "PYTHONUNBUFFERED": "1",
        }
    )
    if media_root:
        env["MEDIA_ROOT"] = str(media_root)
    if redis_url:
        env["REDIS_URL"] = redis_url
    else:
        env["CACHE_DIR"] = tempfile.mkdtemp(prefix="community-netzwerk-cache-")
    if cache_prefix:
        env["CACHE_KEY_PREFIX"] = cache_prefix
    if page_cache_seconds is not None:
        env["PAGE_CACHE_SECONDS"] = str(page_cache_seconds)
    env.update(extra or {})
    return env


def _static_fingerprint():
    """Changes whenever a static source file is added, removed or changed (or the venv is)."""
    digest = hashlib.sha256(str(VENV_BIN).encode())
    files = []
    for pattern in STATIC_SOURCES:
        for folder in ROOT.glob(pattern):
            if ".venv" in folder.parts:
                continue
            files.extend(path for path in folder.rglob("*") if path.is_file())
    for path in sorted(files):
        stat = path.stat()
        digest.update(f"{path}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    return digest.hexdigest()[:16]


def collect_static(static_root=None):
    """Run collectstatic with the production settings (hashed, compressed files; a manifest).

    The production storage refuses to render a page whose static files have no manifest
    entry, so servers need this. Without `static_root` the files go to a folder in the temp
    directory named after the sources' fingerprint, and a later run with the same sources
    (another test session, another xdist worker) reuses it.
    """
    if static_root is None:
        name = f"community-netzwerk-static-{_static_fingerprint()}"
        static_root = Path(tempfile.gettempdir()) / name
    static_root = Path(static_root)
    static_root.mkdir(parents=True, exist_ok=True)
    manifest = static_root / "staticfiles.json"
    with open(static_root.with_suffix(".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # xdist workers wait for the first one
        if not manifest.exists():
            env = server_environment(database_url="sqlite:///:memory:", static_root=static_root)
            subprocess.run(
                [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"],
                cwd=ROOT,
                env=env,
                check=True,
            )
    return static_root


GUNICORN_CONF = ROOT / "network_site" / "gunicorn.conf.py"
DJANGO_APP = "network_site.wsgi:application"


class AppServer:
    """One gunicorn process (with its workers) on 127.0.0.1:port; its output goes to a file.

    `app` is the WSGI application gunicorn loads (the site by default). Everything not given
    here comes from production's gunicorn.conf.py, so a benchmark measures the recycling and
    preloading production has; `max_requests` (GUNICORN_MAX_REQUESTS) changes it for a test.
    """

    def __init__(
        self,
        *,
        port,
        env,
        workers=2,
        threads=4,
        log_dir=None,
        name="app",
        app=DJANGO_APP,
        max_requests=None,
    ):
        self.port = port
        # No access log: the tests and the benchmark read the error log only.
        self.env = {"GUNICORN_ACCESS_LOG": "", **env}
        if max_requests is not None:
            self.env["GUNICORN_MAX_REQUESTS"] = str(max_requests)
        self.workers = workers
        self.threads = threads
        self.name = name
        self.app = app
        self.log_dir = Path(log_dir or tempfile.mkdtemp(prefix="community-netzwerk-server-"))
        self.log_path = self.log_dir / f"{name}-{port}.log"
        self.process = None

    @property
    def url(self):
        return f"http://127.0.0.1:{self.port}"

    def command(self):
        return [
            gunicorn_path() or "gunicorn",
            "--config",
            str(GUNICORN_CONF),
            self.app,
            "--bind",
            f"127.0.0.1:{self.port}",
            "--workers",
            str(self.workers),
            "--threads",
            str(self.threads),
            "--graceful-timeout",
            "5",
            "--error-logfile",
            "-",
            "--log-level",
            "info",
            # Several servers on one machine: no shared control socket in the home folder.
            *(["--no-control-socket"] if _has_control_socket() else []),
        ]

    def gunicorn_settings(self):
        """gunicorn.conf.py's values as this server's environment makes them (a dict)."""
        return gunicorn_settings(self.env)

    def worker_pids(self):
        """The process ids of gunicorn's workers now (the master's children)."""
        if self.process is None or self.process.poll() is not None:
            return []
        try:
            children = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children")
            return [int(pid) for pid in children.read_text().split()]
        except (FileNotFoundError, ProcessLookupError, ValueError):
            return []

    def worker_memory(self):
        """{pid: {"rss": MiB, "pss": MiB, "uss": MiB}} of each worker (Linux's smaps_rollup).

        RSS counts the pages a worker shares with the master (copy-on-write after the
        preload) in full; PSS a share of them; USS only the worker's own pages: what one more
        worker costs.
        """
        memory = {}
        for pid in self.worker_pids():
            try:
                memory[pid] = process_memory(pid)
            except (FileNotFoundError, ProcessLookupError, PermissionError):
                continue  # replaced meanwhile
        return memory

    def start(self):
        self._log = open(self.log_path, "ab")
        self.process = subprocess.Popen(
            self.command(),
            cwd=ROOT,
            env=self.env,
            stdout=self._log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group: stop() ends the workers too
        )
        return self

    def wait_ready(self, timeout=60, path="/robots.txt"):
        """Until the server answers `path` with 200 (the first request also loads Django).

        If it does not, the server is stopped and RuntimeError tells why (its log's end).
        """
        try:
            self._wait_ready(timeout, path)
        except BaseException:
            self.stop()
            raise
        return self

    def _wait_ready(self, timeout, path):
        import urllib.error
        import urllib.request

        deadline = time.monotonic() + timeout
        last_error = None
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(
                    f"{self.name} exited with {self.process.returncode}:\n{self.log_tail()}"
                )
            try:
                with urllib.request.urlopen(self.url + path, timeout=10) as response:
                    if response.status == 200:
                        return self
            except urllib.error.HTTPError as error:
                # It answers, but not as it should: waiting will not change that.
                raise RuntimeError(
                    f"{self.name} answered {path} with {error.code}:\n{self.log_tail()}"
                ) from error
            except (urllib.error.URLError, ConnectionError, TimeoutError) as error:
                last_error = error
            time.sleep(0.2)
        raise RuntimeError(
            f"{self.name} not ready after {timeout} s ({last_error}):\n{self.log_tail()}"
        )

    def stop(self, timeout=15):
        """SIGINT (quick shutdown) to gunicorn, which ends its workers; SIGKILL if that hangs."""
        if self.process is None:
            return
        if self.process.poll() is None:
            try:
                self.process.send_signal(signal.SIGINT)
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                pass
        try:
            os.killpg(self.process.pid, signal.SIGKILL)  # any worker left behind
        except ProcessLookupError:
            pass
        self.process.wait()
        self._log.close()

    def log_text(self):
        try:
            return self.log_path.read_text(errors="replace")
        except FileNotFoundError:
            return ""

    def log_tail(self, characters=4000):
        return self.log_text()[-characters:]

    def __enter__(self):
        return self.start().wait_ready()

    def __exit__(self, *exc_info):
        self.stop()


def gunicorn_settings(env):
    """The values network_site/gunicorn.conf.py computes in the environment `env`."""
    import runpy
    from unittest import mock

    with mock.patch.dict(os.environ, env, clear=True):
        values = runpy.run_path(str(GUNICORN_CONF))
    return {name: value for name, value in values.items() if not name.startswith("_")}


def process_memory(pid):
    """{"rss", "pss", "uss"} of one process in MiB, from /proc/PID/smaps_rollup."""
    fields = {}
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
        name, _colon, rest = line.partition(":")
        parts = rest.split()
        if len(parts) == 2 and parts[1] == "kB":
            fields[name] = int(parts[0])
    uss = fields.get("Private_Clean", 0) + fields.get("Private_Dirty", 0)
    return {
        "rss": fields.get("Rss", 0) / 1024,
        "pss": fields.get("Pss", 0) / 1024,
        "uss": uss / 1024,
    }


def start_servers(servers, timeout=60):
    """Start several servers at once (their start-up overlaps), then wait for each."""
    try:
        for server in servers:
            server.start()
        for server in servers:
            server.wait_ready(timeout)
    except BaseException:
        stop_servers(servers)
        raise
    return servers


def stop_servers(servers):
    for server in servers:
        server.stop()


class _PlainHttpCookies(DefaultCookiePolicy):
    """Sends cookies marked Secure over plain HTTP too: the servers run without TLS here."""

    def return_ok_secure(self, cookie, request):
        return True


class Browser:
    """A requests session against one server: cookies, CSRF and the Wagtail admin login."""

    def __init__(self, base_url):
        import requests

        self.base_url = base_url.rstrip("/")
        self.session = requests.Session()
        self.session.cookies.set_policy(_PlainHttpCookies())

    def get(self, path, **kwargs):
        kwargs.setdefault("allow_redirects", False)
        kwargs.setdefault("timeout", 30)
        return self.session.get(self.base_url + path, **kwargs)

    def post(self, path, data, **kwargs):
        """A form POST with the CSRF token from the cookie, as a browser on our pages sends it."""
        kwargs.setdefault("allow_redirects", False)
        kwargs.setdefault("timeout", 60)
        data = dict(data) if not isinstance(data, list) else list(data)
        token = self.csrf_token()
        if isinstance(data, list):
            data.append(("csrfmiddlewaretoken", token))
        else:
            data["csrfmiddlewaretoken"] = token
        headers = {"Referer": self.base_url + path, **kwargs.pop("headers", {})}
        return self.session.post(self.base_url + path, data=data, headers=headers, **kwargs)

    def csrf_token(self):
        for cookie in self.session.cookies:
            if cookie.name == "csrftoken":
                return cookie.value
        return ""

    def admin_login(self, username, password):
        """Log in through the Wagtail admin's own form; returns the final response."""
        page = self.get("/admin/login/")
        if page.status_code != 200 or not self.csrf_token():
            raise RuntimeError(f"admin login form: {page.status_code}, no CSRF cookie")
        response = self.post(
            "/admin/login/", {"username": username, "password": password, "next": "/admin/"}
        )
        if response.status_code != 302:
            raise RuntimeError(f"admin login refused: {response.status_code}")
        return response
