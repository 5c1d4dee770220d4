"""Text and HTML of a mail from its templates, in the recipient's language, in one layout.

The HTML template extends email/base.html (site title on top, footer below, `lang` and `dir`
of the recipient's language); the text template carries the same words. Both get `subject`,
`language` (code and direction) and `site_title` besides the caller's context.
"""

from django.template.loader import render_to_string
from django.utils import translation

from core.site_title import site_title

from .languages import language_info
from .message import Email
from .text import absolute_links, one_line, tidy_text


def build_message(to, subject, template, context, language, *, headers=None):
    """One recipient's message from `<template>.txt` and `<template>.html`, in `language`.

    `site_title` is looked up unless the context brings it (a caller sending many mails asks
    once per language). Site-relative links left in the HTML are made absolute on SITE_URL.
    """
    subject = one_line(subject)
    with translation.override(language):
        context = {
            **context,
            "subject": subject,
            "language": language_info(language),
            "site_title": context.get("site_title") or site_title(language),
        }
        text = render_to_string(f"{template}.txt", context)
        body_html = render_to_string(f"{template}.html", context)
    message = Email(subject, tidy_text(text), to=[to], headers=headers or {})
    message.attach_alternative(absolute_links(body_html), "text/html")
    return message
