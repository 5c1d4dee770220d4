"""Subscribers in the admin, and an editor's test email of a post.

- "Abonnements": how many confirmed subscribers per language, topic and frequency, for
  coordinators and editors; no addresses there.
- The addresses themselves: only the Koordination group (and superusers) may see them.
- "Test-E-Mail senden" on a post's edit page: the post's email (latest draft) in a chosen
  language, to the requesting user's own address and nobody else's.
"""

from django import forms
from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse, reverse_lazy
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from core.roles import COORDINATION, EDITORS, in_groups

from .delivery import confirmed_subscribers
from .emails import PostMail, subscription_topics
from .models import BlogPage, Subscriber
from .subscription_forms import category_names, subscribable_categories
from .subscriptions import send_now

app_name = "blog_subscribers"

LANGUAGE_NAMES = dict(settings.LANGUAGES)


# ------------------------------------------------------------------------------ who may


def can_see_counts(user):
    """Coordinators and editors with admin access (and superusers)."""
    return in_groups(user, COORDINATION, EDITORS) and user.has_perm("wagtailadmin.access_admin")


def can_see_addresses(user):
    return in_groups(user, COORDINATION)


# ------------------------------------------------------------------------------ views


class PersonalDataMixin:
    """Refuses who may not see this (403), and keeps every answer out of caches.

    A plain PermissionDenied would become Wagtail's redirect to the dashboard; a 403 page
    says clearly that these numbers and addresses are closed to the user.
    """

    refusal = _("Diese Seite sehen nur die Koordination und die Redaktion.")

    def allowed(self, user):
        return can_see_counts(user)

    def dispatch(self, request, *args, **kwargs):
        if self.allowed(request.user):
            response = super().dispatch(request, *args, **kwargs)
        else:
            context = WagtailAdminTemplateMixin.get_context_data(self, refusal=self.refusal)
            response = TemplateResponse(
                request, "blogpages/admin/forbidden.html", context, status=403
            )
        add_never_cache_headers(response)
        return response


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
            languages=[(name, by_language.get(code, 0)) for code, name in settings.LANGUAGES],
            topics=topics,
            all_topics=by_topic.get(None, 0),
            show_addresses=can_see_addresses(self.request.user),
            **kwargs,
        )


class SubscriberAddressesView(PersonalDataMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "blogpages/admin/subscriber_addresses.html"
    page_title = _("Adressen der Abonnements")
    header_icon = "mail"
    paginate_by = 100

    refusal = _("Die Adressen sehen nur Mitglieder der Gruppe „Koordination“.")

    def allowed(self, user):
        return can_see_addresses(user)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse(f"{app_name}:index"), "label": gettext("Abonnements")},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        subscribers = Subscriber.objects.prefetch_related("categories").order_by("email")
        page = Paginator(subscribers, self.paginate_by).get_page(self.request.GET.get("p"))
        names = category_names(settings.LANGUAGE_CODE)
        rows = [
            {
                "subscriber": subscriber,
                "language": LANGUAGE_NAMES.get(subscriber.language, subscriber.language),
                "topics": subscription_topics(subscriber, names),
            }
            for subscriber in page
        ]
        return super().get_context_data(rows=rows, page_obj=page, **kwargs)


class TestEmailForm(forms.Form):
    language = forms.ChoiceField(
        label=_("Sprache"),
        choices=settings.LANGUAGES,
        initial=settings.LANGUAGE_CODE,
        help_text=_(
            "Gibt es die Nachricht in dieser Sprache nicht, kommt sie im Original mit Hinweis."
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


urlpatterns = [
    path("", SubscriberCountsView.as_view(), name="index"),
    path("addresses/", SubscriberAddressesView.as_view(), name="addresses"),
    path("test-email/<int:page_id>/", TestEmailView.as_view(), name="test_email"),
]


# ------------------------------------------------------------------------------ hooks


class SubscriberMenuItem(MenuItem):
    def is_shown(self, request):
        return can_see_counts(request.user)


def subscriber_menu_item():
    return SubscriberMenuItem(
        _("Abonnements"),
        reverse_lazy(f"{app_name}:index"),
        name="blog-subscribers",
        icon_name="mail",
        order=330,
    )


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
