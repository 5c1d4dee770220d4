"""What a visitor types into a search, made safe for every search backend: words only.

Quotes, stars, brackets, `^`, `-` or `NEAR(` are syntax to SQLite's FTS5 or PostgreSQL's
tsquery, and an unpaired one makes the database fail (a 500); a NUL character cannot go into a
PostgreSQL string at all. The site's searches (site search, news, the JSON API) read them as
what separates words, as the search index does when it splits a text into words.
"""

import unicodedata

# As the search forms: longer input is cut here, not refused.
MAX_LENGTH = 200
ZERO_WIDTH_NON_JOINER = "\u200c"  # the Persian half-space, inside words


def search_words(query):
    """The words of a visitor's query, separated by single spaces ("" if there are none).

    Letters with their marks (Arabic vowel signs) and digits make words, and so does the
    Persian half-space; everything else (punctuation, symbols, spaces, control characters)
    separates them.
    """
    kept = (
        char if unicodedata.category(char)[0] in "LMN" or char == ZERO_WIDTH_NON_JOINER else " "
        for char in query[:MAX_LENGTH]
    )
    return " ".join("".join(kept).split())
