"""Subscribing to the news by email: form, double opt-in, unsubscribe.

- The form asks for the address, language, topics and frequency and says what is stored and
  why. Nothing but the confirmation email is sent before the link in it is followed.
- The confirmation link opens a page with a button; only its POST confirms, because mail
  scanners fetch the links in incoming mail (a GET must not subscribe anybody).
- An address that is already confirmed gets the same "check your inbox" page as a new one,
  so the form tells nobody who is subscribed; its owner gets an email instead.
- Bots: a honeypot field, a limit of RATE_LIMIT accepted sign-ups per client address per
  RATE_WINDOW (core.ratelimit, in the shared cache; 429 beyond), and at most ADDRESS_LIMIT
  emails per address per hour, so the form cannot be used to flood somebody's mailbox. Only
  valid forms count: a person who mistypes their address five times, or the people behind a
  shelter's shared connection correcting their input, are not locked out; refused forms send
  nothing and store nothing.
- Unsubscribing (a link and RFC 8058 one-click POST in every email) deletes the address with
  its deliveries. Pages that show an address are never cached.
"""

import logging

from django.conf import settings
from django.core import mail
from django.db import transaction
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods
from wagtail.models import Page

from core import ratelimit
from core.ratelimit import client_ip
from home.models import FooterSettings

from . import emails
from .models import Subscriber
from .subscription_forms import (
    HONEYPOT_FIELD,
    LANGUAGE_CODES,
    SubscribeForm,
    category_names,
    subscribable_categories,
)
from .tokens import (
    CONFIRM_MAX_AGE,
    ExpiredToken,
    InvalidToken,
    read_confirm_token,
    read_unsubscribe_token,
    unsubscribe_token,
)

logger = logging.getLogger(__name__)

RATE_LIMIT = 5  # accepted (valid) sign-ups per client address …
RATE_WINDOW = 10 * 60  # … in this many seconds
ADDRESS_LIMIT = 3  # emails to one address …
ADDRESS_WINDOW = 60 * 60  # … in this many seconds
TEMPLATES = "blogpages/subscription/"


# ------------------------------------------------------------------------------ limits


def too_many_attempts(request):
    return ratelimit.hit("subscribe:ip", client_ip(request), RATE_LIMIT, RATE_WINDOW)


def too_many_emails(address):
    return ratelimit.hit("subscribe:address", address.lower(), ADDRESS_LIMIT, ADDRESS_WINDOW)


# ------------------------------------------------------------------------------ subscribing


def privacy_page(request):
    """The site's privacy statement in the visitor's language, if one is chosen."""
    chosen = FooterSettings.for_request(request).privacy_page
    if chosen is None:
        return None
    translated = (
        Page.objects.live()
        .filter(translation_key=chosen.translation_key, locale__language_code=get_language())
        .first()
    )
    return translated or (chosen if chosen.live else None)


def form_response(request, form, status=200):
    context = {
        "form": form,
        "privacy_page": privacy_page(request),
        "confirm_days": CONFIRM_MAX_AGE.days,
    }
    return TemplateResponse(request, TEMPLATES + "subscribe.html", context, status=status)


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def subscribe(request):
    if request.method != "POST":
        return form_response(request, SubscribeForm())
    form = SubscribeForm(request.POST)
    if form.is_trapped:
        logger.info("Subscribe form: honeypot filled in, nothing stored")
        data = request.POST.copy()
        data[HONEYPOT_FIELD] = ""
        form = SubscribeForm(data)
        form.is_valid()
        form.add_error(
            None,
            _(
                "Ihre Anmeldung konnte nicht angenommen werden. Bitte prüfen Sie Ihre Angaben "
                "und senden Sie das Formular noch einmal."
            ),
        )
        return form_response(request, form, status=400)
    if not form.is_valid():
        return form_response(request, form, status=400)
    # Only an accepted form counts: mistyped addresses are corrected, not punished.
    if too_many_attempts(request):
        retry_after = ratelimit.retry_after("subscribe:ip", client_ip(request), RATE_WINDOW)
        return ratelimit.too_many_response(
            request, retry_after, context={"back_url": reverse("blog_subscribe")}
        )
    if not request_subscription(form.cleaned_data):
        form.add_error(
            None,
            _(
                "Wir konnten Ihnen gerade keine E-Mail senden. Bitte versuchen Sie es später "
                "noch einmal."
            ),
        )
        return form_response(request, form, status=503)
    context = {"email": form.cleaned_data["email"], "confirm_days": CONFIRM_MAX_AGE.days}
    return TemplateResponse(request, TEMPLATES + "check_inbox.html", context)


def choices_of(data):
    """The form's choices as they travel in a confirmation link (plain JSON)."""
    return {
        "l": data["language"],
        "f": data["frequency"],
        "k": sorted(str(category.translation_key) for category in data["categories"]),
    }


