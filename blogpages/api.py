"""News in the public JSON API (network_site/api.py): posts' fields and the posts endpoint.

`/api/v2/posts/` is the pages endpoint narrowed to posts (`pages/?type=blogpages.BlogPage`),
newest first, with the news index's own filters `?category=<slug>` and `?tag=<slug>`.
"""

from rest_framework.fields import Field
from rest_framework.filters import BaseFilterBackend
from wagtail.api import APIField
from wagtail.api.v2.views import PagesAPIViewSet

from . import queries
from .models import BlogPage


class AuthorsField(Field):
    def to_representation(self, authors):
        return [author.name for author in authors.all()]


class SlugsField(Field):
    """Categories by their slug: the same in every language, as in the index's filters."""

    def to_representation(self, categories):
        return [category.slug for category in categories.all()]


class TagNamesField(Field):
    """Tag names, from the tags read for the whole page of results (Wagtail's reads each)."""

    def to_representation(self, tags):
        return sorted(tag.name for tag in tags.all())


PAGE_FIELDS = [
    APIField("date"),
    APIField("teaser"),
    APIField("authors", serializer=AuthorsField(read_only=True)),
    APIField("categories", serializer=SlugsField(read_only=True)),
    APIField("tags", serializer=TagNamesField(read_only=True)),
]


def for_pages_api(pages):
    """What PAGE_FIELDS read, for a whole page of results at once."""
    return pages.prefetch_related("authors", "categories", "tags")


class PostFilter(BaseFilterBackend):
    """?category=<slug>, ?tag=<slug>: the news index's filters (search-compatible)."""

    def filter_queryset(self, request, queryset, view):
        if request.GET.get("category"):
            queryset = queries.in_category(queryset, request.GET["category"])
        if request.GET.get("tag"):
            queryset = queries.tagged(queryset, request.GET["tag"])
        return queryset


class PostsAPIViewSet(PagesAPIViewSet):
    """/api/v2/posts/: live public posts, newest first; `?locale=`, `?child_of=<index id>`."""

    name = "posts"
    model = BlogPage
    known_query_parameters = (PagesAPIViewSet.known_query_parameters - {"type"}) | {
        "category",
        "tag",
    }
    # Search must stay the last filter.
    filter_backends = [PostFilter, *PagesAPIViewSet.filter_backends]
    listing_default_fields = PagesAPIViewSet.listing_default_fields + [
        "date",
        "teaser",
        "categories",
    ]

    @classmethod
    def get_body_fields(cls, model):
        fields = PAGE_FIELDS if issubclass(model, BlogPage) else getattr(model, "api_fields", ())
        return cls._convert_api_fields(cls.body_fields + list(fields))

    def get_queryset(self):
        posts = BlogPage.objects.filter(pk__in=self.get_base_queryset().values_list("pk"))
        return for_pages_api(queries.newest_first(posts))
