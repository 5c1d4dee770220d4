"""The shared concerns' own rows."""

from django.db import models


class RateLimitCounter(models.Model):
    """One fixed window of a rate limit (core.ratelimit) where no Redis counts them.

    A row per limited thing (its scope and hashed key), counted up with one UPDATE ... SET
    count = count + 1, which the database applies one after the other however many gunicorn
    processes ask at once; rows of ended windows are deleted as new ones come in.
    """

    key = models.CharField(max_length=200, unique=True)
    window_end = models.DateTimeField(db_index=True)
    count = models.PositiveIntegerField(default=0)

    def __str__(self):
        return f"{self.key}: {self.count} until {self.window_end:%Y-%m-%d %H:%M:%S}"
