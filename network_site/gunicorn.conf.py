"""gunicorn settings for `make serve` and production (`gunicorn -c network_site/gunicorn.conf.py`).

Every value can be changed from the environment: GUNICORN_BIND (or HOST and PORT),
GUNICORN_WORKERS, GUNICORN_THREADS, GUNICORN_TIMEOUT, GUNICORN_ACCESS_LOG ("-" = stdout,
"" = off), GUNICORN_MAX_REQUESTS (0 = never recycle), GUNICORN_MAX_REQUESTS_JITTER. gunicorn
also reads GUNICORN_CMD_ARGS on its own.
"""

import multiprocessing
import os

wsgi_app = "network_site.wsgi:application"

# Behind a reverse proxy on the same machine: 127.0.0.1:8000 (the default); in a container
# 0.0.0.0:8000; a unix socket as "unix:/run/netzwerk/gunicorn.sock".
bind = [
    os.environ.get("GUNICORN_BIND")
    or f"{os.environ.get('HOST', '127.0.0.1')}:{os.environ.get('PORT', '8000')}"
]

# Processes for the cores, threads for the waiting (database, Redis, S3): two processes per
# core plus one, as gunicorn's documentation suggests, with a few threads each.
workers = int(os.environ.get("GUNICORN_WORKERS", multiprocessing.cpu_count() * 2 + 1))
worker_class = "gthread"
threads = int(os.environ.get("GUNICORN_THREADS", "4"))

# A request that takes longer than this is stuck: the worker is restarted. Uploads of large
# documents go through the proxy first (which buffers them), so 60 s is plenty.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "60"))
graceful_timeout = int(os.environ.get("GUNICORN_GRACEFUL_TIMEOUT", "30"))
keepalive = int(os.environ.get("GUNICORN_KEEPALIVE", "5"))

# Recycle workers now and then, so slow leaks never grow; the jitter (up to a tenth more)
# keeps them from being replaced all at once. A new worker costs little (preload_app below:
# forked from the warmed master), but each replacement still drops a worker's connections and
# its local caches; at 2000 a worker was replaced every few seconds under cached load, so the
# default is 20000 (an hour or more of ordinary traffic per worker).
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "20000"))
max_requests_jitter = int(os.environ.get("GUNICORN_MAX_REQUESTS_JITTER", max_requests // 10))

# Load the application before forking: a broken configuration fails at once, and workers
# share the imported code's memory. network_site/wsgi.py warms it there (URL configuration,
# translations, templates; network_site/warm.py), so a new worker's first request is as fast
# as any other.
preload_app = True

# Logs to stdout/stderr (systemd's journal, docker logs). The access log line has the time
# taken (%(M)s, milliseconds) and the client address the proxy passed on.
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-") or None
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
access_log_format = '%({x-forwarded-for}i)s %(h)s "%(r)s" %(s)s %(b)s %(M)sms "%(a)s"'

# The proxy in front is trusted for X-Forwarded-Proto (https): only when it is on this host.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1,::1")

# gunicorn's control socket (`gunicornc`) sits at one path per user by default, so several
# app servers on one machine would take each other's: off unless given a path of its own.
if os.environ.get("GUNICORN_CONTROL_SOCKET"):
    control_socket = os.environ["GUNICORN_CONTROL_SOCKET"]
else:
    control_socket_disable = True


def _limit_malloc_arenas():
    """At most two malloc arenas per process (glibc's M_ARENA_MAX), set in the master before it
    forks, so every worker inherits it.

    glibc gives each thread that meets contention an arena of its own (up to eight per core),
    and memory freed in an arena stays with it: a gthread worker's four threads, each building
    pages, kept growing to well above what they hold at any moment. Two arenas are what
    MALLOC_ARENA_MAX=2 would give, without depending on the service's environment; no effect
    where the C library is not glibc.
    """
    import ctypes
    import ctypes.util

    m_arena_max = -8  # from glibc's malloc.h
    arenas = int(os.environ.get("MALLOC_ARENAS", "2"))
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        libc.mallopt(m_arena_max, arenas)
    except (OSError, AttributeError):
        pass


_limit_malloc_arenas()
