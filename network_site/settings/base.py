"""Settings shared by every environment; the environment chooses database, cache, mail and media."""

import os
from pathlib import Path

import dj_database_url
import dj_email_url

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


INSTALLED_APPS = [
    "core",
    "home",
    "eventpages",
    "docpages",
    "blogpages",
    "embedding",
    "exchange",
    "directory",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.table_block",
    "wagtail.embeds",
    "wagtail.contrib.redirects",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_tasks",
    "wagtail.api.v2",
    "rest_framework",
    "corsheaders",
    "wagtail.contrib.frontend_cache",
    "axes",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Before anything that may answer early: the public API's CORS headers and preflights.
    "corsheaders.middleware.CorsMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    # Below the CSP middleware: picks the admin's relaxed policy, adds Permissions-Policy.
    "core.security.SecurityHeadersMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # Django's, except that routes outside the language prefixes keep their own 404.
    "core.locale_middleware.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "core.middleware.PrivateResponseMiddleware",
    # Anonymous GETs answered from the shared cache (core/cache.py); below the middleware
    # that knows the user and the language, above the ones whose headers it stores.
    "core.cache.PageCacheMiddleware",
    # What a page's answer needs first (the Site), kept per content generation (core.serving).
    "core.serving.KnownSiteMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Login throttling (django-axes); last, as its documentation asks.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "network_site.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.csp",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "network_site.wsgi.application"

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Wagtail's search index uses PostgreSQL's full-text search fields there.
    INSTALLED_APPS.append("django.contrib.postgres")

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "/"
LOGOUT_REDIRECT_URL = "/"
WAGTAIL_FRONTEND_LOGIN_URL = LOGIN_URL

# Languages: German first; Arabic and Persian are right-to-left (Django knows both as bidi).
LANGUAGE_CODE = "de"
LANGUAGES = [
    ("de", "Deutsch"),
    ("en", "English"),
    ("ar", "العربية"),
    ("fa", "فارسی"),
    ("uk", "Українська"),
    ("ru", "Русский"),
    ("tr", "Türkçe"),
]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# The admin offers the seven languages the site ships catalogues for (locale/ carries the
# dependencies' strings that Wagtail and wagtail-localize leave untranslated, see
# core/dependency_strings.py), not the forty Wagtail knows.
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
# A new translation starts as a draft: it must not go live half-translated (German fallbacks).
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
LOCALE_PATHS = [BASE_DIR / "locale"]
LANGUAGE_COOKIE_NAME = "django_language"
LANGUAGE_COOKIE_AGE = 60 * 60 * 24 * 365
LANGUAGE_COOKIE_SAMESITE = "Lax"
TIME_ZONE = "Europe/Berlin"
# Dates in the admin's date picker as German offices write them ("16.12.2026 17:00"), in every
# admin language: the picker writes this format, and each language parses it (de, uk and ru
# know it; network_site/formats adds it to en, ar, fa and tr after their own formats).
WAGTAIL_DATE_FORMAT = "%d.%m.%Y"
WAGTAIL_DATETIME_FORMAT = "%d.%m.%Y %H:%M"
WAGTAIL_TIME_FORMAT = "%H:%M"
FORMAT_MODULE_PATH = ["network_site.formats"]
USE_I18N = True
USE_TZ = True

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [PROJECT_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "static_collected"))
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = os.environ.get("MEDIA_URL", "/media/")

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Mail (Django 6.1 mailers): EMAIL_URL such as smtp+tls://user:pass@mail.example.org:587,
# or the classic EMAIL_HOST/EMAIL_PORT/... variables.
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "netzwerk@localhost")
SERVER_EMAIL = os.environ.get("SERVER_EMAIL", DEFAULT_FROM_EMAIL)
SMTP_BACKEND = "django.core.mail.backends.smtp.EmailBackend"


