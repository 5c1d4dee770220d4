"""The site's demo texts are complete and well formed (home/demo/checks.py); no database."""

from home.demo import checks, data


def test_demo_pages_and_their_translations_pass_the_check():
    summary, problems, _warnings = checks.check()

    assert problems == [], "\n".join(problems)
    assert summary.startswith(f"{len(data.PAGES)} pages: home, ")


def test_the_check_finds_a_missing_translation(monkeypatch):
    title = data.PAGES[1]["title"]
    entry = {code: text for code, text in data.TRANSLATIONS[title].items() if code != "fa"}
    monkeypatch.setitem(data.TRANSLATIONS, title, entry)

    _summary, problems, _warnings = checks.check()

    assert problems == [f"MISSING fa: {title!r}"]
