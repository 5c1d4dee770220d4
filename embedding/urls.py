from django.urls import path

from . import oembed, views

urlpatterns = [
    path("embed/<path:page_path>", views.embed, name="embed"),
    path("embed-preview/<path:page_path>", views.embed_preview, name="embed_preview"),
    path("oembed/", oembed.oembed, name="oembed"),
]
