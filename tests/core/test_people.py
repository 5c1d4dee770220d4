"""core.people.member_name: how members are named to each other."""

from django.contrib.auth import get_user_model
from django.utils import translation

from core.people import member_name


def test_the_full_name_else_the_user_name():
    User = get_user_model()
    assert member_name(User(username="amal", first_name="Amal", last_name="Haddad")) == (
        "Amal Haddad"
    )
    assert member_name(User(username="amal", first_name=" ", last_name="")) == "amal"


def test_a_deleted_account_is_named_in_the_readers_language():
    assert member_name(None) == "ein gelöschtes Konto"
    with translation.override("en"):
        english = member_name(None)
    assert english and english != "ein gelöschtes Konto"
