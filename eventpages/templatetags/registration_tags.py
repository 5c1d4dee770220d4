"""The registration part of an event page: places left per date and the form.

Rendered with the page (no extra request): the form carries a CSRF token, and core.cache never
keeps a page with one, so pages of events taking registrations are always rendered fresh and
their figures are current (two queries: the dates, the figures). Other event pages stay cached.
"""

from django import template
from django.conf import settings
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from core import dates

from ..registration import facts, places

register = template.Library()


def consent(request):
    """(text, language or None): the site's text (written in German, marked so where the page
    is in another language), else a default in the visitor's language."""
    chosen = facts.registration_settings(request)
    if chosen.consent_text.strip():
        language = settings.LANGUAGE_CODE
        return chosen.consent_text, (language if get_language() != language else None)
    text = _(
        "Mit dem Absenden stimmen Sie zu, dass wir Ihren Namen, Ihre E-Mail-Adresse und Ihre "
        "Antworten speichern, um Ihre Anmeldung zu verwalten, Ihnen E-Mails zu diesem Termin "
        "zu schicken und den Veranstaltern die Liste der Teilnehmenden zu geben. Wir geben "
        "sie an niemanden sonst weiter und löschen sie %(days)s Tage nach dem Termin."
    ) % {"days": dates.number(chosen.delete_after_days)}
    return text, None


@register.inclusion_tag("eventpages/registration/panel.html", takes_context=True)
def registration_panel(context, page):
    request = context.get("request")
    form, rows = context.get("registration_form"), context.get("registration_rows")
    if form is None:
        form, rows = places.form_and_dates(page, request)
    text, language = consent(request)
    # The button says what pressing it does: "Anmelden" alone is the login's word ("Log in").
    open_rows = [row for row in rows or () if row.figures.is_open]
    waiting_only = bool(open_rows) and all(row.figures.is_full for row in open_rows)
    return {
        "waiting_only": waiting_only,
        "request": request,
        "csrf_token": context.get("csrf_token"),
        "page": page,
        "rows": rows,
        "form": form,
        "action": page.url + page.reverse_subpage("register"),
        "consent_text": text,
        "consent_language": language,
    }


@register.filter
def places_in_words(figures):
    """A date's places in words ("noch 4 Plätze", …): the same words on the page, in listings
    and in embeds (eventpages.registration.places.places_text)."""
    return places.places_text(figures) if figures else ""
