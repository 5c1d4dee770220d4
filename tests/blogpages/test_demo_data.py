"""The news demo texts are complete (blogpages/demo/checks.py); no database."""

from blogpages.demo import checks, data


def test_demo_posts_and_their_translations_pass_the_check():
    summary, problems, _warnings = checks.check()

    assert problems == [], "\n".join(problems)
    assert summary.startswith(f"{len(data.POSTS)} posts, ")


def test_the_check_finds_an_unknown_author(monkeypatch):
    post = data.POSTS[0]
    monkeypatch.setitem(post, "authors", [*post["authors"], "niemand"])

    _summary, problems, _warnings = checks.check()

    assert problems == [f"{post['slug']}: unknown author"]
