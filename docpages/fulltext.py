"""Full-text search of documents with plans that stay fast on SQLite and PostgreSQL.

Wagtail's database search backend nests the match inside `id IN (…)`, joined to the index
entries. Without table statistics SQLite then runs the FTS5 match once per index entry (0.7 s
a query at 10,000 documents), and relevance order adds a scalar subquery per result (15 s a
page). Here, on SQLite, the match is a subquery of its own that runs once, the ids of the
matching documents, which the listing filters, orders and pages with the ORM like any other
filter; only relevance order reads scores, and only those of the entries that match. On
PostgreSQL, Wagtail's way of meeting the index entries is the robust one and is kept (see
_Postgres). The words, the index and the scores are the backend's own (the tests compare the
results with Wagtail's `.search()`).

Any other search backend (Elasticsearch, say) is not known here: `supported()` is False and
the caller uses Wagtail's `.search()` instead.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import BigIntegerField, CharField, Exists, F, OuterRef, Value
from django.db.models.expressions import CombinedExpression
from django.db.models.functions import Cast
from wagtail.search.backends import get_search_backend
from wagtail.search.models import IndexEntry

from .models import NetworkDocument

SQLITE = "modelsearch.backends.database.sqlite.sqlite.SQLiteSearchBackend"
POSTGRES = "modelsearch.backends.database.postgres.postgres.PostgresSearchBackend"


def _backend():
    """The backend and which of the two known index layouts it uses (None: neither).

    By the classes it derives from, so a subclass (core.search_backend) counts; compared by
    name, because importing the other database's backend module fails (its models).
    """
    backend = get_search_backend()
    ancestors = {f"{cls.__module__}.{cls.__qualname__}" for cls in type(backend).__mro__}
    for layout in (SQLITE, POSTGRES):
        if layout in ancestors:
            return backend, layout
    return backend, None


def supported():
    """Whether the search backend in use is one whose index this module queries directly."""
    return _backend()[1] is not None


def _content_type_id():
    # NetworkDocument has no subclasses: its index entries carry its own content type.
    return ContentType.objects.get_for_model(NetworkDocument).pk


def _document_id(object_id):
    """The index entry's object id (text) as a document id, to compare with the documents' key."""
    return Cast(object_id, BigIntegerField())


def fts5_query(query):
    """Every word must occur: each word an FTS5 string (so `"`, `*`, `-` or `NOT` are words,
    never syntax), the strings joined with AND, as Wagtail's backend joins them."""
    return " AND ".join('"{}"'.format(word.replace('"', '""')) for word in query.split())


class _SQLite:
    """The FTS5 table beside the index entries (its rowid is the entry's id).

    SQLite runs a subquery that does not refer to the outer query once, into a list: the
    match is that subquery, and the documents' filters apply to its ids.
    """

    def __init__(self, backend, query):
        from modelsearch.backends.database.sqlite.query import BM25, MatchExpression
        from wagtail.search.models import SQLiteFTSIndexEntry

        rows = SQLiteFTSIndexEntry.objects.all()
        if query.split():
            rows = rows.filter(MatchExpression(["title", "body"], Value(fts5_query(query))))
        else:  # no word at all
            rows = rows.none()
        self.rows = rows
        # Wagtail's score: bm25 (lower is better) weighted by the title's norm, plus bm25.
        self.score = BM25() * F("index_entry__title_norm") + BM25()

    def matching(self, documents):
        # The entries are found by their ids from the match (a list made once), not by
        # running the match for each entry.
        entries = IndexEntry.objects.filter(
            content_type_id=_content_type_id(), pk__in=self.rows.values("pk")
        )
        return documents.filter(pk__in=entries.values(document_id=_document_id("object_id")))

    def ranked_ids(self, documents):
        # "+ 0": the content type is tested on the entries the match found. As an indexed
        # equality it would tempt SQLite (without statistics) to read every document entry and
        # run the match once for each.
        return (
            self.rows.alias(entry_type=F("index_entry__content_type_id") + 0)
            .filter(entry_type=_content_type_id())
            .annotate(document_id=_document_id("index_entry__object_id"), score=self.score)
            .filter(document_id__in=documents.values("pk"))
            .order_by("score", "-document_id")
            .values_list("document_id", flat=True)
        )


class _Postgres:
    """The tsvectors of the index entries, matched and ranked as Wagtail's backend does.

    Each document meets its index entry through the unique index on (content type, object
    id), as in Wagtail's own query: without statistics (after a bulk import, say) PostgreSQL
    looks each one up; with them it matches the entries once and hashes them. A subquery of
    matching ids instead can make it scan all the entries once per document.
    """

    def __init__(self, backend, query):
        compiler = backend.query_compiler_class(NetworkDocument.objects.none(), query)
        config = backend.config
        self.tsquery = compiler.build_tsquery(compiler.query, config=config)

        def rank(vector):
            return compiler.build_tsrank(vector, compiler.query, config=config)

        # Wagtail's score: the title's rank weighted by the title's norm, plus the body's rank.
        self.score = rank(F("index_entries__title")) * F("index_entries__title_norm") + rank(
            F("index_entries__body")
        )

    def matching(self, documents):
        if self.tsquery is None:  # no word left, as for "-"
            return documents.none()
        entries = IndexEntry.objects.filter(
            content_type_id=_content_type_id(),
            object_id=Cast(OuterRef("pk"), CharField(max_length=50)),
        )
        vector = CombinedExpression(F("title"), "||", F("body"))
        return documents.filter(
            Exists(entries.annotate(_vector_=vector).filter(_vector_=self.tsquery))
        )

    def ranked_ids(self, documents):
        if self.tsquery is None:
            return documents.none().values_list("pk", flat=True)
        vector = CombinedExpression(F("index_entries__title"), "||", F("index_entries__body"))
        return (
            documents.annotate(_vector_=vector)
            .filter(_vector_=self.tsquery)
            .annotate(score=self.score)
            .order_by("-score", "-pk")
            .values_list("pk", flat=True)
        )


def _index(query):
    backend, name = _backend()
    if name == SQLITE:
        return _SQLite(backend, query)
    if name == POSTGRES:
        return _Postgres(backend, query)
    raise NotImplementedError(f"{name} is not supported here; use .search().")


def matching(documents, query):
    """The documents (a queryset, to filter and order further) whose index entry matches."""
    return _index(query).matching(documents)


def ranked_ids(documents, query):
    """Ids of the matching documents among `documents`, best match first (then newest id).

    A values list: count it and slice it like the documents themselves.
    """
    return _index(query).ranked_ids(documents)
