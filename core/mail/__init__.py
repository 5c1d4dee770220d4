"""One way to send mail: rendered in the recipient's language, sent after commit by a task.

- `build_message(to, subject, template, context, language)` renders `<template>.txt` and
  `<template>.html` (which extends the one layout, email/base.html) with the language active;
  links are absolute on SITE_URL (core.site_url), since tasks and commands have no request and
  a visitor's Host header must not decide where a mail's links lead.
- `send_after_commit(messages)` hands each message to the task `send_prepared_message` once
  the transaction commits: nothing goes out for a change that was rolled back, and a slow or
  failing mail server never holds up or undoes the request.
- The recipient's language: `mail_language(*choices)`, the first of an app's own choices that
  the site speaks (a subscriber's language, a board preference, `user_language(user)` from the
  Wagtail profile), else LANGUAGE_CODE.

Work that keeps its own record per recipient (the news deliveries, the board's notifications)
already runs in a task and sends there, under its own row lock, with the same build_message.
"""

from .languages import language_info, mail_language, user_language
from .layout import build_message, site_title
from .message import Email
from .recipients import group_recipients, one_per_address
from .sending import send_after_commit
from .text import absolute_links, html_to_text, one_line, tidy_text

__all__ = [
    "Email",
    "absolute_links",
    "build_message",
    "group_recipients",
    "one_per_address",
    "html_to_text",
    "language_info",
    "mail_language",
    "one_line",
    "send_after_commit",
    "site_title",
    "tidy_text",
    "user_language",
]
