"""`manage.py import_calendars`: the due calendars each hour, --all, --calendar ID."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core.cache import cache
from django.core.management import CommandError, call_command

from eventpages.ical_import import sync as sync_module
from eventpages.ical_import.models import ExternalCalendar, ImportRun

from .conftest import NOW, feed

pytestmark = pytest.mark.django_db


def event(uid):
    return f"UID:{uid}\nSUMMARY:Termin {uid}\nDTSTART;TZID=Europe/Berlin:20270310T100000"


@pytest.fixture
def calendars(serve, calendar, clock):
    """Four calendars: never run, run 10 minutes ago, run two hours ago, paused."""
    made = {}
    for name, last_run, active in [
        ("Neu", None, True),
        ("Eben", NOW - timedelta(minutes=10), True),
        ("Fällig", NOW - timedelta(hours=2), True),
        ("Pause", None, False),
    ]:
        url = serve(feed(event(name)), path=f"/{len(made)}.ics")
        made[name] = calendar(url, name=name, active=active)
        ExternalCalendar.objects.filter(pk=made[name].pk).update(last_run_at=last_run)
    return made


def command(*args):
    out, err = StringIO(), StringIO()
    call_command("import_calendars", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def imported(calendars):
    return {
        name
        for name, cal in calendars.items()
        if ExternalCalendar.objects.get(pk=cal.pk).events.exists()
    }


def test_only_due_calendars_are_synced(calendars):
    out, err = command()
    assert imported(calendars) == {"Neu", "Fällig"}
    assert "Neu: ok (created 1" in out and "Fällig: ok" in out
    assert "Eben" not in out and "Pause" not in out
    assert err == ""
    # An hour later (less the grace of a few minutes) the same are due again, and "Eben".
    cache.clear()
    assert {cal.name for cal in sync_module.due_calendars(NOW + timedelta(minutes=56))} == {
        "Neu",
        "Eben",
        "Fällig",
    }
    assert sync_module.due_calendars(NOW + timedelta(minutes=50)) == [calendars["Eben"]]


def test_all_syncs_every_active_calendar(calendars):
    out, _err = command("--all")
    assert imported(calendars) == {"Neu", "Eben", "Fällig"}


def test_one_calendar_by_its_id_also_when_paused(calendars):
    out, _err = command("--calendar", str(calendars["Pause"].pk))
    assert imported(calendars) == {"Pause"}
    assert out.startswith("Pause: ok")


def test_an_unknown_id_is_an_error(calendars):
    with pytest.raises(CommandError):
        command("--calendar", "999999")


def test_a_running_calendar_is_left_alone(calendars):
    cache.add(f"ical-import:{calendars['Neu'].pk}", 1, 60)
    out, _err = command()
    assert "Neu: already running" in out
    assert imported(calendars) == {"Fällig"}


def test_a_failure_is_reported_and_the_others_go_on(calendars, server, monkeypatch):
    del server.routes["/0.ics"]  # "Neu" answers 404
    real = sync_module._parent

    def broken(calendar):
        if calendar.name == "Fällig":
            raise RuntimeError("kaputt")
        return real(calendar)

    monkeypatch.setattr(sync_module, "_parent", broken)
    out, err = command("--all")
    assert "Neu: failed" in out and "HTTP-Status 404" in out
    assert "Fällig: error" in err
    assert imported(calendars) == {"Eben"}
    assert ImportRun.objects.filter(calendar=calendars["Neu"], result=ImportRun.FAILED).exists()
    # The lock of the calendar that broke is released: the next run may try again.
    assert cache.add(f"ical-import:{calendars['Fällig'].pk}", 1, 60)


def test_force_reads_an_unchanged_feed(calendars, server):
    command("--calendar", str(calendars["Neu"].pk))
    out, _err = command("--calendar", str(calendars["Neu"].pk), "--force")
    assert "Neu: unchanged" in out
