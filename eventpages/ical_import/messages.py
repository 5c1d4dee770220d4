"""What the import tells a coordinator about a feed or one of its events, in plain German.

Kept in one place so the parser's logic reads without the wording, and the sync can show the
same sentences in the admin (each a lazy translation, rendered in the reader's language).
"""

from django.utils.translation import gettext_lazy as _

NOT_ICAL = _("Die Adresse liefert keinen iCal-Kalender.")
HTML_NOT_ICAL = _("Die Adresse liefert eine Webseite (HTML) statt eines iCal-Kalenders.")
INVALID = _("Der Kalender ist fehlerhaft und kann nicht gelesen werden.")
TOO_DEEP = _("Der Kalender ist zu tief verschachtelt und wird nicht gelesen.")
TOO_MANY_EVENTS = _("Der Kalender enthält mehr als %(limit)s Termine und wird nicht gelesen.")

NO_START = _("Der Termin hat keinen Beginn (DTSTART).")
NO_UID = _("Der Termin hat keine UID; sie wurde aus Beginn und Titel gebildet.")
DUPLICATE_UID = _("Ein weiterer Termin hat dieselbe UID; nur der erste wurde übernommen.")
PRIVATE = _("Der Termin ist als privat markiert.")
UNREADABLE = _("Der Termin ist fehlerhaft und kann nicht gelesen werden.")
RULE_UNREADABLE = _("Die Wiederholungsregel ist fehlerhaft und kann nicht gelesen werden.")
RULE_TOO_FINE = _(
    "Termine, die sich minütlich oder sekündlich wiederholen, werden nicht übernommen."
)
RULE_TOO_COSTLY = _("Die Wiederholungsregel ist zu aufwendig zu berechnen.")
NO_DATES = _("Der Termin hat keine Termine im Importzeitraum.")

EXPLICIT_DATES = _(
    "Die Wiederholungsregel (%(rule)s) passt nicht zu unseren Wiederholungsfeldern; "
    "ihre Termine im Importzeitraum wurden einzeln übernommen."
)
CAPPED = _(
    "Die Serie hat mehr als %(limit)s Termine im Importzeitraum; nur die ersten wurden übernommen."
)
UNKNOWN_ZONE = _(
    "Unbekannte Zeitzone „%(tzid)s“; die Zeiten wurden als Ortszeit des Landkreises gelesen."
)
ORPHAN_INSTANCE = _(
    "Geänderter Einzeltermin einer Serie, deren übrige Termine nicht im Kalender stehen."
)
END_BEFORE_START = _("Das Ende liegt vor dem Beginn und wurde nicht übernommen.")
LINK_DROPPED = _("Ein Link, der nicht mit http(s) beginnt, wurde nicht übernommen.")

# The sync's own.
DELETED_HERE = _("Der Termin wurde auf dieser Website gelöscht und wird nicht wieder angelegt.")
NOT_SAVED = _("Der Termin konnte nicht gespeichert werden (%(error)s).")
REMOVED_AT_SOURCE = _("Der Termin steht nicht mehr im Kalender des Partners.")
EMPTY_NOW = _(
    "Der Kalender enthält keine Termine mehr; die bisher importierten bleiben unverändert. "
    "Hat der Partner wirklich alle Termine gelöscht, halten Sie den Abgleich an oder löschen "
    "Sie den Kalender."
)
