"""The directory's list for visitors: filtered, searched, paged, as cards.

The same number of queries for 15 organisations or 1,500 (directory.queries).
"""

from django.template.response import TemplateResponse
from django.utils.cache import patch_cache_control

from core.listing import pagination_context

from . import queries
from .filters import DirectoryFilterForm


def index_view(request, index):
    locale = queries.active_locale()
    form = DirectoryFilterForm(request.GET or None, **queries.filter_choices(locale))
    organisations = queries.selected(index, request, form)
    page_obj = queries.page_of_organisations(request, organisations)
    page_url = index.get_url(request) or "/"
    context = index.get_context(request)
    context.update(pagination_context(page_obj, form.query_string()))
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
    if form.values.get("open_now"):
        # "Open now" changes with the clock, not with content: not for the page cache
        # (core.cache keeps answers until content changes, up to PAGE_CACHE_SECONDS).
        patch_cache_control(response, max_age=0)
    return response
