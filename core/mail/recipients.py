"""Who a mail to a role reaches: the active users of its groups who have an address."""

from core.roles import active_users_in


def group_recipients(*group_names):
    """Active users in any of these groups with an email address, each once.

    Their Wagtail profile comes along: user_language() reads it for each recipient.
    """
    return active_users_in(*group_names).exclude(email="").select_related("wagtail_userprofile")


def one_per_address(*group_names):
    """The groups' recipients, one user per email address (two accounts sharing an address
    get one mail), in a stable order."""
    by_address = {}
    for user in group_recipients(*group_names).order_by("email", "pk"):
        by_address.setdefault(user.email, user)
    return list(by_address.values())
