"""/sitemap.xml: every live, public page in every language, with its hreflang alternates.

Each `<url>` names the page's language versions as `<xhtml:link rel="alternate">`, by the
same rule as the `<link rel="alternate">` in the page's own head (home.navigation), and with
Wagtail's full URLs like its `<loc>`. The alternates of a whole sitemap page are read in one
query: the number of queries does not grow with the pages.
"""

from collections import defaultdict

from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from core.visibility import alternate_pages, visible_pages

from .navigation import hreflang_links


class MultilingualSitemap(Sitemap):
    """Every live, public page of the site in every language, not only the default one."""

    def items(self):
        site = self.get_wagtail_site()
        language_roots = Page.objects.filter(translation_key=site.root_page.translation_key)
        in_site = Q()
        for root in language_roots:
            in_site |= Q(path__startswith=root.path)
        # What an anonymous visitor may read (core.visibility: aliases of members-only pages
        # are left out too, which Wagtail's .public() does not see).
        return (
            visible_pages(Page.objects.live(), request=None)
            .filter(in_site)
            .order_by("path")
            .defer_streamfields()
            .specific()
        )

    def alternates_by_key(self, pages):
        """{translation key: alternates in the template's form} for these pages."""
        versions = defaultdict(list)
        for version in alternate_pages({page.translation_key for page in pages}):
            versions[version.translation_key].append(version)
        return {
            key: [
                {"lang_code": link["hreflang"], "location": link["href"]}
                for link in hreflang_links(group, lambda t: t.get_full_url(self.request))
            ]
            for key, group in versions.items()
        }

    def _urls(self, page, protocol, domain):
        """Wagtail's URLs of one sitemap page, the page's own with its alternates.

        (Wagtail's Sitemap replaces Django's `_urls`, and with it Django's i18n alternates.)
        """
        pages = list(self.paginator.page(page).object_list)
        alternates = self.alternates_by_key(pages)
        urls = []
        last_mods = set()
        for item in pages:
            links = alternates.get(item.translation_key, [])
            own = {link["location"] for link in links}
            for url_info in item.get_sitemap_urls(self.request):
                if url_info["location"] in own:
                    url_info = {**url_info, "alternates": links}
                urls.append(url_info)
                last_mods.add(url_info.get("lastmod"))
        # As Wagtail: no lastmod for the sitemap if any page has none (or there are no pages).
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls
