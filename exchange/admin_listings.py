"""The two moderation lists in the admin: reported posts and all threads.

Wagtail listings (IndexView, so BaseListingView: its table, pagination, filter drawer and
results fragment), each with a django-filter filter set. The rows come from one query each
(ReportQuerySet/ThreadQuerySet.for_moderation), so a page costs the same for 3 rows or 50.
The action buttons in the rows post back with `next`, the list as the moderator sees it
(filters and page included), so an action lands where it was started.
"""

import django_filters
from django.conf import settings
from django.middleware.csrf import get_token
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import BaseColumn, Column, DateColumn, Table
from wagtail.admin.views.generic import IndexView

from core.admin_translations import language_choices

from .admin_views import ModerationMixin, thread_site_url
from .emails import member_name
from .models import Report, Thread, Topic

# ------------------------------------------------------------------------------ filters


def language_filter(field_name):
    """The language members wrote in: moderators who read Arabic take the Arabic posts.
    Posts are not translations of each other, so "all languages" is the default here."""
    return django_filters.ChoiceFilter(
        label=_("Sprache"),
        field_name=field_name,
        choices=language_choices,
        empty_label=_("Alle Sprachen"),
    )


class ReportFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        label=_("Status"),
        choices=[("open", _("Offen")), ("resolved", _("Erledigt"))],
        empty_label=_("Alle"),
        method="filter_status",
    )
    language = language_filter("post__language")

    class Meta:
        model = Report
        fields = []

    def filter_status(self, queryset, name, value):
        return queryset.open() if value == "open" else queryset.resolved()


THREAD_STATES = {
    "visible": {"hidden": False},
    "hidden": {"hidden": True},
    "open": {"closed": False},
    "closed": {"closed": True},
}


def topic_choices():
    """The topics by their German names; a thread's topic may be any of its translations."""
    topics = Topic.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
    return [(str(key), name) for key, name in topics.values_list("translation_key", "name")]


class ThreadFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        label=_("Status"),
        choices=[
            ("visible", _("Sichtbar")),
            ("hidden", _("Ausgeblendet")),
            ("open", _("Offen")),
            ("closed", _("Geschlossen")),
        ],
        empty_label=_("Alle"),
        method="filter_status",
    )
    topic = django_filters.ChoiceFilter(
        label=_("Thema"), choices=topic_choices, empty_label=_("Alle"), method="filter_topic"
    )
    language = language_filter("language")

    class Meta:
        model = Thread
        fields = []

    def filter_status(self, queryset, name, value):
        return queryset.filter(**THREAD_STATES[value])

    def filter_topic(self, queryset, name, value):
        return queryset.filter(topic__translation_key=value)


# ------------------------------------------------------------------------------ columns


class ActionTable(Table):
    """A table whose rows hold action buttons; an action comes back to `next_url`."""

    def __init__(self, *args, next_url="", **kwargs):
        super().__init__(*args, **kwargs)
        self.next_url = next_url


class TemplateColumn(BaseColumn):
    """A cell drawn by its own template, with what the action buttons need: the list's
    address (`next`) and the CSRF token (cells see only the table and the request)."""

    def __init__(self, name, template, **kwargs):
        super().__init__(name, **kwargs)
        self.cell_template_name = template

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["next"] = parent_context["table"].next_url
        context["csrf_token"] = get_token(parent_context["request"])
        return context


class ThreadColumn(TemplateColumn):
    """A cell about a thread: also its address on the site."""

    def __init__(self, name, template, thread, **kwargs):
        super().__init__(name, template, **kwargs)
        self.thread_of = thread

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["thread"] = thread = self.thread_of(instance)
        context["site_url"] = thread_site_url(thread, parent_context["request"])
        return context


def cell(name):
    return f"exchange/admin/cells/{name}.html"


# ------------------------------------------------------------------------------ lists


class ModerationIndexView(ModerationMixin, IndexView):
    """A moderation list: can_moderate decides (ModerationMixin), not the model permissions."""

    any_permission_required = None
    table_class = ActionTable
    caption = None
    empty_message = None

    @cached_property
    def listing_url(self):
        """This list as the moderator sees it, for the rows' actions to come back to.

        Built from the index address, so a row in a refreshed fragment (the results view)
        does not send the moderator to the fragment.
        """
        query = self.request.GET.copy()
        query.pop("_w_filter_fragment", None)
        return f"{self.index_url}?{query.urlencode()}" if query else self.index_url

    def get_table_kwargs(self):
        return super().get_table_kwargs() | {"caption": self.caption, "next_url": self.listing_url}

    @cached_property
    def no_results_message(self):
        if self.is_filtering:
            return super().no_results_message
        return self.empty_message


class ReportIndexView(ModerationIndexView):
    page_title = _("Gemeldete Beiträge")
    caption = _("Gemeldete Beiträge, offene zuerst")
    empty_message = _("Es gibt keine Meldungen.")
    columns = [
        ThreadColumn(
            "post", cell("report_post"), thread=lambda r: r.post.thread, label=_("Beitrag")
        ),
        TemplateColumn("author", cell("report_author"), label=_("Verfasst von")),
        TemplateColumn("reporter", cell("report_reporter"), label=_("Gemeldet von")),
        TemplateColumn("reason", cell("report_reason"), label=_("Grund")),
        TemplateColumn("status", cell("report_status"), label=_("Status")),
        TemplateColumn("actions", cell("report_actions"), label=_("Aktionen")),
    ]

    def get_base_queryset(self):
        return Report.objects.for_moderation()

    def get_context_data(self, **kwargs):
        return super().get_context_data(open_count=Report.objects.open().count(), **kwargs)


class ThreadIndexView(ModerationIndexView):
    page_title = _("Alle Diskussionen")
    caption = _("Alle Diskussionen, neueste Aktivität zuerst")
    empty_message = _("Noch hat niemand eine Diskussion begonnen.")
    columns = [
        ThreadColumn("title", cell("thread_title"), thread=lambda t: t, label=_("Titel")),
        Column("board", label=_("Forum"), accessor="board.title"),
        Column("topic", label=_("Thema"), accessor="topic.name"),
        Column("author", label=_("Begonnen von"), accessor=lambda t: member_name(t.author)),
        DateColumn("last_activity_at", label=_("Letzte Aktivität")),
        TemplateColumn("posts", cell("thread_posts"), label=_("Beiträge")),
        TemplateColumn("status", cell("thread_status"), label=_("Status")),
        TemplateColumn("actions", cell("thread_actions"), label=_("Aktionen")),
    ]

    def get_base_queryset(self):
        return Thread.objects.for_moderation()
