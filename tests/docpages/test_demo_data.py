"""The documents demo is complete (docpages/demo/checks.py): texts and files; no database."""

from docpages.demo import checks, data


def test_demo_documents_and_their_translations_pass_the_check():
    summary, problems, _warnings = checks.check()

    assert problems == [], "\n".join(problems)
    assert summary.startswith(f"{len(data.DOCUMENTS)} documents, ")


def test_the_check_finds_a_missing_file(monkeypatch):
    monkeypatch.setitem(data.PENDING, "file", "fehlt.pdf")

    _summary, problems, _warnings = checks.check()

    assert problems == ["no file fehlt.pdf"]
