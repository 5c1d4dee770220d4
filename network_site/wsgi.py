"""The WSGI application (gunicorn: network_site.wsgi:application), warmed once it is loaded.

gunicorn imports this module in its master before forking the workers (`preload_app` in
gunicorn.conf.py): network_site.warm loads the URL configuration, the translation catalogues
and the templates there, so that neither a new worker's first request (after each
`max_requests`) nor its memory pays for them again. Without preloading (another server, or
gunicorn without the config file) each worker warms itself at start, still before its first
request. The development server is left alone (DEBUG, or its autoreloader's process, which
Django marks RUN_MAIN): it restarts on every change, and warming would only slow that.
"""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "network_site.settings.production")

application = get_wsgi_application()


def _warm():
    from django.conf import settings

    if not settings.DEBUG and os.environ.get("RUN_MAIN") != "true":
        from network_site.warm import warm

        warm()


_warm()
