from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class MultilingualSitemap(Sitemap):
    """Every live, public page of the site in every language, not only the default one."""

    def items(self):
        site = self.get_wagtail_site()
        language_roots = Page.objects.filter(translation_key=site.root_page.translation_key)
        in_site = Q()
        for root in language_roots:
            in_site |= Q(path__startswith=root.path)
        return (
            Page.objects.live()
            .public()
            .filter(in_site)
            .order_by("path")
            .defer_streamfields()
            .specific()
        )
