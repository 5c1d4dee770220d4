"""The addresses below a directory page (core.routes): its filtered list and the same
selection as a map (or, without a tile server, by town)."""

from core.routes import page_path

from . import views

INDEX_ROUTES = [
    page_path("", views.index_view, name="list"),
    page_path("karte/", views.map_view, name="map"),
]
