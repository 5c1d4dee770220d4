// The embed builder in the admin: refreshes the codes and the preview while the form changes
// (without reloading the page) and copies a code with one click. Without JavaScript the form's
// button asks the server for the same result.
(function () {
    "use strict";
    var form = document.querySelector("[data-embed-builder]");
    if (!form) {
        return;
    }
    var status = document.querySelector("[data-builder-status]");
    var preview = document.querySelector("[data-builder-preview]");
    var translationField = form.elements.namedItem("translation");
    var lastTranslation = translationField ? translationField.value : "";
    var timer = null;
    var controller = null;

    function announce(text) {
        if (!status || !text) {
            return;
        }
        status.textContent = "";
        window.setTimeout(function () {
            status.textContent = text;
        }, 50);
    }

    function showCopyButtons() {
        document.querySelectorAll("[data-copy]").forEach(function (button) {
            button.hidden = false;
        });
    }

    function swapRegion(doc, name) {
        var selector = '[data-builder-region="' + name + '"]';
        var current = document.querySelector(selector);
        var fresh = doc.querySelector(selector);
        if (current && fresh) {
            current.innerHTML = fresh.innerHTML;
        }
    }

    // Error messages next to the fields, without replacing the fields being typed in.
    function swapErrors(doc) {
        form.querySelectorAll("[data-contentpath]").forEach(function (field) {
            var name = field.getAttribute("data-contentpath");
            var fresh = doc.querySelector('form [data-contentpath="' + CSS.escape(name) + '"]');
            if (!fresh) {
                return;
            }
            field.classList.toggle("w-field--error", fresh.classList.contains("w-field--error"));
            var errors = field.querySelector("[data-field-errors]");
            var freshErrors = fresh.querySelector("[data-field-errors]");
            if (errors && freshErrors) {
                errors.innerHTML = freshErrors.innerHTML;
            }
        });
    }

    function refresh() {
        var query = new URLSearchParams();
        new FormData(form).forEach(function (value, name) {
            if (value !== "") {
                query.append(name, value);
            }
        });
        var url = form.action.split("?")[0] + "?" + query.toString();
        if (controller) {
            controller.abort();
        }
        controller = new AbortController();
        return fetch(url, { credentials: "same-origin", signal: controller.signal })
            .then(function (response) {
                if (!response.ok) {
                    throw new Error("HTTP " + response.status);
                }
                return response.text();
            })
            .then(function (html) {
                var doc = new DOMParser().parseFromString(html, "text/html");
                ["origins", "presets", "warnings", "outputs"].forEach(function (name) {
                    swapRegion(doc, name);
                });
                var translation = translationField ? translationField.value : "";
                if (translation !== lastTranslation) {
                    // Category names and choices follow the language version.
                    swapRegion(doc, "filters");
                    lastTranslation = translation;
                }
                swapErrors(doc);
                var freshPreview = doc.querySelector("[data-builder-preview]");
                if (preview && freshPreview && preview.getAttribute("src") !== freshPreview.getAttribute("src")) {
                    preview.setAttribute("src", freshPreview.getAttribute("src"));
                    preview.setAttribute("title", freshPreview.getAttribute("title"));
                }
                showCopyButtons();
                window.history.replaceState(null, "", url);
                announce(status && status.getAttribute("data-updated"));
            });
    }

    function later(delay) {
        window.clearTimeout(timer);
        timer = window.setTimeout(function () {
            refresh().catch(function () {
                // Aborted by a newer change, or the server did not answer: the button still works.
            });
        }, delay);
    }

    form.addEventListener("input", function (event) {
        // Typing: wait for a pause. Choices (selects, radios, colour): almost at once.
        later(event.target.type === "text" || event.target.type === "search" || event.target.type === "number" ? 500 : 150);
    });
    form.addEventListener("change", function () {
        later(150);
    });
    form.addEventListener("submit", function (event) {
        event.preventDefault();
        window.clearTimeout(timer);
        refresh().catch(function (error) {
            if (error.name !== "AbortError") {
                form.submit();
            }
        });
    });

    document.addEventListener("click", function (event) {
        var button = event.target.closest("[data-copy]");
        if (!button) {
            return;
        }
        var field = document.getElementById(button.getAttribute("data-copy"));
        if (!field) {
            return;
        }
        field.select();
        var copied = navigator.clipboard
            ? navigator.clipboard.writeText(field.value)
            : Promise.reject(new Error("no clipboard"));
        copied.then(
            function () {
                announce(status && status.getAttribute("data-copied"));
            },
            function () {
                // The text stays selected, ready for Ctrl+C.
                announce(status && status.getAttribute("data-copy-failed"));
            }
        );
    });

    // The preview grows to its content, like the script does on the county's website.
    window.addEventListener("message", function (event) {
        if (!preview || event.source !== preview.contentWindow || event.origin !== window.location.origin) {
            return;
        }
        var data = event.data;
        if (data && data.type === "netzwerk-embed:height" && typeof data.height === "number") {
            preview.style.blockSize = Math.min(Math.max(Math.ceil(data.height), 150), 5000) + "px";
        }
    });

    showCopyButtons();
})();
