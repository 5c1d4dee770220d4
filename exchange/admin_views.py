"""Moderating the board in the Wagtail admin ("Austausch"), for Koordination only: one thread,
the actions and the note to an author. The two lists (reports, threads) are in
exchange.admin_listings, the viewsets that give all of them their addresses in
exchange.admin_viewsets.

- One thread with every post, hidden and deleted ones included (members never see those, so
  this is the only place to undo a hide).
- Actions are POSTs (CSRF-protected by Django): hide/unhide a post or a thread, close/reopen a
  thread, resolve a report, and a note to a post's author (stored on the post, sent by email).
- Every view checks access.can_moderate (the permission exchange.change_post, which only
  Koordination holds) before it loads anything: others get the 403 page (core.admin_refusal),
  never the data, and nothing is cached.
"""

from django import forms
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView, View
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from core.admin_refusal import RefuseUnlessAllowedMixin

from . import emails
from .access import can_moderate
from .models import BODY_MAX_LENGTH, Post, Report, Thread

# URL names (namespace:view) of the viewsets in exchange.admin_viewsets.
REPORTS = "exchange_reports"
THREADS = "exchange_threads"
POSTS = "exchange_posts"


# ------------------------------------------------------------------------------ who may


class ModerationMixin(RefuseUnlessAllowedMixin):
    """A 403 page for everybody who may not moderate; no answer is stored by a cache."""

    refusal = _("Den Austausch moderiert nur die Koordination.")
    refusal_title = _("Austausch")

    def allowed(self, user):
        return can_moderate(user)


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


def thread_url(thread_id):
    return reverse(f"{THREADS}:detail", args=[thread_id])


# ------------------------------------------------------------------------------ one thread


class ThreadView(ModerationMixin, WagtailAdminTemplateMixin, TemplateView):
    """One thread with all its posts, hidden and deleted ones included."""

    template_name = "exchange/admin/thread.html"
    page_title = _("Diskussion")
    header_icon = "comment"

    @cached_property
    def thread(self):
        # Looked up after the permission check, so others cannot probe which ids exist.
        return get_object_or_404(
            Thread.objects.select_related("board", "topic", "author"), pk=self.kwargs["pk"]
        )

    def get_page_subtitle(self):
        return self.thread.title

    def get_breadcrumbs_items(self):
        return list(self.breadcrumbs_items) + [
            {"url": reverse(f"{THREADS}:index"), "label": gettext("Alle Diskussionen")},
            {"url": "", "label": self.thread.title},
        ]

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            thread=self.thread,
            posts=self.thread.posts.for_moderation(),
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
    def post(self, request, pk, action):
        post = get_object_or_404(Post, pk=pk)
        changes, done = self.chosen(POST_ACTIONS, action)
        Post.objects.filter(pk=post.pk).update(**changes)
        messages.success(request, str(done))
        return redirect(next_url(request, thread_url(post.thread_id)))


class ThreadActionView(ActionView):
    def post(self, request, pk, action):
        thread = get_object_or_404(Thread, pk=pk)
        changes, done = self.chosen(THREAD_ACTIONS, action)
        Thread.objects.filter(pk=thread.pk).update(**changes)
        messages.success(request, str(done))
        return redirect(next_url(request, reverse(f"{THREADS}:index")))


class ResolveReportView(ActionView):
    def post(self, request, pk):
        report = get_object_or_404(Report, pk=pk)
        if report.resolved_at is None:
            report.resolved_at = timezone.now()
            report.resolved_by = request.user
            report.save(update_fields=["resolved_at", "resolved_by"])
        messages.success(request, gettext("Die Meldung ist erledigt."))
        return redirect(next_url(request, reverse(f"{REPORTS}:index")))


class NoteForm(forms.Form):
    note = forms.CharField(
        label=_("Hinweis an die Verfasserin oder den Verfasser"),
        widget=forms.Textarea(attrs={"rows": 8}),
        max_length=BODY_MAX_LENGTH,
        strip=True,
        help_text=_(
            "Wird per E-Mail in der Sprache geschickt, die das Mitglied für E-Mails gewählt hat, "
            "und beim Beitrag gespeichert. Schreiben Sie freundlich und konkret, z. B. „Ich habe "
            "die Telefonnummer aus Ihrem Beitrag entfernt, weil alle Mitglieder sie lesen können.“"
        ),
    )


class NoteView(ModerationMixin, WagtailAdminTemplateMixin, TemplateView):
    """GET: the post and a text field; POST: store the note and mail it to the author."""

    template_name = "exchange/admin/note_form.html"
    page_title = _("Hinweis an die Verfasserin oder den Verfasser")
    header_icon = "mail"
    form = None

    @cached_property
    def post_obj(self):
        return get_object_or_404(
            Post.objects.select_related("author", "thread__board"), pk=self.kwargs["pk"]
        )

    def thread_url(self):
        return thread_url(self.post_obj.thread_id)

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
