"""Events and organisations of the directory (eventpages.organisations): the link from an
event's organiser to its organisation, and an organisation's next events, which the
directory's organisation page shows through this tag (the directory imports nothing of ours).
"""

from django import template

from core import fragments

from ..organisations import event_index, event_organisation_page, upcoming_occurrences

register = template.Library()


@register.simple_tag
def organiser_organisation(event):
    """The organisation page the event's organiser links to, in the event's language."""
    return event_organisation_page(event)


@register.simple_tag(takes_context=True)
def organisation_events(context, organisation, limit=5):
    """The organisation's next public dates in its page's language, as cards (the home page's),
    with a link to the events list; nothing at all (no heading) when there are none.

    Rendered once per organisation page, language and content generation, until the first
    date shown is over (core.fragments, as the home page's next events): a constant number of
    queries when built (the dates with what the cards show, the index when there are dates),
    none after."""
    request = context.get("request")

    def build():
        occurrences = upcoming_occurrences(organisation, limit)
        index = event_index(organisation.locale_id) if occurrences else None
        return {"occurrences": occurrences, "index": index, "request": request}

    return fragments.kept(
        "eventpages:organisation",
        "eventpages/includes/upcoming_events.html",
        build,
        request,
        until=lambda context: min((o.end for o in context["occurrences"]), default=None),
        extra=(organisation.pk, limit),
    )
