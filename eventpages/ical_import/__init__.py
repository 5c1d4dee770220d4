"""Partners' calendars imported from their iCal addresses (issue 20).

- `fetch`: brings a feed's bytes in safely (allowed schemes, no internal addresses after DNS
  and on every redirect, size, time and redirect limits, conditional requests).
- `parse`: turns those bytes into the events and dates to import.
"""
