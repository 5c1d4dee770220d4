"""Moderating the board in the Wagtail admin ("Austausch"), for Koordination only.

- Reported posts, open reports first; all threads; one thread with every post, hidden and
  deleted ones included (members never see those, so this is the only place to undo a hide).
- Actions are POSTs (CSRF-protected by Django): hide/unhide a post or a thread, close/reopen a
  thread, resolve a report, and a note to a post's author (stored on the post, sent by email).
- Every view checks access.can_moderate (the permission exchange.change_post, which only
  Koordination holds): others get a 403 page, never the data, and nothing is cached.
"""

from django import forms
from django.core.paginator import Paginator
from django.db.models import Count, F, Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse, reverse_lazy
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView, View
from wagtail.admin import messages
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from . import emails
from .access import can_moderate
from .models import BODY_MAX_LENGTH, Post, Report, Thread

app_name = "exchange_moderation"
PER_PAGE = 50


# ------------------------------------------------------------------------------ who may


class RefusalPage(WagtailAdminTemplateMixin, TemplateView):
    template_name = "exchange/admin/forbidden.html"
    page_title = _("Austausch")
    header_icon = "comment"


class ModerationMixin:
    """A 403 page for everybody who may not moderate; no answer is stored by a cache.

    (A plain PermissionDenied would become Wagtail's redirect to the dashboard.)
    """

    refusal = _("Den Austausch moderiert nur die Koordination.")

    def dispatch(self, request, *args, **kwargs):
        if can_moderate(request.user):
            response = super().dispatch(request, *args, **kwargs)
        else:
            page = RefusalPage()
            page.setup(request)
            context = page.get_context_data(refusal=self.refusal)
            response = TemplateResponse(request, page.template_name, context, status=403)
        add_never_cache_headers(response)
        return response


def thread_site_url(thread, request):
    """The thread on the site (the board in the language it was started in)."""
    board_url = thread.board.get_url(request)
    if not board_url:
        return ""
    return board_url + thread.board.reverse_subpage("thread", args=[thread.pk])


def next_url(request, default):
    """Back to the list the action was started from (a local address only)."""
    target = request.POST.get("next") or request.GET.get("next")
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return default


# ------------------------------------------------------------------------------ lists


class AdminPageMixin(WagtailAdminTemplateMixin):
    """The Wagtail admin furniture: title, icon, breadcrumbs."""

    def get_breadcrumbs_items(self):
        return list(self.breadcrumbs_items) + [{"url": "", "label": self.get_page_title()}]


class ReportsView(ModerationMixin, AdminPageMixin, TemplateView):
    template_name = "exchange/admin/reports.html"
    page_title = _("Gemeldete Beiträge")
    header_icon = "warning"

    def get_context_data(self, **kwargs):
        reports = Report.objects.select_related(
            "post__author", "post__thread__board", "post__thread__topic", "reporter", "resolved_by"
        ).order_by(F("resolved_at").asc(nulls_first=True), "-created_at", "-pk")
        page = Paginator(reports, PER_PAGE).get_page(self.request.GET.get("p"))
        rows = [
            {
                "report": report,
                "post": report.post,
                "thread": report.post.thread,
                "site_url": thread_site_url(report.post.thread, self.request),
            }
            for report in page
        ]
        return super().get_context_data(
            rows=rows,
            page_obj=page,
            open_count=Report.objects.filter(resolved_at__isnull=True).count(),
            next=self.request.get_full_path(),
            **kwargs,
        )


class ThreadsView(ModerationMixin, AdminPageMixin, TemplateView):
    template_name = "exchange/admin/threads.html"
    page_title = _("Alle Diskussionen")
    header_icon = "comment"

    def get_context_data(self, **kwargs):
        threads = (
            Thread.objects.select_related("board", "topic", "author")
            .annotate(
                post_count=Count("posts", filter=Q(posts__deleted_at__isnull=True), distinct=True),
                hidden_count=Count(
                    "posts",
                    filter=Q(posts__hidden=True, posts__deleted_at__isnull=True),
                    distinct=True,
                ),
                open_reports=Count(
                    "posts__reports",
                    filter=Q(posts__reports__resolved_at__isnull=True),
                    distinct=True,
                ),
            )
            .order_by("-last_activity_at", "-pk")
        )
        page = Paginator(threads, PER_PAGE).get_page(self.request.GET.get("p"))
        rows = [
            {"thread": thread, "site_url": thread_site_url(thread, self.request)} for thread in page
        ]
        return super().get_context_data(
            rows=rows, page_obj=page, next=self.request.get_full_path(), **kwargs
        )


