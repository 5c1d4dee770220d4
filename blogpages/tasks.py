"""Background tasks (django-tasks): sending a post out, and trying failed deliveries again.

Immediate in development and tests; in production a database-backed worker runs them
(TASKS_BACKEND=database, `manage.py db_worker`), which can also wait before a retry.
Arguments are plain JSON values, as a database queue stores them.
"""

from django_tasks import task


@task()
def send_post(translation_key: str):
    """Send a newly published post to its subscribers (delivery.send_post_to_subscribers)."""
    from .delivery import send_post_to_subscribers

    return send_post_to_subscribers(translation_key)


@task()
def retry_deliveries(delivery_ids: list[int]):
    """Send these failed deliveries again; schedules the next try for those that fail again."""
    from .delivery import retry_failed

    return retry_failed(delivery_ids, reschedule=True)
