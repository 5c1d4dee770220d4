"""core.marked_render: a fragment rendered once with markers, filled per row with escaped
values; a marker the template changed or dropped means no sharing (None)."""

from django.template import Context, Template
from django.utils.safestring import mark_safe

from core.marked_render import fill, marker, split

TEMPLATE = Template('<a href="{{ url }}" title="{{ title }}">{{ label }}</a>')


def rendered(**values):
    return TEMPLATE.render(Context({"label": "Bearbeiten", **values}))


def test_filled_parts_are_what_the_template_renders():
    parts = split(rendered(url=marker("url"), title=marker("title")), ["url", "title"])
    for url, title in [
        ("/admin/pages/7/edit/?next=%2Fadmin%2F&x=1", "Tanz & \"Musik\" <für> 'alle'"),
        ("/admin/pages/8/", mark_safe("<b>schon sicher</b>")),
    ]:
        assert fill(parts, {"url": url, "title": title}) == rendered(url=url, title=title)


def test_a_marker_lost_on_the_way_means_no_parts():
    truncating = Template('<a href="{{ url|truncatechars:3 }}">{{ title }}</a>')
    html = truncating.render(Context({"url": marker("url"), "title": marker("title")}))
    assert split(html, ["url", "title"]) is None
    assert split(rendered(url=marker("url"), title=""), ["url", "title"]) is None
    assert split(rendered(url=marker("url"), title=marker("title")), ["url"]) is None
