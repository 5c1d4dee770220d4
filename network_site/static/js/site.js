/* Small progressive enhancements; every page works without them. */
(function () {
    "use strict";

    // Remember the language chosen in the switcher, so "/" opens it next time.
    document.addEventListener("click", function (event) {
        var link = event.target.closest(".language-switcher a[data-language]");
        if (!link) {
            return;
        }
        var secure = window.location.protocol === "https:" ? "; secure" : "";
        document.cookie = "django_language=" + encodeURIComponent(link.dataset.language) +
            "; path=/; max-age=31536000; samesite=lax" + secure;
    });

    // A form sent back with errors: its summary (includes/form_errors.html) takes the focus,
    // so a screen reader reads it first and the keyboard starts from its links to the fields.
    var errorSummary = document.querySelector("[data-error-summary]");
    if (errorSummary) {
        errorSummary.focus();
    }

    // Two-click consent: the video host is contacted only after this click.
    document.addEventListener("click", function (event) {
        var button = event.target.closest("[data-video-load]");
        if (!button) {
            return;
        }
        var figure = button.closest("[data-video-consent]");
        var iframe = document.createElement("iframe");
        iframe.src = button.dataset.embedUrl;
        iframe.title = button.dataset.embedTitle;
        iframe.allow = "autoplay; fullscreen; picture-in-picture";
        iframe.setAttribute("allowfullscreen", "");
        iframe.referrerPolicy = "strict-origin-when-cross-origin";
        var placeholder = figure.querySelector(".video-consent__placeholder");
        figure.replaceChild(iframe, placeholder);
        iframe.focus();
    });
}());
