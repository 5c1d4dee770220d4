"""Imports flow one way (ARCHITECTURE.md): views → queries → models, apps → core.

Checked on the source with `ast`, function-local imports included: a page model that imports
its own views, embeds, feeds, API or routes (even inside a method) closes an import circle;
`core` naming a project app would make the shared room depend on one of its tenants.
"""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# What a models.py may not import: the modules that import the models.
VIEW_MODULES = {"views", "embeds", "feeds", "api", "routes"}
# Every project package (a folder with an __init__.py and an apps.py), and the project itself.
APPS = sorted(path.parent.name for path in ROOT.glob("*/apps.py"))
PROJECT_PACKAGES = {*APPS, "network_site", "tests", "bench"} - {"core"}


def imported_modules(source):
    """(line, absolute-or-relative dotted name) of every module a source imports, anywhere.

    `from . import views` counts as importing ".views"; `from .views import x` as ".views".
    """
    tree = ast.parse(source)
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            base = "." * node.level + (node.module or "")
            yield node.lineno, base
            for alias in node.names:
                yield node.lineno, f"{base}.{alias.name}" if node.module else base + alias.name


def names_a_view_module(name, app):
    """Whether a dotted name (relative to `app`'s models.py) is one of the app's view modules."""
    if name.startswith("."):
        if name.startswith(".."):
            return False  # above the app: not its own modules
        parts = name.lstrip(".").split(".")
    else:
        parts = name.split(".")
        if parts[0] != app:
            return False
        parts = parts[1:]
    return bool(parts) and parts[0] in VIEW_MODULES


def test_every_app_is_checked():
    assert {"eventpages", "docpages", "blogpages", "exchange", "home", "embedding"} <= set(APPS)


def test_the_rule_finds_what_it_should():
    assert names_a_view_module(".views", "eventpages")
    assert names_a_view_module(".embeds.index", "eventpages")
    assert names_a_view_module("eventpages.feeds", "eventpages")
    assert not names_a_view_module(".recurrence", "eventpages")
    assert not names_a_view_module("home.views", "eventpages")  # another app's: another rule
    source = "def route(self):\n    from . import views\n    from .api import x\n"
    names = [name for _line, name in imported_modules(source)]
    assert ".views" in names and ".api" in names


@pytest.mark.parametrize("app", [app for app in APPS if (ROOT / app / "models.py").exists()])
def test_models_do_not_import_their_views(app):
    path = ROOT / app / "models.py"
    found = [
        f"{path.relative_to(ROOT)}:{line} imports {name}"
        for line, name in imported_modules(path.read_text())
        if names_a_view_module(name, app)
    ]
    assert found == [], "models.py must not import views/embeds/feeds/api/routes: " + str(found)


def test_core_imports_no_project_app():
    files = sorted((ROOT / "core").rglob("*.py"))
    assert ROOT / "core" / "county_time.py" in files
    found = [
        f"{path.relative_to(ROOT)}:{line} imports {name}"
        for path in files
        for line, name in imported_modules(path.read_text())
        if not name.startswith(".") and name.split(".")[0] in PROJECT_PACKAGES
    ]
    assert found == []
