"""A page listing's rows answer Wagtail's per-row questions once each, not once per asker.

Each row of a page listing (the events and news listings) is asked the same two things again
and again while it renders:

- "what may this user do with you?" (`permissions_for_user`): the title cell asks once, and
  each of the ten buttons of its "more" dropdown asks again, each time building a new
  PagePermissionTester that reads the user's permissions anew (eleven testers a row);
- "what is your address?" (`url`): the "View live" button and the status tag ask; each page
  looks up the site's root paths for itself (`Site.get_site_root_paths`, a round trip to the
  shared cache, Redis in production), since Wagtail keeps them on the page when no request is
  given.

`prepare(rows, user)` gives each row one tester for that user and the root paths read once for
the whole listing page. The answers are the same objects Wagtail would compute (a tester only
reads the page and the user's permissions, which do not change while one listing renders); the
rows are made for this request and thrown away with it.
"""

from wagtail.models import Page

# Wagtail's own place for a page's site root paths (Page._get_site_root_paths).
ROOT_PATHS_ATTRIBUTE = "_wagtail_cached_site_root_paths"


class _OneTesterPerUser:
    """Stands in for the row's bound `permissions_for_user`: the first answer for a user is
    kept (a listing renders for one user; another user gets a tester of their own)."""

    __slots__ = ("ask", "testers")

    def __init__(self, ask):
        self.ask = ask
        self.testers = {}

    def __call__(self, user):
        key = user.pk
        tester = self.testers.get(key)
        if tester is None or tester.user is not user:
            tester = self.testers[key] = self.ask(user)
        return tester


def prepare(rows, request=None):
    """Give each page row one permission tester per user and the root paths the request has
    (read once for it: the `{% pageurl %}` tags of the same listing ask the request too)."""
    pages = [row for row in rows if isinstance(row, Page)]
    if not pages:
        return
    root_paths = pages[0]._get_site_root_paths(request)
    for page in pages:
        page.permissions_for_user = _OneTesterPerUser(page.permissions_for_user)
        if not hasattr(page, ROOT_PATHS_ATTRIBUTE):
            setattr(page, ROOT_PATHS_ATTRIBUTE, root_paths)
