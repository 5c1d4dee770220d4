"""Visitor views of an event index (written by the listing work)."""