class ThreadView(ModerationMixin, AdminPageMixin, TemplateView):
    """One thread with all its posts, hidden and deleted ones included."""

    template_name = "exchange/admin/thread.html"
    page_title = _("Diskussion")
    header_icon = "comment"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.thread = get_object_or_404(
            Thread.objects.select_related("board", "topic", "author"), pk=kwargs["thread_id"]
        )

    def get_page_subtitle(self):
        return self.thread.title

    def get_breadcrumbs_items(self):
        return list(self.breadcrumbs_items) + [
            {"url": reverse(f"{app_name}:threads"), "label": gettext("Alle Diskussionen")},
            {"url": "", "label": self.thread.title},
        ]

    def get_context_data(self, **kwargs):
        posts = (
            self.thread.posts.select_related("author")
            .annotate(open_reports=Count("reports", filter=Q(reports__resolved_at__isnull=True)))
            .order_by("created_at", "pk")
        )
        return super().get_context_data(
            thread=self.thread,
            posts=posts,
            site_url=thread_site_url(self.thread, self.request),
            next=self.request.get_full_path(),
            **kwargs,
        )


# ------------------------------------------------------------------------------ actions


class ActionView(ModerationMixin, View):
    """POST only; a GET (a link followed, a prefetch) changes nothing."""

    http_method_names = ["post"]

    @staticmethod
    def chosen(actions, action):
        """The (changes, message) of a known action; any other name in the address is a 404."""
        if action not in actions:
            raise Http404("Unknown action")
        return actions[action]


POST_ACTIONS = {
    "hide": ({"hidden": True}, _("Der Beitrag ist ausgeblendet.")),
    "unhide": ({"hidden": False}, _("Der Beitrag ist wieder sichtbar.")),
}
THREAD_ACTIONS = {
    "hide": ({"hidden": True}, _("Die Diskussion ist ausgeblendet.")),
    "unhide": ({"hidden": False}, _("Die Diskussion ist wieder sichtbar.")),
    "close": ({"closed": True}, _("Die Diskussion ist geschlossen.")),
    "reopen": ({"closed": False}, _("Die Diskussion ist wieder offen.")),
}


class PostActionView(ActionView):
    def post(self, request, post_id, action):
        post = get_object_or_404(Post, pk=post_id)
        changes, done = self.chosen(POST_ACTIONS, action)
        Post.objects.filter(pk=post.pk).update(**changes)
        messages.success(request, str(done))
        return redirect(next_url(request, reverse(f"{app_name}:thread", args=[post.thread_id])))


class ThreadActionView(ActionView):
    def post(self, request, thread_id, action):
        thread = get_object_or_404(Thread, pk=thread_id)
        changes, done = self.chosen(THREAD_ACTIONS, action)
        Thread.objects.filter(pk=thread.pk).update(**changes)
        messages.success(request, str(done))
        return redirect(next_url(request, reverse(f"{app_name}:threads")))


class ResolveReportView(ActionView):
    def post(self, request, report_id):
        report = get_object_or_404(Report, pk=report_id)
        if report.resolved_at is None:
            report.resolved_at = timezone.now()
            report.resolved_by = request.user
            report.save(update_fields=["resolved_at", "resolved_by"])
        messages.success(request, gettext("Die Meldung ist erledigt."))
        return redirect(next_url(request, reverse(f"{app_name}:reports")))


