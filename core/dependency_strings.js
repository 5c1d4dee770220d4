/*
 * Strings of wagtail-localize's translation editor (its React bundle calls Django's JavaScript
 * catalogue, domain djangojs), named here so that `make messages` keeps them in our djangojs
 * catalogue, which takes precedence over wagtail-localize's own (LOCALE_PATHS). Why and how:
 * core/dependency_strings.py. This file is never served or run: it only feeds makemessages.
 */
gettext("Fetching document information...");
gettext("Fetching image information...");
gettext("Fetching page information...");
gettext("Fetching %s information...");
gettext("Choose a %s");
gettext("Stopping Synced translation");
gettext("Stop Synced translation");
gettext("Convert to alias page");
gettext("Applying editor lock");
gettext("Removing editor lock");
gettext("Publishing...");
gettext("Publish in ");
gettext("Changed");
gettext("There are unsaved segments. Please save or cancel them before leaving.");
gettext("Server error");
gettext("Translate");
gettext("Uses %s version");
gettext("Change page");
gettext("Change document");
gettext("Change %s");
gettext("Revert to %s version");
gettext("segments translated");
gettext("Not translated");
gettext("[DELETED]");
gettext("Download PO file and input translations offline");
gettext("Download PO file");
gettext("Upload translated PO file to submit translations");
gettext("Upload PO file");
gettext("Translate all missing strings with ");
gettext("Translate with ");
