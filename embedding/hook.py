"""How a content app makes a page type embeddable: it names a module, embedding calls it.

A page class declares its embed as data, `embed_module = "eventpages.embeds.index"`; a page
type without it is not embeddable. The page model imports nothing from that module (nor from
embedding): embedding imports the module by its dotted path when it needs it and calls:

- `template`: the template of the embed (extends "embedding/base_embed.html").
- `context(page, request, options)`: the items to show, as a dict for that template. The
  request is anonymous (`request.user` is AnonymousUser, the session is empty and never
  saved) and carries the listing's filters in `request.GET`; `options.limit` caps the number
  of items when set. Links in the template stay relative to the site ("/de/…"): the frame
  resolves them against our own address, and `<base target="_blank">` opens them outside.
  No `{% csrf_token %}` and no messages: an embed sets no cookie.
- `filter_form(page, data)` (optional): the listing's filter form, for the embed builder.
- `feed_urls(page, request, query)` (optional): [(label, absolute URL)] of the feeds (iCal,
  RSS, Atom) of the same selection; `query` is a QueryDict, a dict or a query string.
- `is_embeddable(page)` (optional): False to refuse one page of an embeddable type.
- `presets(page)` (optional): [(label, query dict)] of ready-made selections for the embed
  builder, e.g. ("Beratung auf Arabisch in Zeitz", {"topic": "beratung", "language": "ar",
  "municipality": "zeitz"}): the builder shows each as a link that fills in the filters
  (a GET link to itself, so it works without JavaScript). Labels in the active language (the
  builder's); at most a handful, read in a fixed number of queries.
- `max_age(page, request)` (optional): how many seconds a cache may keep this embed, when
  fewer than embedding's default (e.g. 0 while a filter depends on the clock, like "open
  now"); None keeps the default.
"""

from importlib import import_module


def has_embed(page):
    """Whether the page (or page class) is of an embeddable type: no import, no query."""
    return bool(getattr(page, "embed_module", None))


class PageEmbed:
    """One page with the functions of its embed module (the optional ones filled in)."""

    def __init__(self, page):
        self.page = page
        self.module = import_module(page.embed_module)

    @property
    def template(self):
        return self.module.template

    def context(self, request, options):
        return self.module.context(self.page, request, options)

    def filter_form(self, data=None):
        """The listing's filter form bound to `data`, or None when the embed has no filters."""
        make = getattr(self.module, "filter_form", None)
        return make(self.page, data) if make else None

    def feed_urls(self, request, query=None):
        feeds = getattr(self.module, "feed_urls", None)
        return list(feeds(self.page, request, query or {})) if feeds else []

    def presets(self):
        """[(label, query dict)] of ready-made selections for the builder ([] without)."""
        make = getattr(self.module, "presets", None)
        return list(make(self.page)) if make else []

    def max_age(self, request):
        """Seconds a cache may keep the embed for this request, or None for the default."""
        age = getattr(self.module, "max_age", None)
        return age(self.page, request) if age else None

    def is_embeddable(self):
        check = getattr(self.module, "is_embeddable", None)
        return check(self.page) if check else True


def page_embed(page):
    """The page's embed, or None for a page type that has none."""
    return PageEmbed(page) if has_embed(page) else None
