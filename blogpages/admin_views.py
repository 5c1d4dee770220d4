"""Subscribers in the admin, and an editor's test email of a post.

- "Abonnements": how many confirmed subscribers per language, topic and frequency, for
  coordinators and editors; no addresses there.
- The addresses themselves: only the Koordination group (and superusers) may see them.
- "Test-E-Mail senden" on a post's edit page: the post's email (latest draft) in a chosen
  language, to the requesting user's own address and nobody else's.

The addresses are a Wagtail listing (IndexView); blogpages.admin_viewsets gives these views
their addresses and the menu item.
"""

import django_filters
from django import forms
from django.conf import settings
from django.db.models import Count, Exists, OuterRef, Q
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import IndexView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from core import dates
from core.admin_refusal import RefuseUnlessAllowedMixin
from core.roles import COORDINATION, EDITORS, in_groups

from .delivery import confirmed_subscribers
from .emails import PostMail, subscription_topics
from .models import BlogPage, Delivery, Subscriber
from .subscription_forms import category_names, subscribable_categories
from .subscriptions import send_now

app_name = "blog_subscribers"  # the URL namespace (admin_viewsets.SubscriberViewSet)

LANGUAGE_NAMES = dict(settings.LANGUAGES)


# ------------------------------------------------------------------------------ who may


def can_see_counts(user):
    """Coordinators and editors with admin access (and superusers)."""
    return in_groups(user, COORDINATION, EDITORS) and user.has_perm("wagtailadmin.access_admin")


def can_see_addresses(user):
    return in_groups(user, COORDINATION)


# ------------------------------------------------------------------------------ views


class PersonalDataMixin(RefuseUnlessAllowedMixin):
    """Refuses who may not see this with a 403 page that says so (core.admin_refusal), and
    keeps every answer out of caches."""

    refusal = _("Diese Seite sehen nur die Koordination und die Redaktion.")

    def allowed(self, user):
        return can_see_counts(user)


class SubscriberCountsView(PersonalDataMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "blogpages/admin/subscriber_counts.html"
    page_title = _("Abonnements")
    header_icon = "mail"

    def get_context_data(self, **kwargs):
        confirmed = confirmed_subscribers()
        by_language = dict(
            confirmed.values("language").annotate(n=Count("pk")).values_list("language", "n")
        )
        # Subscribers without a topic get everything: counted under translation_key None.
        by_topic = dict(
            confirmed.values("categories__translation_key")
            .annotate(n=Count("pk", distinct=True))
            .values_list("categories__translation_key", "n")
        )
        names = category_names(settings.LANGUAGE_CODE)
        topics = sorted(
            (names.get(c.translation_key, c.name), by_topic.get(c.translation_key, 0))
            for c in subscribable_categories()
        )
        totals = confirmed.aggregate(
            total=Count("pk"),
            immediately=Count("pk", filter=Q(frequency=Subscriber.IMMEDIATELY)),
            weekly=Count("pk", filter=Q(frequency=Subscriber.WEEKLY)),
        )
        return super().get_context_data(
            totals=totals,
            unconfirmed=Subscriber.objects.filter(confirmed_at__isnull=True).count(),
            # Failed and not yet sent again: the desk's "Nicht zugestellte Nachrichten-E-Mails".
            failed=Delivery.objects.filter(status=Delivery.FAILED).count(),
            languages=[(name, by_language.get(code, 0)) for code, name in settings.LANGUAGES],
            topics=topics,
            all_topics=by_topic.get(None, 0),
            show_addresses=can_see_addresses(self.request.user),
            **kwargs,
        )


class SubscriberFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        label=_("Status"),
        choices=[
            ("confirmed", _("Bestätigte Abonnements")),
            ("unconfirmed", _("Noch nicht bestätigt")),
            ("failed", _("Mit nicht zugestellter E-Mail")),
        ],
        empty_label=_("Alle"),
        method="filter_status",
    )
    language = django_filters.ChoiceFilter(
        label=_("Sprache"), choices=settings.LANGUAGES, empty_label=_("Alle Sprachen")
    )
    frequency = django_filters.ChoiceFilter(
        label=_("Häufigkeit"), choices=Subscriber.FREQUENCIES, empty_label=_("Alle")
    )

    class Meta:
        model = Subscriber
        fields = []

    def filter_status(self, queryset, name, value):
        if value == "failed":
            # The desk's "Nicht zugestellte Nachrichten-E-Mails" links here.
            failed = Delivery.objects.filter(subscriber=OuterRef("pk"), status=Delivery.FAILED)
            return queryset.filter(Exists(failed))
        return queryset.filter(confirmed_at__isnull=value == "unconfirmed")


class AddressColumn(Column):
    """An address reads left to right, also in an Arabic or Persian admin."""

    cell_template_name = "blogpages/admin/address_cell.html"


