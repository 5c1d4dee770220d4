"""The addresses below a news index and the views that answer them.

BlogIndexPage names this list (`subpage_routes`, see core.routes), so the model never imports
its views; each view is called as view(request, index, ...).
"""

from core.routes import page_path, page_re_path

from . import feeds, views


def archive(request, index, year, month):
    return views.archive_view(request, index, int(year), int(month))


INDEX_ROUTES = [
    page_path("", views.index_view, name="listing"),
    page_re_path(r"^archive/(?P<year>\d{4})/(?P<month>\d{1,2})/$", archive, name="archive"),
    page_path("rss/", feeds.rss_feed, name="rss"),
    page_path("atom/", feeds.atom_feed, name="atom"),
]
