"""Background tasks of the board (django-tasks), like the news emails' (blogpages.tasks).

Immediate in development and tests; in production a database-backed worker runs them
(TASKS_BACKEND=database, `manage.py db_worker`). Arguments are plain JSON values.
"""

from django_tasks import task


@task()
def send_reply_notifications(post_id: int):
    """Mail a new reply to the thread's participants (notifications.notify_reply)."""
    from .notifications import notify_reply

    return notify_reply(post_id)


@task()
def send_report_notifications(report_id: int):
    """Tell the coordinators about a reported post (notifications.notify_report)."""
    from .notifications import notify_report

    return notify_report(report_id)


@task()
def send_board_summaries():
    """The daily summary of new threads (notifications.send_summaries)."""
    from .notifications import send_summaries

    return send_summaries()
