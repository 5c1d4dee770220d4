"""Who may use the board: one check for every route (page, thread, forms, admin actions).

The board's page carries a view restriction to the member groups too, but the check here does
not rely on an editor remembering it.
"""

from django.contrib.auth.views import redirect_to_login
from django.http import Http404
from django.urls import reverse

from core.middleware import mark_restricted
from core.roles import is_member

MODERATE_PERMISSION = "exchange.change_post"


def can_moderate(user):
    return user.is_authenticated and user.is_active and user.has_perm(MODERATE_PERMISSION)


def refuse_unless_member(request):
    """None for a member; the login page for anonymous visitors; 404 for everybody else.

    Every answer is marked private: nothing from the board is stored by any cache.
    """
    mark_restricted(request)
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path(), reverse("login"))
    if not is_member(request.user):
        raise Http404
    return None