def short_datetime(value):
    return dates.short_moment(value)


class SubscriberAddressesView(PersonalDataMixin, IndexView):
    """The addresses, a Wagtail listing (filters, search by address, pagination); the
    permission is can_see_addresses, not the model's permissions."""

    page_title = _("Adressen der Abonnements")
    header_icon = "mail"
    any_permission_required = None

    refusal = _("Die Adressen sehen nur Mitglieder der Gruppe „Koordination“.")

    def allowed(self, user):
        return can_see_addresses(user)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse(f"{app_name}:index"), "label": gettext("Abonnements")},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_base_queryset(self):
        return Subscriber.objects.prefetch_related("categories").order_by("email")

    def get_table_kwargs(self):
        return super().get_table_kwargs() | {"caption": gettext("Adressen der Abonnements")}

    @cached_property
    def topic_names(self):
        return category_names(settings.LANGUAGE_CODE)

    def topics(self, subscriber):
        names = subscription_topics(subscriber, self.topic_names)
        return ", ".join(names) if names else gettext("Alle Themen")

    @cached_property
    def columns(self):
        return [
            AddressColumn("email", label=_("E-Mail-Adresse")),
            Column(
                "language",
                label=_("Sprache"),
                accessor=lambda s: LANGUAGE_NAMES.get(s.language, s.language),
            ),
            Column("frequency", label=_("Häufigkeit"), accessor="get_frequency_display"),
            Column("topics", label=_("Themen"), accessor=self.topics),
            Column(
                "created_at",
                label=_("Angemeldet am"),
                accessor=lambda s: short_datetime(s.created_at),
            ),
            Column(
                "confirmed_at",
                label=_("Bestätigt am"),
                accessor=lambda s: (
                    short_datetime(s.confirmed_at) if s.confirmed_at else gettext("noch nicht")
                ),
            ),
        ]

    @cached_property
    def no_results_message(self):
        if self.is_filtering or self.is_searching:
            return super().no_results_message
        return gettext("Noch hat niemand die Nachrichten abonniert.")


class TestEmailForm(forms.Form):
    language = forms.ChoiceField(
        label=_("Sprache"),
        choices=settings.LANGUAGES,
        initial=settings.LANGUAGE_CODE,
        help_text=_(
            "In dieser Sprache kommt die Test-E-Mail an Ihre eigene Adresse, z. B. Arabisch. Gibt "
            "es die Nachricht darin nicht, kommt sie im Original mit Hinweis."
        ),
    )


class TestEmailView(PersonalDataMixin, WagtailAdminTemplateMixin, TemplateView):
    """GET: choose the language; POST: send to the requesting user's own address."""

    template_name = "blogpages/admin/test_email.html"
    page_title = _("Test-E-Mail senden")
    header_icon = "mail"
    refusal = _(
        "Test-E-Mails senden Koordination und Redaktion, die diese Nachricht bearbeiten dürfen."
    )
    form = None

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.post_page = get_object_or_404(BlogPage, pk=kwargs["page_id"])

    def allowed(self, user):
        return can_see_counts(user) and self.post_page.permissions_for_user(user).can_edit()

    def get_page_subtitle(self):
        return self.post_page.get_admin_display_title()

    def edit_url(self):
        return reverse("wagtailadmin_pages:edit", args=[self.post_page.pk])

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": self.edit_url(), "label": self.post_page.get_admin_display_title()},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            form=self.form or TestEmailForm(),
            recipient=self.request.user.email,
            post_page=self.post_page,
            edit_url=self.edit_url(),
            **kwargs,
        )

    def post(self, request, *args, **kwargs):
        self.form = TestEmailForm(request.POST)
        if not request.user.email:
            messages.error(request, gettext("Ihr Konto hat keine E-Mail-Adresse."))
            return redirect(self.edit_url())
        if not self.form.is_valid():
            return self.get(request, *args, **kwargs)
        language = self.form.cleaned_data["language"]
        message = PostMail(self.post_page, preview=True).test_message(request.user.email, language)
        if send_now(message):
            messages.success(
                request,
                gettext("Die Test-E-Mail ist an %(address)s unterwegs.")
                % {"address": request.user.email},
            )
        else:
            messages.error(request, gettext("Die Test-E-Mail konnte nicht gesendet werden."))
        return redirect(self.edit_url())


# ------------------------------------------------------------------------------ hooks


class TestEmailButton(PageMenuItem):
    label = _("Test-E-Mail senden")
    icon_name = "mail"
    url_name = f"{app_name}:test_email"
    priority = 80

    def is_shown(self, user):
        return can_see_counts(user) and self.page.permissions_for_user(user).can_edit()


def test_email_buttons(page, user):
    if page is None or page.specific_class is not BlogPage:
        return []
    return [TestEmailButton(page=page)]
