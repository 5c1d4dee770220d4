"""The translation report: "Berichte" › "Übersetzungen".

Every translatable page and snippet in the source language, a row each, and its state in
every other language (core.translation_states: übersetzt, veraltet, Alias, fehlt), so that a
coordinator sees at a glance what is behind, and acts from there:

- rows.py: the rows, found generically (pages by their section under the home page, snippets
  through Wagtail's registry of snippet models that are translatable) in a constant number of
  queries, the filters' meaning and the counts per language ("Arabisch: 82 % aktuell");
- filters.py: section, language and state, in Wagtail's filter drilldown;
- changes.py: what changed in an original since its translations were last synchronised;
- actions.py: translate chosen items into one language (wagtail-localize's TranslationCreator);
- po.py: one PO file of many translations for a professional translator, and its import;
- views.py, viewset.py: the screens, in the admin's reports menu;
- status_line.py: the editor's line per language in the page header.
"""
