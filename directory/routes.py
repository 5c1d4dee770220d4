"""The addresses below a directory page (core.routes): its filtered list."""

from core.routes import page_path

from . import views

INDEX_ROUTES = [page_path("", views.index_view, name="list")]
