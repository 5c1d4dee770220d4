"""The sync as a task (django-tasks): "Jetzt abgleichen" must not hold a web request for the
minutes a large calendar's first import takes.

With TASKS_BACKEND=database (production) the admin's button queues it for the worker and says
so; with the immediate backend (development, tests) it runs at once and the button shows what
it did. The argument is the calendar's id, as a database queue stores it.
"""

from django_tasks import task

from .models import ExternalCalendar
from .sync import Busy, sync


@task()
def sync_calendar(calendar_id: int, force: bool = False) -> dict:
    """Sync one calendar; what it did as plain values (result, counts, error, skipped)."""
    calendar = ExternalCalendar.objects.filter(pk=calendar_id).first()
    if calendar is None:
        return {"missing": True}
    try:
        outcome = sync(calendar, force=force)
    except Busy:
        return {"busy": True}
    return {
        "result": outcome.result,
        "counts": outcome.counts(),
        "error": outcome.error,
        "skipped": outcome.skipped,
    }
