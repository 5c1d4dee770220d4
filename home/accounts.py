"""Login and logout that bring the person back to where they were, in their language.

The header's login link and logout form send the place (`next`: path and query). Django's
views accept it only when it is on this site (url_has_allowed_host_and_scheme); then:

- after login: that place, in the language of the login page (someone who switched the
  login page to Arabic reads the Arabic version of the page they came from); without a
  usable `next`, the home page in that language, never `/` (which would pick German);
- after logout: that place if anyone may read it; from a members-only page, its nearest
  public ancestor in the same language (the home page at the latest), not a login page.
"""

from django.contrib.auth import views as auth_views
from django.utils.translation import get_language

from core.visibility import hidden_paths, public_visitor

from .navigation import localized_home
from .places import in_language, page_at, view_name

# Views that are not pages but that anyone may read, so logout may return there.
PUBLIC_VIEWS = {"search"}


def home_url(request):
    home = localized_home(request)
    return home.get_url(request) if home is not None else f"/{get_language()}/"


class SiteLoginView(auth_views.LoginView):
    redirect_authenticated_user = True

    def get_redirect_url(self):
        url = super().get_redirect_url()  # "" unless on this site
        if not url:
            return url
        page, route = page_at(self.request, url)
        if page is None:
            return url
        return in_language(self.request, url, page, route, get_language()) or url

    def get_default_redirect_url(self):
        return home_url(self.request)


class SiteLogoutView(auth_views.LogoutView):
    def get_success_url(self):
        url = self.get_redirect_url()  # "" unless on this site
        return (public_place(self.request, url) if url else None) or home_url(self.request)


def public_place(request, url):
    """`url` if an anonymous visitor may read it, else its nearest public ancestor page's
    address (in the same language), else None."""
    page, _route = page_at(request, url)
    if page is None:
        return url if view_name(url) in PUBLIC_VIEWS else None
    hidden = tuple(hidden_paths(public_visitor()))
    if not hidden or not page.path.startswith(hidden):
        return url
    for ancestor in reversed(page.get_ancestors().live().filter(depth__gt=1)):
        if not ancestor.path.startswith(hidden):
            return ancestor.get_url(request)
    return None
