"""What a person reads when the machine does not translate: one sentence per kind of failure,
saying what happened, that nothing typed was lost where that applies, and what to do.

Written at the moment of failure, in the language active then (the admin's, the reader's)."""

from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext


def _kept():
    return _("Ihre Eingaben sind gespeichert.")


def _join(*sentences):
    return " ".join(str(sentence) for sentence in sentences)


def not_configured():
    return _("Maschinelle Übersetzung ist auf dieser Website nicht eingerichtet.")


def missing_setting(provider, setting):
    return _(
        "Maschinelle Übersetzung mit %(provider)s ist nicht vollständig eingerichtet: "
        "%(setting)s fehlt."
    ) % {"provider": provider, "setting": setting}


def private_refused(provider):
    return _(
        "Nur für Mitglieder bestimmte Inhalte werden nicht an %(provider)s geschickt: Der "
        "Dienst ist nicht für vertrauliche Inhalte freigegeben. Bitte übersetzen Sie sie selbst."
    ) % {"provider": provider}


def language(provider, source, target):
    return _join(
        _("%(provider)s übersetzt nicht von %(source)s nach %(target)s.")
        % {"provider": provider, "source": source, "target": target},
        _kept(),
        _("Bitte übersetzen Sie diesen Text selbst."),
    )


def timeout(provider, seconds):
    # Settings give whole seconds; a fraction (tests) reads like a plural.
    count = int(seconds) if float(seconds).is_integer() else 2
    return _join(
        ngettext(
            "%(provider)s antwortet nicht (nach %(seconds)s Sekunde abgebrochen).",
            "%(provider)s antwortet nicht (nach %(seconds)s Sekunden abgebrochen).",
            count,
        )
        % {"provider": provider, "seconds": number_format(seconds)},
        _kept(),
        _("Versuchen Sie es später noch einmal."),
    )


def unavailable(provider):
    return _join(
        _("%(provider)s ist gerade nicht erreichbar.") % {"provider": provider},
        _kept(),
        _("Versuchen Sie es später noch einmal."),
    )


def quota(provider):
    return _join(
        _("Das Kontingent der Website bei %(provider)s ist aufgebraucht.") % {"provider": provider},
        _kept(),
        _(
            "Bis die Koordination das Kontingent erhöht oder es sich erneuert, übersetzen Sie "
            "bitte selbst."
        ),
    )


def rejected(provider):
    return _join(
        _(
            "%(provider)s hat die Anfrage abgelehnt, zum Beispiel wegen eines ungültigen "
            "Zugangsschlüssels."
        )
        % {"provider": provider},
        _kept(),
        _("Bitte sagen Sie der Koordination Bescheid."),
    )
