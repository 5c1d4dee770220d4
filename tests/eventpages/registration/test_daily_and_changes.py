"""The daily command (reminders once, deletion after the configured days) and what the
registrants hear when the organiser cancels a date or changes its time and publishes."""

from datetime import date, timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from core import county_time
from eventpages.models import (
    CancelledDate,
    Registration,
    RegistrationLog,
    RegistrationNotice,
    RegistrationSettings,
)
from eventpages.registration import seats

from .conftest import html_of, ics_of, mails_to

pytestmark = pytest.mark.django_db

Status = Registration.Status


def seated(event, email, start=None, persons=1, language="de"):
    registration = seats.register(
        event, start or event.start, language=language, name=email, email=email, persons=persons
    )
    return seats.confirm(registration, event.capacity)


def test_reminders_go_out_once_for_tomorrows_dates(make_event, site, committed):
    tomorrow = county_time.midnight(county_time.today() + timedelta(days=1)) + timedelta(hours=18)
    event = make_event(start=tomorrow, takes_registrations=True, capacity=1)
    later = make_event("Später", takes_registrations=True, capacity=5)  # in three days
    seated(event, "a@example.org")
    seated(event, "b@example.org")  # waiting: no reminder
    seated(later, "c@example.org")
    with committed():
        call_command("registration_daily", stdout=open("/dev/null", "w"))
    with committed():
        call_command("registration_daily", stdout=open("/dev/null", "w"))
    reminders = [m for m in mails_to("a@example.org") if m.subject.startswith("Erinnerung")]
    assert len(reminders) == 1
    assert mails_to("b@example.org") == [] and mails_to("c@example.org") == []
    assert "/de/registration/" in reminders[0].body


def test_personal_data_is_deleted_the_configured_days_after_the_date(make_event, site):
    from wagtail.models import Site

    settings = RegistrationSettings.for_site(Site.objects.get(is_default_site=True))
    settings.delete_after_days = 10
    settings.save()
    event = make_event(takes_registrations=True, capacity=5)
    old = seated(event, "old@example.org")
    recent = seated(event, "recent@example.org", start=event.start - timedelta(days=1))
    Registration.objects.filter(pk=old.pk).update(start=timezone.now() - timedelta(days=11))
    Registration.objects.filter(pk=recent.pk).update(start=timezone.now() - timedelta(days=5))
    call_command("registration_daily", stdout=open("/dev/null", "w"))
    assert list(Registration.objects.values_list("email", flat=True)) == ["recent@example.org"]
    deleted = RegistrationLog.objects.filter(action="deleted")
    assert deleted.count() == 1 and deleted.get().registration is None


def test_a_cancelled_date_cancels_its_registrations_with_a_mail(make_event, site, committed):
    event = make_event(takes_registrations=True, capacity=1, aliases=True)
    first = seated(event, "a@example.org", language="ar")
    waiting = seated(event, "b@example.org")
    assert waiting.status == Status.WAITING
    event.cancelled_dates.add(CancelledDate(date=county_time.local_date(event.start)))
    with committed():
        event.save_revision().publish()
    assert set(Registration.objects.values_list("status", flat=True)) == {Status.CANCELLED}
    (to_first,) = mails_to("a@example.org")
    assert '<html lang="ar" dir="rtl">' in html_of(to_first)
    assert RegistrationNotice.objects.filter(registration=first, kind="date_cancelled").exists()
    assert [m.subject for m in mails_to("b@example.org")][0].startswith("Der Termin fällt aus")
    # Publishing again sends nothing more.
    with committed():
        event.save_revision().publish()
    assert len(mails_to("a@example.org")) == 1


def test_a_new_time_moves_the_registrations_and_tells_them(make_event, site, committed, client):
    event = make_event(takes_registrations=True, capacity=2)
    registration = seated(event, "a@example.org")
    old = event.start
    event.start = old + timedelta(hours=2)
    event.end = event.start + timedelta(hours=2)
    with committed():
        event.save_revision().publish()
    registration.refresh_from_db()
    assert (registration.start, registration.status) == (old + timedelta(hours=2), Status.CONFIRMED)
    (changed,) = mails_to("a@example.org")
    assert changed.subject.startswith("Neue Zeit")
    kinds = list(RegistrationNotice.objects.values_list("kind", flat=True))
    assert kinds == [f"time_changed:{registration.start.isoformat()}"], kinds
    vevent = ics_of(changed).walk("VEVENT")[0]
    assert vevent.decoded("DTSTART") == registration.start.replace(microsecond=0)
    # The seat ledger moved along: the date still has one seat left.
    assert seats.availability(event, [registration.start])[registration.start].left == 1
    with committed():
        event.save_revision().publish()
    assert len(mails_to("a@example.org")) == 1


def test_a_series_date_gets_its_own_instance_in_the_ics(make_event, site, committed, client):
    from eventpages import recurrence

    start = timezone.now().replace(microsecond=0) + timedelta(days=2)
    event = make_event(
        start=start,
        takes_registrations=True,
        capacity=3,
        frequency=recurrence.WEEKLY_RULE,
        weekdays=[recurrence.WEEKDAY_CODES[county_time.local(start).weekday()]],
        ends=recurrence.ENDS_AFTER,
        count=4,
    )
    second = event.occurrences.order_by("start")[1].start
    html = client.get(event.url).content.decode()
    assert second.isoformat() in html  # the dates to choose from
    answer = client.post(
        event.url + "anmelden/",
        {"name": "Lena", "email": "lena@example.org", "dates": [second.isoformat()]},
    )
    assert answer.status_code == 200
    registration = Registration.objects.get()
    assert registration.start == second
    with committed():
        from eventpages.registration.views import confirm_now

        confirm_now(registration, event)
    vevent = ics_of(mails_to("lena@example.org")[-1]).walk("VEVENT")[0]
    assert vevent.decoded("RECURRENCE-ID") == second
    assert vevent.decoded("DTSTART") == second
    assert "RRULE" not in vevent
    assert isinstance(date.today(), date)