class NoteForm(forms.Form):
    note = forms.CharField(
        label=_("Hinweis an die Verfasserin oder den Verfasser"),
        widget=forms.Textarea(attrs={"rows": 8}),
        max_length=BODY_MAX_LENGTH,
        strip=True,
        help_text=_(
            "Wird per E-Mail in der Sprache geschickt, die das Mitglied für E-Mails gewählt hat, "
            "und beim Beitrag gespeichert. Schreiben Sie freundlich und konkret."
        ),
    )


class NoteView(ModerationMixin, AdminPageMixin, TemplateView):
    """GET: the post and a text field; POST: store the note and mail it to the author."""

    template_name = "exchange/admin/note_form.html"
    page_title = _("Hinweis an die Verfasserin oder den Verfasser")
    header_icon = "mail"
    form = None

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.post_obj = get_object_or_404(
            Post.objects.select_related("author", "thread__board"), pk=kwargs["post_id"]
        )

    def thread_url(self):
        return reverse(f"{app_name}:thread", args=[self.post_obj.thread_id])

    def get_breadcrumbs_items(self):
        return list(self.breadcrumbs_items) + [
            {"url": self.thread_url(), "label": self.post_obj.thread.title},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            form=self.form or NoteForm(initial={"note": ""}),
            post_obj=self.post_obj,
            author_name=emails.member_name(self.post_obj.author),
            author_email=self.post_obj.author.email,
            back_url=next_url(self.request, self.thread_url()),
            next=next_url(self.request, ""),
            **kwargs,
        )

    def post(self, request, *args, **kwargs):
        self.form = NoteForm(request.POST)
        if not self.form.is_valid():
            response = self.get(request, *args, **kwargs)
            response.status_code = 400
            return response
        post = self.post_obj
        note = self.form.cleaned_data["note"]
        post.moderation_note = note
        post.save(update_fields=["moderation_note"])
        author = post.author
        if not author.email:
            messages.warning(
                request,
                gettext("Der Hinweis ist gespeichert; das Konto hat keine E-Mail-Adresse."),
            )
        else:
            try:
                emails.moderation_note_message(post, note).send()
            except Exception:
                messages.error(
                    request,
                    gettext(
                        "Der Hinweis ist gespeichert, die E-Mail konnte nicht gesendet werden."
                    ),
                )
            else:
                messages.success(
                    request,
                    gettext("Der Hinweis ist an %(name)s geschickt.")
                    % {"name": emails.member_name(author)},
                )
        return redirect(next_url(request, self.thread_url()))


urlpatterns = [
    path("", ReportsView.as_view(), name="reports"),
    path("threads/", ThreadsView.as_view(), name="threads"),
    path("threads/<int:thread_id>/", ThreadView.as_view(), name="thread"),
    path(
        "threads/<int:thread_id>/<str:action>/",
        ThreadActionView.as_view(),
        name="thread_action",
    ),
    path("posts/<int:post_id>/note/", NoteView.as_view(), name="note"),
    path("posts/<int:post_id>/<str:action>/", PostActionView.as_view(), name="post_action"),
    path("reports/<int:report_id>/resolve/", ResolveReportView.as_view(), name="resolve"),
]


# ------------------------------------------------------------------------------ menu


class ModerationMenuItem(MenuItem):
    def is_shown(self, request):
        return can_moderate(request.user)


class TopicMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("exchange.change_topic")


def moderation_menu_item():
    """ "Austausch": reports, threads and topics; shown only to who may use one of them."""
    menu = Menu(
        items=[
            ModerationMenuItem(
                _("Gemeldete Beiträge"),
                reverse_lazy(f"{app_name}:reports"),
                name="exchange-reports",
                icon_name="warning",
                order=100,
            ),
            ModerationMenuItem(
                _("Alle Diskussionen"),
                reverse_lazy(f"{app_name}:threads"),
                name="exchange-threads",
                icon_name="comment",
                order=200,
            ),
            TopicMenuItem(
                _("Themen"),
                reverse_lazy("wagtailsnippets_exchange_topic:list"),
                name="exchange-topics",
                icon_name="tag",
                order=300,
            ),
        ]
    )
    return SubmenuMenuItem(_("Austausch"), menu, name="exchange", icon_name="comment", order=340)
