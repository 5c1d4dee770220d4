"""What the members' page (home's members_area_links hook) offers from the library: the
members-only libraries in the visitor's language, and the form to share a document.

One query (the libraries) plus the visibility check's, on the members' page only.
"""

from django.urls import reverse
from django.utils.translation import gettext as _

from core.visibility import hidden_paths, public_visitor, visible_pages

from .models import DocumentLibraryPage
from .sharing import can_share


def members_area_links(request, members_page):
    restricted = tuple(hidden_paths(public_visitor()))
    links = []
    if restricted:
        libraries = visible_pages(
            DocumentLibraryPage.objects.live().filter(locale_id=members_page.locale_id), request
        ).order_by("path")
        links = [
            {
                "title": library.title,
                "url": library.get_url(request),
                "text": library.intro,
                "order": 10,
            }
            for library in libraries
            if library.path.startswith(restricted)
        ]
    if can_share(request.user):
        links.append(
            {
                "title": _("Dokument teilen"),
                "url": reverse("share_document"),
                "text": _(
                    "Teilen Sie ein Dokument mit dem Netzwerk. Die Koordination prüft es, bevor "
                    "es in der Bibliothek erscheint, und Sie bekommen eine E-Mail, sobald "
                    "entschieden ist."
                ),
                "order": 30,
            }
        )
    return links
