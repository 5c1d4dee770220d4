"""Registration for events without an account (issue 19).

- `models`: the registrations, one seat ledger row per date (`RegistrationDate`), the log of
  every state change and the notices sent (so a retried task never mails twice), the settings.
- `seats`: the one place that decides who gets a seat and who waits, under the date's lock.

A date is (the event's translation key, its start): every language version of an event shares
its seats, and a registration survives the nightly rebuild of the occurrence table.
"""
