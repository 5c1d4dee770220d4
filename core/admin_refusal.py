"""One way to refuse an admin screen: a 403 page that says why, never stored by a cache.

Wagtail turns a PermissionDenied into a redirect to the dashboard with a generic message;
screens that hold personal data (the board's moderation, subscribers' addresses) say instead,
with a 403, who may open them. Every answer of such a screen, refusal or not, is kept out of
caches. A view declares `allowed(user)` and the `refusal` sentence; the page is the same for
every app (core/admin/refusal.html).
"""

from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

REFUSAL_TEMPLATE = "core/admin/refusal.html"


class RefusalPage(WagtailAdminTemplateMixin, TemplateView):
    """The admin furniture around the refusal (title, icon, breadcrumbs, dashboard link)."""

    template_name = REFUSAL_TEMPLATE


def refusal_response(request, refusal, page_title="", header_icon=""):
    page = RefusalPage(page_title=page_title, header_icon=header_icon)
    page.setup(request)
    context = page.get_context_data(refusal=refusal)
    return TemplateResponse(request, page.template_name, context, status=403)


class RefuseUnlessAllowedMixin:
    """Checks `allowed(request.user)` before the view runs (and before it loads anything)."""

    refusal = ""
    refusal_title = None  # the view's own page_title unless set

    def allowed(self, user):
        raise NotImplementedError

    def dispatch(self, request, *args, **kwargs):
        if self.allowed(request.user):
            response = super().dispatch(request, *args, **kwargs)
        else:
            title = self.refusal_title or getattr(self, "page_title", "")
            icon = getattr(self, "header_icon", "")
            response = refusal_response(request, self.refusal, title, icon)
        add_never_cache_headers(response)
        return response
