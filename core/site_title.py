"""The site's name in a language: the title of its home page in that language.

Why the home page's title, and not Wagtail's `Site.site_name` or a setting of its own: the
home page is translated in wagtail-localize like every page, so each language already has
its own name for the network ("Integrationsnetzwerk Burgenlandkreis", "Integration Network
Burgenland District", "شبكة الاندماج …"), kept by the same people in the same place. The
header, the browser's window titles, emails and feeds all name the site by it; a second
field would only drift apart from it. Where the home page is not translated yet, its German
alias carries the German name, as everywhere else on the site. `Site.site_name` (one value,
German) stays Wagtail's internal name of the site in the admin.
"""

from django.conf import settings
from wagtail.models import Page, Site


def home_title(page):
    """The title of the home page above `page` (the home of the page's own language), one
    query; "" for a page that is not below a home page."""
    if page.depth == 2:
        return page.title
    home = Page.objects.ancestor_of(page).filter(depth=2).only("title").first()
    return home.title if home is not None else ""


def site_title(language):
    """The default site's home page title in `language` (else the German title), two queries."""
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is None:
        return settings.WAGTAIL_SITE_NAME
    root = site.root_page
    home = (
        Page.objects.live()
        .filter(translation_key=root.translation_key, locale__language_code=language)
        .first()
    )
    return (home or root).title
