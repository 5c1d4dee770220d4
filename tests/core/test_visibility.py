"""The one public visitor: what the API, embeds and their filter forms may show."""

from wagtail.models import Page

from core.visibility import hidden_paths, public_visitor, visible_pages


def test_the_public_visitor_sees_public_pages_and_not_the_members_board(site):
    visible = visible_pages(Page.objects.all(), public_visitor())

    assert visible.filter(pk=site.home.pk).exists()
    assert visible.filter(pk=site.events.pk).exists()
    assert not visible.filter(pk=site.board.pk).exists()
    assert any(site.board.path.startswith(path) for path in hidden_paths(public_visitor()))


def test_each_call_is_a_fresh_visitor(site):
    """Visibility is remembered on the request: a shared stand-in would carry it over."""
    assert public_visitor() is not public_visitor()
