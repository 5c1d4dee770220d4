"""The address of a document library and the view that answers it.

DocumentLibraryPage names this list (`subpage_routes`, see core.routes), so the model never
imports its views; the view is called as view(request, library).
"""

from core.routes import page_path

from . import views

LIBRARY_ROUTES = [
    page_path("", views.library_view, name="listing"),
]
