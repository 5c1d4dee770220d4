"""Login throttling that holds when many guesses arrive at once.

django-axes checks whether a (user name, address) pair is locked out before the password is
checked, and counts the failure afterwards. Twenty guesses sent in the same moment all pass
the check before the first failure is counted, so each of them gets its password checked.

`AttemptLimitBackend` (first in AUTHENTICATION_BACKENDS, in place of axes' own backend) counts
the attempt in the atomic counter of core.ratelimit *before* the password is checked, then
runs axes' check: the first AXES_FAILURE_LIMIT attempts in AXES_COOLOFF_TIME get through,
every further one gets axes' lockout answer (the 429 page), however many gunicorn processes
answer them. A successful login starts the count again (as AXES_RESET_ON_SUCCESS does for
axes' count), and so does deleting the pair's axes record (`manage.py axes_reset_username`
with the database handler; in Redis the count ends AXES_COOLOFF_TIME after the first attempt).
"""

import logging

from axes.backends import AxesStandaloneBackend
from axes.exceptions import AxesBackendPermissionDenied
from axes.helpers import get_cool_off, get_credentials, get_failure_limit
from django.conf import settings

from . import ratelimit

logger = logging.getLogger(__name__)

SCOPE = "login"


def _key(ip_address, username):
    return f"{ip_address}\n{username}"


def _ip_address(request):
    # The address axes records too (AXES_CLIENT_IP_CALLABLE).
    return ratelimit.client_ip(request)


class AttemptLimitBackend(AxesStandaloneBackend):
    """axes' lockout check, then one atomic count per login attempt (see the module)."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        if settings.AXES_ENABLED and request is not None:
            # Counted first, so that every attempt is (axes' check may refuse it as well).
            self.count_attempt(request, username, password, **kwargs)
        # Raises AxesBackendPermissionDenied when axes has the pair locked out.
        return super().authenticate(request, username=username, password=password, **kwargs)

    def count_attempt(self, request, username, password, **kwargs):
        credentials = get_credentials(username=username, password=password, **kwargs)
        cool_off = get_cool_off(request)
        window = int(cool_off.total_seconds()) if cool_off else 15 * 60
        limit = get_failure_limit(request, credentials)
        if ratelimit.hit(SCOPE, _key(_ip_address(request), username), limit, window):
            logger.warning("Login refused before the password check: too many attempts")
            # axes' middleware answers with the lockout page (AXES_LOCKOUT_CALLABLE).
            request.axes_locked_out = True
            request.axes_credentials = credentials
            raise AxesBackendPermissionDenied("Too many login attempts for this user and address")


def forget_attempts_on_login(sender, request, user, **kwargs):
    """user_logged_in: the pair's next failures count from zero."""
    if request is not None:
        ratelimit.reset(SCOPE, _key(_ip_address(request), user.get_username()))


def forget_attempts_on_unlock(sender, instance, **kwargs):
    """post_delete of axes' AccessAttempt (axes_reset*, expired, a successful login)."""
    ratelimit.reset(SCOPE, _key(instance.ip_address, instance.username))


def connect_signals():
    """Called from CoreConfig.ready()."""
    from axes.models import AccessAttempt
    from django.contrib.auth.signals import user_logged_in
    from django.db.models.signals import post_delete

    user_logged_in.connect(forget_attempts_on_login, dispatch_uid="login-throttle-reset")
    post_delete.connect(
        forget_attempts_on_unlock, sender=AccessAttempt, dispatch_uid="login-throttle-unlock"
    )
