"""Warm the application in gunicorn's master, before it forks its workers.

gunicorn loads the application once in the master (`preload_app`) and forks the workers from
it; a worker is replaced after `max_requests`. Whatever Django loads only on first use is then
loaded again by every new worker on its first request, while a visitor waits: the URL
configuration (the Wagtail admin's alone takes about 90 ms to import and register its
viewsets), the view modules it names, the translation catalogues of each language, and the
compiled templates. Loaded here, in the master, each new worker starts with them already in
memory, shared with the master page by page until one of them writes (copy-on-write), so a new
worker answers its first request as fast as its thousandth and costs less memory.

Nothing here touches the database (a connection opened before the fork would be shared by
every worker); any connection open at the end is closed all the same.

Called by network_site/wsgi.py once the application is loaded, unless DEBUG is on (the
development server reloads on every change, where warming would only slow its restarts).
"""

import gc
import logging
import time
from importlib import import_module
from pathlib import Path

from django.conf import settings
from django.db import connections
from django.template import TemplateDoesNotExist, TemplateSyntaxError, engines
from django.urls import get_resolver
from django.utils import translation
from django.utils.module_loading import import_string

logger = logging.getLogger(__name__)

# Templates that public pages render besides the project's own (which are all compiled):
# the form widgets of the event and library filters (rendered by the form renderer's own
# template engine), and Wagtail's and Django's pieces our templates include.
THIRD_PARTY_TEMPLATES = {
    "django": [
        "wagtailcore/shared/richtext.html",
        "sitemap.xml",
    ],
    "form renderer": [
        "django/forms/div.html",
        "django/forms/errors/list/default.html",
        "django/forms/field.html",
        "django/forms/label.html",
        "django/forms/errors/list/ul.html",
        "django/forms/widgets/attrs.html",
        "django/forms/widgets/input.html",
        "django/forms/widgets/text.html",
        "django/forms/widgets/search.html",
        "django/forms/widgets/date.html",
        "django/forms/widgets/checkbox.html",
        "django/forms/widgets/select.html",
        "django/forms/widgets/select_option.html",
        "django/forms/widgets/radio.html",
        "django/forms/widgets/radio_option.html",
        "django/forms/widgets/input_option.html",
        "django/forms/widgets/multiple_input.html",
        "django/forms/widgets/hidden.html",
    ],
}


def warm():
    """Load what first requests would load; returns {step: milliseconds} (also logged)."""
    timings = {}
    for name, step in (
        ("urls", warm_urls),
        ("page types", warm_page_types),
        ("translations", warm_translations),
        ("request modules", warm_request_modules),
        ("templates", warm_templates),
    ):
        started = time.perf_counter()
        step()
        timings[name] = round((time.perf_counter() - started) * 1000)
    # Forked workers must not share a connection: none is expected, any is closed.
    connections.close_all()
    freeze_objects()
    logger.info("Warmed before forking (ms): %s", timings)
    return timings


def freeze_objects():
    """Keep the loaded objects out of the workers' garbage collections (gc.freeze()).

    The garbage collector marks every object it examines, and the first full collection in a
    forked worker would examine, and so write to (copy-on-write), every page of objects the
    master loaded: a worker's memory would grow to a full private copy of the master's within
    its first requests, and the collection itself takes milliseconds in the middle of one.
    Frozen objects are never examined; they live as long as the process anyway (modules,
    URL patterns, templates, catalogues). Python's documentation recommends this before fork.
    """
    gc.collect()
    gc.freeze()


def warm_urls():
    """Import the URL configuration and every module it names, and build its lookup tables.

    Django builds a resolver's reverse() table per language (the i18n prefixes), the root's
    and, as it goes, each included resolver's; that also compiles every pattern's regular
    expression, which resolving a path needs.
    """
    resolver = get_resolver()
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            if language not in resolver._reverse_dict:
                resolver._populate()
    # Django's LocaleMiddleware asks this on every request (cached after the first).
    from django.conf.urls.i18n import is_language_prefix_patterns_used

    is_language_prefix_patterns_used(settings.ROOT_URLCONF)


def warm_page_types():
    """Import each page type's sub-page routes and embed module, which its requests use.

    A routable page type (Wagtail's RoutablePageMixin; core.routes names the routes' module
    as data) builds its URL resolver, importing its views and feeds, on its first request;
    an embeddable one (embedding.hook) imports its `embed_module` on its first embed.
    """
    from wagtail.models import get_page_models

    for model in get_page_models():
        get_resolver_of = getattr(model, "get_resolver", None)
        if get_resolver_of is not None:
            resolver = get_resolver_of()
            for language, _name in settings.LANGUAGES:
                with translation.override(language):
                    resolver._populate()
        if getattr(model, "embed_module", None):
            import_module(model.embed_module)


def warm_translations():
    """Load every language's catalogues (each reads every app's .mo file) and formats.

    Also what Django's LocaleMiddleware asks per language on each request (cached per
    process after the first): whether the language exists, its variant, its path prefix.
    """
    from django.utils import formats
    from django.utils.translation import trans_real

    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            translation.gettext("Deutsch")
            translation.get_language_bidi()
            formats.get_format("DATE_INPUT_FORMATS")
            formats.get_format("DATETIME_FORMAT")
        trans_real.check_for_language(code)
        trans_real.get_supported_language_variant(code)
        trans_real.get_language_from_path(f"/{code}/")


def warm_request_modules():
    """Import the modules that settings name and Django imports on a first request.

    The session engine and serializer, the message storage, the template context processors,
    the SQL compiler and the search backend (the site search); the names come from the
    settings, so this follows them. None of them connects to the database when loaded.
    """
    from wagtail.search.backends import get_search_backend

    for name in (
        f"{settings.SESSION_ENGINE}.SessionStore",
        settings.SESSION_SERIALIZER,
        settings.MESSAGE_STORAGE,
    ):
        import_string(name)
    engines["django"].engine.template_context_processors  # noqa: B018 (a cached property)
    import_module("django.db.models.sql.compiler")
    get_search_backend()


def project_template_names():
    """The names of the templates in the project's own folders (not the installed packages')."""
    root = Path(settings.BASE_DIR).resolve()
    folders = [Path(folder) for engine in settings.TEMPLATES for folder in engine["DIRS"]]
    from django.apps import apps

    for app_config in apps.get_app_configs():
        path = Path(app_config.path).resolve()
        if path.is_relative_to(root) and ".venv" not in path.parts:
            folders.append(path / "templates")
    names = set()
    for folder in folders:
        if folder.is_dir():
            names.update(
                path.relative_to(folder).as_posix()
                for path in folder.rglob("*")
                if path.is_file() and path.suffix in {".html", ".txt", ".xml", ".css", ".js"}
            )
    return sorted(names)


def warm_templates():
    """Compile the project's templates (and the few others public pages use) into the cache.

    Production keeps compiled templates in Django's cached loader (the default when no
    loaders are configured), so a template compiled here is never compiled by a worker.
    """
    engine = engines["django"]
    for name in [*project_template_names(), *THIRD_PARTY_TEMPLATES["django"]]:
        _compile(engine, name)
    from django.forms.renderers import get_default_renderer

    renderer = get_default_renderer()
    form_engine = getattr(renderer, "engine", None)
    if form_engine is not None:
        for name in THIRD_PARTY_TEMPLATES["form renderer"]:
            _compile(form_engine, name)


def _compile(engine, name):
    try:
        engine.get_template(name)
    except (TemplateDoesNotExist, TemplateSyntaxError) as error:
        # A template that only compiles in context (an e-mail's part) stays lazy.
        logger.debug("Not warmed: %s (%s)", name, error)
