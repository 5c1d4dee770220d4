"""iCalendar feeds (written by the feed work)."""