def mailer_from_environment():
    if os.environ.get("EMAIL_URL"):
        parsed = dj_email_url.parse(os.environ["EMAIL_URL"])
    else:
        parsed = {
            "EMAIL_BACKEND": SMTP_BACKEND,
            "EMAIL_HOST": os.environ.get("EMAIL_HOST", "localhost"),
            "EMAIL_PORT": int(os.environ.get("EMAIL_PORT", "25")),
            "EMAIL_HOST_USER": os.environ.get("EMAIL_HOST_USER", ""),
            "EMAIL_HOST_PASSWORD": os.environ.get("EMAIL_HOST_PASSWORD", ""),
            "EMAIL_USE_TLS": env_bool("EMAIL_USE_TLS"),
            "EMAIL_USE_SSL": env_bool("EMAIL_USE_SSL"),
        }
    backend = parsed.get("EMAIL_BACKEND", SMTP_BACKEND)
    if backend != SMTP_BACKEND:
        return {"BACKEND": backend}
    return {
        "BACKEND": SMTP_BACKEND,
        "OPTIONS": {
            "host": parsed.get("EMAIL_HOST") or "localhost",
            "port": parsed.get("EMAIL_PORT") or 25,
            "username": parsed.get("EMAIL_HOST_USER") or "",
            "password": parsed.get("EMAIL_HOST_PASSWORD") or "",
            "use_tls": bool(parsed.get("EMAIL_USE_TLS")),
            "use_ssl": bool(parsed.get("EMAIL_USE_SSL")),
            "timeout": int(os.environ.get("EMAIL_TIMEOUT", "20")),
        },
    }


MAILERS = {"default": mailer_from_environment()}

# Background work (Wagtail's own tasks and ours): immediate unless production selects a worker.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

WAGTAIL_SITE_NAME = "Integrationsnetzwerk"
# Where the site is, e.g. https://netzwerk.example.org (core/site_url.py): every link in
# emails, the Wagtail site's host name and port (page URLs, the sitemap) and, unless set on its
# own, the admin's base URL. Development and tests have defaults; production requires it.
SITE_URL = os.environ.get("SITE_URL", "").strip().rstrip("/")
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL") or SITE_URL
# Partners' calendars (eventpages/ical_import/fetch.py) are never fetched from internal
# addresses; host names and CIDR ranges listed here may be internal (an intranet's calendar
# server, a test's local server).
ICAL_IMPORT_ALLOWED_HOSTS = []
# How often a calendar is synced (the hourly timer runs `import_calendars`), how far ahead series
# are imported, how many events a feed may hold, and after how many failed runs in a row the
# coordinators get one email.
ICAL_IMPORT_INTERVAL_MINUTES = int(os.environ.get("ICAL_IMPORT_INTERVAL_MINUTES", "60"))
ICAL_IMPORT_HORIZON_DAYS = 365
ICAL_IMPORT_MAX_EVENTS = 5000
ICAL_IMPORT_ALERT_AFTER = 3
# The directory: after how many months an entry nobody confirmed counts as due for review (the
# desk shows it; `send_directory_reviews` asks its contacts once per period, directory.reviews).
DIRECTORY_REVIEW_MONTHS = int(os.environ.get("DIRECTORY_REVIEW_MONTHS", "12"))
# Machine translation (core.machine_translation): off unless configured. LibreTranslate is the
# recommended, self-hosted provider (the texts stay with the county); DeepL the hosted one.
# Members-only pages and board posts go to a provider only if it is marked as allowed private
# data (MACHINE_TRANSLATION_PRIVATE_OK, meant for a self-hosted LibreTranslate).
MACHINE_TRANSLATION = os.environ.get("MACHINE_TRANSLATION", "none").strip().lower() or "none"
MACHINE_TRANSLATION_URL = os.environ.get("MACHINE_TRANSLATION_URL", "").strip().rstrip("/")
MACHINE_TRANSLATION_KEY = os.environ.get("MACHINE_TRANSLATION_KEY", "")
MACHINE_TRANSLATION_PRIVATE_OK = env_bool("MACHINE_TRANSLATION_PRIVATE_OK")
MACHINE_TRANSLATION_TIMEOUT = int(os.environ.get("MACHINE_TRANSLATION_TIMEOUT", "20"))
# wagtail-localize's editor offers "Übersetzen mit …" when it has a translator: ours, which
# asks through core.machine_translation (privacy, glossary, errors as messages).
if MACHINE_TRANSLATION != "none":
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "core.machine_translation.localize.CountyTranslator",
        "OPTIONS": {},
    }
