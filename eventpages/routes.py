"""The addresses below an event index and an event page, and the views that answer them.

The page models name these lists (`subpage_routes`, see core.routes), so the models never
import their views; each view is called as view(request, page).
"""

from core.routes import page_path

from . import feeds, views
from .registration import views as registration_views

INDEX_ROUTES = [
    page_path("", views.upcoming_view, name="upcoming"),
    page_path("calendar/", views.calendar_view, name="calendar"),
    page_path("archive/", views.archive_view, name="archive"),
    page_path("ical/", feeds.index_feed, name="ical"),
]

EVENT_ROUTES = [
    page_path("ical/", feeds.event_feed, name="ical"),
    # The registration form's POST; confirm and manage links are site-level addresses
    # (network_site/urls.py, see eventpages.registration.links for why).
    page_path("anmelden/", registration_views.register, name="register"),
]
