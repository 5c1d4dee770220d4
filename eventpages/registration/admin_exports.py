"""A date's list of participants as a spreadsheet (CSV, XLSX) for the organiser.

Rows: the seated registrations, then the waiting list, each in arrival order; addresses not
yet confirmed and cancelled registrations are not on the list. Columns: name, e-mail, persons,
status (with the place on the waiting list), registration time, then the answers to the
questions the event asks (and any answered before a question was taken off), the language.

What participants typed must never run as a formula in the organiser's spreadsheet program
(a name "=HYPERLINK(…)"): in the CSV a text starting with =, +, -, @, a tab or a carriage
return gets a leading apostrophe (the program shows it as text); in the XLSX every answer is
written as a text cell, which no program evaluates.

The CSV is what a German spreadsheet program opens by a double click: UTF-8 with a byte order
mark, semicolons between the fields.
"""

import csv
import io
from datetime import datetime

from django.utils.translation import gettext

from core import county_time

from ..models import REGISTRATION_QUESTIONS

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
CSV_DELIMITER = ";"
CSV_MOMENT = "%d.%m.%Y %H:%M"  # county time, as the XLSX cells show it
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

# The registration's field that answers each question of the form.
ANSWER_FIELDS = {
    "phone": "phone",
    "children": "children",
    "languages": "spoken_languages",
    "accessibility": "accessibility",
    "note": "note",
}
QUESTION_LABELS = dict(REGISTRATION_QUESTIONS)


def answer_columns(event, registrations):
    """The questions to show: those the event asks, and any someone answered (in the order of
    the form)."""
    asked = set(event.registration_questions or ())
    return [
        question
        for question, _label in REGISTRATION_QUESTIONS
        if question in asked
        or any(getattr(r, ANSWER_FIELDS[question]) not in (None, "") for r in registrations)
    ]


def status_text(registration):
    if getattr(registration, "position", None):
        return gettext("Warteliste, Platz %(position)s") % {"position": registration.position}
    return registration.get_status_display()


def headings(questions):
    return [
        gettext("Name"),
        gettext("E-Mail"),
        gettext("Personen"),
        gettext("Status"),
        gettext("Angemeldet am"),
        *[str(QUESTION_LABELS[question]) for question in questions],
        gettext("Sprache"),
    ]


def rows(event, registrations):
    """(headings, rows of Python values) for the registrations, in their order."""
    questions = answer_columns(event, registrations)
    table = [
        [
            registration.name,
            registration.email,
            registration.persons,
            status_text(registration),
            county_time.wall_clock(registration.created_at),
            *[getattr(registration, ANSWER_FIELDS[question]) for question in questions],
            registration.language,
        ]
        for registration in registrations
    ]
    return headings(questions), table


def neutralised(value):
    """A text that a spreadsheet program would take for a formula, made plain text."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def csv_value(value):
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime(CSV_MOMENT)
    return neutralised(str(value)) if isinstance(value, str) else value


def as_csv(event, registrations):
    """The list as CSV bytes (see the module's docstring for the dialect)."""
    heading, table = rows(event, registrations)
    output = io.StringIO()
    writer = csv.writer(output, delimiter=CSV_DELIMITER, lineterminator="\r\n")
    writer.writerow(heading)
    for row in table:
        writer.writerow([csv_value(value) for value in row])
    return output.getvalue().encode("utf-8-sig")


def as_xlsx(event, registrations, title):
    """The list as an XLSX workbook's bytes: one sheet, the headings bold, texts as texts."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    heading, table = rows(event, registrations)
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=sheet_title(title))
    bold = Font(bold=True)
    header_cells = []
    for text in heading:
        cell = WriteOnlyCell(sheet, value=text)
        cell.font = bold
        header_cells.append(cell)
    sheet.append(header_cells)
    for row in table:
        cells = []
        for value in row:
            cell = WriteOnlyCell(sheet, value=value)
            if isinstance(value, str):
                cell.data_type = "s"  # never a formula, whatever it starts with
            elif isinstance(value, datetime):
                cell.number_format = "DD.MM.YYYY HH:MM"
            cells.append(cell)
        sheet.append(cells)
    output = io.BytesIO()
    workbook.save(output)
    return output.getvalue()


def sheet_title(title):
    """A worksheet's name: at most 31 characters, none of []:*?/\\."""
    for character in "[]:*?/\\":
        title = title.replace(character, " ")
    return title[:31].strip() or "Anmeldungen"
