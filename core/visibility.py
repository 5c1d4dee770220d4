"""Who may see which pages and collections: the one permission check for listings.

Anonymous visitors pass no view restriction, superusers all, members what their groups allow.
Listings of pages, and of rows that point at pages (occurrences, posts, search results, API,
sitemap, feeds, embeds, newsletters), leave out what the visitor may not read through
`visible_pages`; documents and images through `hidden_collection_paths`. Serving one page is
checked by core.page_access, with the same `passes`.

Each helper costs a constant number of queries, whatever the size of the tree.
"""

from types import SimpleNamespace

from django.contrib.auth.models import AnonymousUser
from django.db.models import Q
from wagtail.models import CollectionViewRestriction, Page, PageViewRestriction

from . import memo
from .roles import group_names


def public_visitor():
    """The visitor nobody knows, where no request is at hand or the request must not count:
    the API, embeds and their filter forms see what anyone may see, whoever asks."""
    return SimpleNamespace(user=AnonymousUser())


def hidden_paths(request, within=""):
    """Tree paths of restricted sections (below `within`) this visitor does not pass.

    The one permission check for listings of pages, and of rows that point at pages: anonymous
    visitors pass no restriction, superusers all, members what their groups allow. An alias
    shows its original's content, so an alias of a hidden page is hidden too, wherever it is.
    """
    return [path for path in _outermost(_hidden_for(request)) if path.startswith(within)]


def _outermost(paths):
    """The paths without those below another one of them (a shorter WHERE for each listing)."""
    kept = []
    for path in sorted(paths):
        if not kept or not path.startswith(kept[-1]):
            kept.append(path)
    return kept


def _hidden_for(request):
    """All hidden paths for this visitor, worked out once per request.

    A page asks several times (menus, language links, listings, search). The restrictions
    and the paths they cover (aliases included) are the same for everyone until content
    changes (core.memo), so they cost no query after the first request of a generation;
    a member's groups cost one query per request. Keyed by the user, since a request can
    log in or out on its way.
    """
    user = getattr(request, "user", None)
    key = getattr(user, "pk", None)
    cached = getattr(request, "_hidden_paths", None) if request is not None else None
    if cached is not None and cached[0] == key:
        return cached[1]
    if user is None or not user.is_authenticated:
        hidden = memo.remember("visibility:anonymous", _hidden_from_everyone, request)
    elif user.is_superuser:
        hidden = frozenset()
    else:
        hidden = frozenset().union(
            *(
                covered
                for restriction, covered in restricted_sections(request)
                if not passes(restriction, request)
            )
        )
    if request is not None:
        request._hidden_paths = (key, hidden)
    return hidden


def restricted_sections(request=None):
    """[(restriction, the tree paths it covers)]: every page view restriction, with the
    paths of its page and of the aliases of any page at or below it (an alias shows its
    original's content), in tree order. Built once per content generation (core.memo)."""
    return memo.remember("visibility:sections", _build_sections, request)


def _build_sections():
    restrictions = (
        PageViewRestriction.objects.select_related("page")
        .prefetch_related("groups")
        .order_by("page__path", "pk")
    )
    return tuple(
        (restriction, frozenset(with_aliases({restriction.page.path})))
        for restriction in restrictions
    )


def _hidden_from_everyone():
    return frozenset().union(*(covered for _restriction, covered in _build_sections()))


def restrictions_over(path, request=None):
    """The restrictions a page at this tree path is under: its own, its ancestors', and
    those of an alias's original and the original's ancestors (no query after the first
    request of a content generation)."""
    return [
        restriction
        for restriction, covered in restricted_sections(request)
        if path.startswith(tuple(covered))
    ]


def with_aliases(paths):
    """The paths, and those of the aliases of any page at or below them (one query if none)."""
    hidden = set(paths)
    new = hidden
    while new:
        below = Q()
        for path in new:
            below |= Q(alias_of__path__startswith=path)
        aliases = Page.objects.filter(below).values_list("path", flat=True)
        new = {path for path in aliases if not path.startswith(tuple(hidden))}
        hidden |= new
    return hidden


def passes(restriction, request):
    """Wagtail's accept_request, without a query for the user's groups per restriction."""
    if restriction.restriction_type != restriction.GROUPS:
        return restriction.accept_request(request)
    user = request.user
    if user.is_superuser:
        return True
    group_ids = group_names(user)
    return any(group.pk in group_ids for group in restriction.groups.all())


def visible_pages(queryset, request, within="", path_field="path"):
    """Leave out rows under a view restriction this visitor does not pass.

    `path_field` names the page path of the rows, e.g. "event__path" for event occurrences.
    """
    hidden = Q()
    for path in hidden_paths(request, within):
        hidden |= Q(**{f"{path_field}__startswith": path})
    return queryset.exclude(hidden) if hidden else queryset


def hidden_collection_paths(request):
    """Tree paths of restricted collections (documents, images) this visitor does not pass.

    The restrictions are kept per content generation (core.memo); a member's groups cost
    one query per request."""
    restrictions = memo.remember("visibility:collections", _collection_restrictions, request)
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return sorted({r.collection.path for r in restrictions})
    if user.is_superuser:
        return []
    return sorted({r.collection.path for r in restrictions if not passes(r, request)})


def _collection_restrictions():
    return tuple(
        CollectionViewRestriction.objects.select_related("collection").prefetch_related("groups")
    )


def alternate_pages(translation_keys):
    """The language versions that are alternates of pages with these translation keys: live,
    readable by anonymous visitors (visible_pages), translations and aliases alike. One rule
    for the head and the sitemap."""
    pages = Page.objects.live().filter(translation_key__in=translation_keys)
    return visible_pages(pages, request=None).select_related("locale")
