"""What the members' page (home's members_area_links hook) offers from the board: the boards
this member may read, in the visitor's language (one query, on the members' page only)."""

from core.visibility import visible_pages

from .models import BoardPage


def members_area_links(request, members_page):
    boards = visible_pages(
        BoardPage.objects.live().filter(locale_id=members_page.locale_id), request
    ).order_by("path")
    return [
        {"title": board.title, "url": board.get_url(request), "text": board.intro, "order": 20}
        for board in boards
    ]
