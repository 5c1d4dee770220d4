"""The events demo texts are complete (eventpages/demo/checks.py); no database."""

from eventpages.demo import checks, data


def test_demo_events_and_their_translations_pass_the_check():
    summary, problems, _warnings = checks.check()

    assert problems == [], "\n".join(problems)
    assert summary.startswith(f"{len(data.EVENTS)} events, {len(data.VENUES)} venues")


def test_the_check_finds_a_missing_translation(monkeypatch):
    name = data.CATEGORIES[0][1]
    entry = {code: text for code, text in data.TRANSLATIONS[name].items() if code != "tr"}
    monkeypatch.setitem(data.TRANSLATIONS, name, entry)

    _summary, problems, _warnings = checks.check()

    assert problems == [f"MISSING tr: {name!r}"]
