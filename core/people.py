"""How people are named to each other: members on the board, in the inbox and in mails.

A member's full name where they gave one, else their user name; an account that was deleted
(its posts and shared documents stay) is named as such, in the reader's language.
"""

from django.utils.translation import gettext


def member_name(user):
    """The full name, else the user name; "ein gelöschtes Konto" for a deleted account."""
    if user is None:
        return gettext("ein gelöschtes Konto")
    return user.get_full_name().strip() or user.get_username()
