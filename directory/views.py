"""The directory for visitors: the filtered list (cards, paged) and the map view of the same
selection (directory.map), with a switch between them that keeps the filters.

The same number of queries for 15 organisations or 1,500 (directory.queries, directory.map).
"""

from django.template.response import TemplateResponse
from django.utils.cache import patch_cache_control

from core import memo
from core.listing import pagination_context
from core.security import with_image_origins

from . import map as directory_map
from . import queries
from .filters import DirectoryFilterForm
from .models import MapSettings


def chosen(request, index):
    """The filter form and the organisations it selects."""
    locale = queries.active_locale()
    form = DirectoryFilterForm(request.GET or None, **queries.filter_choices(locale))
    return form, queries.selected(index, request, form)


def tile_url(request):
    """The configured tile address, or "" (no map) when none or none usable is set."""
    map_settings = memo.site_setting(MapSettings, request)
    url = (map_settings.tile_url if map_settings else "").strip()
    return url if directory_map.tile_origins(url) else ""


def views_context(request, index, form, view):
    """The "Liste | Karte" switch: both addresses keep the visitor's filters."""
    query = form.query_string()
    suffix = f"?{query}" if query else ""
    page_url = index.get_url(request) or "/"
    return {
        "view": view,
        "list_url": page_url + suffix,
        "map_url": page_url + index.reverse_subpage("map") + suffix,
        "has_map": bool(tile_url(request)),
    }


def not_kept_if_open_now(response, form):
    if form.values.get("open_now"):
        # "Open now" changes with the clock, not with content: not for the page cache
        # (core.cache keeps answers until content changes, up to PAGE_CACHE_SECONDS).
        patch_cache_control(response, max_age=0)
    return response


def index_view(request, index):
    form, organisations = chosen(request, index)
    page_obj = queries.page_of_organisations(request, organisations)
    page_url = index.get_url(request) or "/"
    context = index.get_context(request)
    context.update(pagination_context(page_obj, form.query_string()))
    context.update(views_context(request, index, form, "list"))
    context.update(
        {
            "page": index,
            "page_url": page_url,
            "reset_url": page_url,
            "form": form,
            "organisations": page_obj.object_list,
            "is_filtered": form.is_filtered,
            "has_errors": form.has_errors,
        }
    )
    response = TemplateResponse(request, "directory/directory_index_page.html", context)
    return not_kept_if_open_now(response, form)


def map_view(request, index):
    """The selection on a map after the visitor's consent, or by town without a tile server."""
    form, organisations = chosen(request, index)
    selection = directory_map.Selection(organisations, request)
    url = tile_url(request)
    map_url = (index.get_url(request) or "/") + index.reverse_subpage("map")
    map_settings = memo.site_setting(MapSettings, request)
    context = index.get_context(request)
    context.update(views_context(request, index, form, "map"))
    context.update(
        {
            "page": index,
            "page_url": map_url,
            "reset_url": map_url,
            "form": form,
            "selection": selection,
            "is_filtered": form.is_filtered,
            "has_errors": form.has_errors,
            "tile_url": url,
            "tile_host": directory_map.tile_host(url) if url else "",
            "attribution": map_settings.attribution if url else "",
        }
    )
    response = TemplateResponse(request, "directory/directory_map_page.html", context)
    if url:
        response._csp_config = with_image_origins(request, directory_map.tile_origins(url))
    return not_kept_if_open_now(response, form)