def request_subscription(data):
    """Store (or update) an unconfirmed sign-up and send the confirmation email.

    Returns False only when the email could not be sent. A confirmed address keeps its
    choices; its owner gets an email with a link that applies the new ones.
    """
    address = data["email"]
    with transaction.atomic():
        subscriber, created = Subscriber.objects.get_or_create(
            email=address,
            defaults={"language": data["language"], "frequency": data["frequency"]},
        )
        known = subscriber.is_confirmed
        if not known:
            if not created:
                # A new request: the new choices, and the clean-up counts from now.
                subscriber.language = data["language"]
                subscriber.frequency = data["frequency"]
                subscriber.save(update_fields=["language", "frequency"])
                Subscriber.objects.filter(pk=subscriber.pk).update(created_at=timezone.now())
            subscriber.categories.set(data["categories"])
    if too_many_emails(address):
        logger.info("Subscribe form: enough emails to one address for now, none sent")
        return True
    if known:
        message = emails.already_subscribed_message(subscriber, choices_of(data))
    else:
        message = emails.confirmation_message(subscriber)
    return send_now(message)


def send_now(message):
    try:
        mail.mailers.default.send_messages([message])
    except Exception:
        logger.exception("Could not send a subscription email")
        return False
    return True


# ------------------------------------------------------------------------------ confirming


def link_problem(request, problem, status):
    context = {"problem": problem, "confirm_days": CONFIRM_MAX_AGE.days}
    return TemplateResponse(request, TEMPLATES + "link_problem.html", context, status=status)


def summary(subscriber, choices=None):
    """What the subscriber gets (or, with `choices`, would get), in the active language."""
    names = category_names(get_language())
    if choices:
        language = choices.get("l")
        frequency = dict(Subscriber.FREQUENCIES).get(choices.get("f"), "")
        topics = emails.chosen_topics(choices, names)
    else:
        language = subscriber.language
        frequency = subscriber.get_frequency_display()
        topics = emails.subscription_topics(subscriber, names)
    return {
        "language": dict(settings.LANGUAGES).get(language, language),
        "frequency": frequency,
        "topics": topics,
    }


def apply_choices(subscriber, choices):
    if not choices:
        return
    if choices.get("l") in LANGUAGE_CODES:
        subscriber.language = choices["l"]
    if choices.get("f") in dict(Subscriber.FREQUENCIES):
        subscriber.frequency = choices["f"]
    subscriber.categories.set(
        subscribable_categories().filter(translation_key__in=emails.chosen_keys(choices))
    )


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def confirm(request, token):
    try:
        subscriber, choices = read_confirm_token(token)
    except ExpiredToken:
        return link_problem(request, "expired", 400)
    except InvalidToken:
        return link_problem(request, "invalid", 400)
    if subscriber is None:
        return link_problem(request, "unknown", 404)

    if request.method == "POST":
        with transaction.atomic():
            apply_choices(subscriber, choices)
            if not subscriber.is_confirmed:
                subscriber.confirmed_at = timezone.now()
            subscriber.save()
        context = {
            "subscriber": subscriber,
            "summary": summary(subscriber),
            "unsubscribe_path": unsubscribe_path(subscriber),
        }
        return TemplateResponse(request, TEMPLATES + "confirmed.html", context)

    context = {
        "subscriber": subscriber,
        "changes": bool(choices),
        "already_confirmed": subscriber.is_confirmed and not choices,
        "summary": summary(subscriber, choices),
        "unsubscribe_path": unsubscribe_path(subscriber),
    }
    return TemplateResponse(request, TEMPLATES + "confirm.html", context)


def unsubscribe_path(subscriber):
    return reverse("blog_unsubscribe", args=[unsubscribe_token(subscriber)])


# ------------------------------------------------------------------------------ leaving


@csrf_exempt  # the signed token authorises; mail programs POST without a CSRF token (RFC 8058)
@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def unsubscribe(request, token):
    try:
        subscriber = read_unsubscribe_token(token)
    except InvalidToken:
        return link_problem(request, "invalid_unsubscribe", 400)
    if request.method == "POST":
        email = subscriber.email if subscriber is not None else ""
        if subscriber is not None:
            pk = subscriber.pk
            subscriber.delete()  # with its categories and deliveries
            logger.info("Subscriber %s unsubscribed and was deleted", pk)
        return TemplateResponse(request, TEMPLATES + "unsubscribed.html", {"email": email})
    if subscriber is None:
        return TemplateResponse(request, TEMPLATES + "unsubscribed.html", {"email": ""})
    return TemplateResponse(
        request, TEMPLATES + "unsubscribe.html", {"subscriber": subscriber, "token": token}
    )