WAGTAIL_PASSWORD_MANAGEMENT_ENABLED = True
# Member-only content is protected by groups; shared page passwords would leak by forwarding.
# (bandit B105: these are switches, not passwords.)
WAGTAIL_PRIVATE_PAGE_OPTIONS = {"SHARED_PASSWORD": False}  # nosec B105
WAGTAILDOCS_PRIVATE_COLLECTION_OPTIONS = {"SHARED_PASSWORD": False}  # nosec B105
# Documents go through Wagtail's serve view, which checks collection privacy, and download
# rather than open in the browser.
WAGTAILDOCS_DOCUMENT_MODEL = "docpages.NetworkDocument"
WAGTAILDOCS_DOCUMENT_FORM_BASE = "docpages.forms.NetworkDocumentForm"
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_INLINE_CONTENT_TYPES = []
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "core.search_backend"}}  # German stems on PG
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
# Images are always public: the form refuses members-only collections for them.
WAGTAILIMAGES_IMAGE_FORM_BASE = "docpages.image_forms.PublicCollectionImageForm"
WAGTAILDOCS_EXTENSIONS = [
    "pdf", "docx", "odt", "xlsx", "ods", "pptx", "odp", "txt", "jpg", "jpeg", "png"
]  # fmt: skip
# Uploads larger than this are refused (admin and members' sharing form alike).
DOCUMENT_MAX_UPLOAD_SIZE = int(os.environ.get("DOCUMENT_MAX_UPLOAD_MB", "20")) * 1024 * 1024
# Office files (zip packages) whose content would unpack to more, or that consist of more
# parts, are refused as zip bombs (docpages.archives).
DOCUMENT_MAX_UNPACKED_SIZE = int(os.environ.get("DOCUMENT_MAX_UNPACKED_MB", "100")) * 1024 * 1024
DOCUMENT_MAX_ARCHIVE_ENTRIES = int(os.environ.get("DOCUMENT_MAX_ARCHIVE_ENTRIES", "10000"))

# Framing: pages may be framed by the site itself (Wagtail's preview); embeds by the origins
# coordinators list in the admin (embedding.EmbedSettings), through CSP frame-ancestors
# (SECURE_CSP in security.py).
X_FRAME_OPTIONS = "SAMEORIGIN"

# Events: open-ended series are expanded this many days ahead (`manage.py extend_occurrences`,
# run daily, moves the window); past occurrences are kept this long for the archive.
EVENTS_HORIZON_DAYS = 400
EVENTS_HISTORY_DAYS = 3 * 365
# The board: authors may change or delete their own posts for this many minutes.
EXCHANGE_EDIT_WINDOW_MINUTES = 30

# The public read-only API (network_site/api.py): JSON for any website, without credentials.
# Absolute URLs in it start with the Wagtail site's root URL, like the pages' own links.
WAGTAILAPI_LIMIT_MAX = 100
CORS_URLS_REGEX = r"^/(api/v2|oembed)/.*$"
CORS_ALLOW_ALL_ORIGINS = True
CORS_ALLOW_CREDENTIALS = False
CORS_ALLOW_METHODS = ["GET", "HEAD", "OPTIONS"]
CORS_ALLOW_HEADERS = ["accept", "accept-language", "content-type", "x-requested-with"]

from .caching import *  # noqa: E402, F403
from .security import *  # noqa: E402, F403
