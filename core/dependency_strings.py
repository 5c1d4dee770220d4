"""Interface strings of Wagtail and wagtail-localize that our catalogue translates for them.

Why: wagtail-localize ships catalogues with gaps (Persian and Turkish have almost nothing,
Ukrainian misses the newer strings), and Wagtail's own lack parts of the page side panels in
Persian, Ukrainian and Turkish. A gap shows the German fallback or the English original in the
admin. German itself says "Locale" where a coordinator expects "Sprache". Our catalogue
(LOCALE_PATHS) takes precedence over the apps' catalogues, so carrying these msgids there with
our translations fixes the screens; `make messages` would drop msgids it does not find in our
sources, so this module names them (gettext_noop: nothing is translated here at import).

Each msgid is exactly the dependency's own (plural pairs kept, spaces included). The strings of
wagtail-localize's JavaScript translation editor are in the djangojs domain and named in
`core/dependency_strings.js`. Offered upstream: see the translations' notes in the README.
Re-read with each upgrade of Wagtail or wagtail-localize (`tests/core/test_dependency_strings.py`
says which msgids the installed versions no longer use).
"""

from django.utils.translation import gettext_noop, ngettext_lazy

DEPENDENCY_STRINGS = (
    # wagtail-localize
    gettext_noop("Disable"),
    gettext_noop("Dummy translator"),
    gettext_noop("Translate"),
    gettext_noop("Start Synced translation"),
    gettext_noop("Translate {model_name}"),
    gettext_noop(
        "The {model_name} '{object}' was successfully submitted for translation into {locales}"
    ),
    gettext_noop("Up to date"),
    gettext_noop("Waiting for translations"),
    gettext_noop("Manual"),
    gettext_noop("Machine"),
    gettext_noop("Translated with {tool_name} on {date}"),
    gettext_noop("Translated manually on {date}"),
    gettext_noop("Machine translated on {date}"),
    gettext_noop("This locale cannot be synced into itself."),
    gettext_noop("Synchronise content from another locale"),
    gettext_noop(
        "Choose a locale to synchronise content from. Any existing and future content authored in the selected locale will be automatically copied to this one."
    ),
    gettext_noop(
        "<{}> tag is not allowed. Strings can only contain standard HTML inline tags (such as <b>, <a>)"
    ),
    gettext_noop("Strings cannot have any HTML tags with attributes (except for 'id' in <a> tags)"),
    gettext_noop("Unrecognised id found in an <a> tag: {}"),
    gettext_noop("Enable"),
    gettext_noop("Convert to alias %(title)s"),
    gettext_noop("Convert to alias"),
    gettext_noop(
        "Are you sure you want to convert this page into an alias? This will overwrite the content of the page with the content of '%(source_page_title)s' (%(source_page_locale)s)"
    ),
    gettext_noop("Yes, convert it"),
    gettext_noop("No, leave it as a page"),
    gettext_noop(
        'This page hasn\'t been translated yet. It is mirroring the <a href="%(edit_original_page_url)s" target="_blank">%(original_locale)s page</a>.'
    ),
    gettext_noop("Translate this page"),
    gettext_noop("Translation of %(instance)s into %(locale)s"),
    gettext_noop("Translations"),
    gettext_noop("Editing %(object_type)s %(title)s"),
    gettext_noop("Submit"),
    gettext_noop("Content type"),
    gettext_noop("Source"),
    gettext_noop("Target"),
    gettext_noop("No translations found."),
    gettext_noop("Why would I sync my page?"),
    gettext_noop(
        "Changes are not automatically applied between translated pages. Syncing will add new content for translation and remove deleted content."
    ),
    gettext_noop("The last sync date was %(last_sync_date)s. You are about to sync the following:"),
    gettext_noop("Page '{}' has been converted into an alias."),
    gettext_noop(
        "New validation errors were found when publishing '{object}' in {locale}. Please fix them or click publish again to ignore these translations for now."
    ),
    gettext_noop("Published '{object}' in {locale} with missing translations - see below."),
    gettext_noop("Published '{object}' in {locale}."),
    gettext_noop(
        "The data model for '{model_name}' has been changed since the last translation sync. If any new fields have been added recently, these may not be visible until the next translation sync."
    ),
    gettext_noop("Translation has been stopped."),
    gettext_noop("Translation has been restarted."),
    gettext_noop("Please upload a valid PO file."),
    gettext_noop("Cannot import PO file that was created for a different translation."),
    gettext_noop("Successfully imported translations from PO File."),
    gettext_noop("Successfully translated with {}."),
    gettext_noop("There isn't anything left to translate."),
    gettext_noop("Source title"),
    gettext_noop("Locales"),
    gettext_noop("All child pages will be created."),
    gettext_noop("{} locales"),
    gettext_noop("Translate page"),
    gettext_noop(
        "The page '{page_title}' was successfully submitted for translation into {locales}"
    ),
    gettext_noop("Publish immediately"),
    gettext_noop(
        'Apply the updates and publish immediately. The changes will use the original language until translated unless you also select "Use machine translation".'
    ),
    gettext_noop("Use machine translation"),
    gettext_noop("Apply machine translations to the incoming changes."),
    gettext_noop(
        "Apply the updates and publish immediately. The changes will use the original language until translated."
    ),
    gettext_noop("Update existing translations"),
    gettext_noop("Successfully updated translations for '{object}'"),
    gettext_noop("Sync translated pages"),
    gettext_noop("Translate '%(title)s'"),
    gettext_noop("Sync translated snippets"),
    gettext_noop("Sync translations of '%(title)s'"),
    gettext_noop("Convert to alias page"),
    gettext_noop("Convert page to alias"),
    gettext_noop(
        "Converted page '%(title)s' to an alias of the translation source page '%(source_title)s'"
    ),
    gettext_noop("Converted page to an alias of the translation source page"),
    # Wagtail: the status side panel, page header and locale switcher of the translation screens
    gettext_noop("Anyone can edit this %(model_name)s – lock it to prevent others from editing"),
    gettext_noop("Anyone can edit this %(model_name)s"),
    gettext_noop("Available in %(translations_total)s locales"),
    gettext_noop("Change privacy"),
    gettext_noop("Choose who can view the live version of this page"),
    gettext_noop("Edit schedule"),
    gettext_noop("Expiry:"),
    gettext_noop("First published"),
    gettext_noop("Go-live:"),
    gettext_noop("History"),
    gettext_noop("In Moderation"),
    gettext_noop("Invalid schedule"),
    gettext_noop("Locale: "),
    gettext_noop("Locking: "),
    gettext_noop("Minimap"),
    gettext_noop("No other translations"),
    gettext_noop("No publishing schedule set"),
    gettext_noop("Not visible to the public"),
    gettext_noop("Once live anyone can view"),
    gettext_noop("Once scheduled:"),
    gettext_noop("Page visibility: "),
    gettext_noop("Private. Visit the live page"),
    gettext_noop("Set schedule"),
    gettext_noop("Side panel width"),
    gettext_noop("Side panels"),
    gettext_noop("Status: "),
    gettext_noop("Switch locales"),
    gettext_noop("To be created by %(user)s"),
    gettext_noop("Toggle side panel"),
    gettext_noop("Usage"),
    gettext_noop("View details"),
    gettext_noop("View history"),
    gettext_noop("Visible to all"),
    gettext_noop("Visible to all. Visit the live page"),
    gettext_noop("Locale"),
)

# Plural pairs: makemessages needs the call, with both forms.
DEPENDENCY_PLURALS = (
    # wagtail-localize
    ngettext_lazy("Include subtree ({} page)", "Include subtree ({} pages)"),
)
