// The event editor's recurrence panel (eventpages/panels.py): shows only the fields the chosen
// rule needs, marks the visible required ones, and keeps a live preview of the next dates.
//
// Which field is shown when comes from the server (eventpages/rule_checks.py, as the panel's
// data-recurrence-rules-value), so the panel and the validation agree. Hidden fields keep their
// values; the server ignores them. Without JavaScript every field stays visible.
//
// A Stimulus controller registered with the Wagtail admin's own Stimulus application.
(function () {
    "use strict";
    if (!window.wagtail || !window.wagtail.app || !window.StimulusModule) {
        return;
    }
    var DELAY = 350; // ms of quiet typing before the preview is asked for
    var PREFIXES = ["cancelled_dates-", "extra_dates-"];

    class RecurrenceController extends window.StimulusModule.Controller {
        static targets = ["preview", "output"];
        static values = { rules: Object, required: Array };

        connect() {
            this.form = this.element.closest("form");
            this.timer = null;
            this.request = null;
            this.onChange = this.onChange.bind(this);
            if (!this.form) {
                return;
            }
            // The whole form: the start and end are in the panel above this one. Inline forms
            // added later (the cancelled and extra dates) are covered by delegation.
            this.form.addEventListener("input", this.onChange);
            this.form.addEventListener("change", this.onChange);
            this.form.addEventListener("click", this.onChange);
            // Wagtail's date picker sets the value through jQuery, which fires no DOM event.
            if (window.jQuery) {
                window.jQuery(this.form).on("change.recurrence", "input", this.onChange);
            }
            this.update();
            this.refresh();
        }

        disconnect() {
            if (this.form) {
                this.form.removeEventListener("input", this.onChange);
                this.form.removeEventListener("change", this.onChange);
                this.form.removeEventListener("click", this.onChange);
                if (window.jQuery) {
                    window.jQuery(this.form).off("change.recurrence");
                }
            }
            window.clearTimeout(this.timer);
            if (this.request) {
                this.request.abort();
            }
        }

        value(name) {
            var field = this.form.elements.namedItem(name);
            return field ? field.value : "";
        }

        isShown(name, values) {
            var conditions = this.rulesValue[name] || {};
            return Object.keys(conditions).every(function (field) {
                return conditions[field].indexOf(values[field]) !== -1;
            });
        }

        // Show what the rule needs; mark a visible field that it needs as required.
        update() {
            var values = { frequency: this.value("frequency"), ends: this.value("ends") };
            var required = this.requiredValue;
            this.element.querySelectorAll("[data-recurrence-field]").forEach((wrapper) => {
                var name = wrapper.getAttribute("data-recurrence-field");
                var shown = this.isShown(name, values);
                wrapper.hidden = !shown;
                if (required.indexOf(name) !== -1) {
                    this.markRequired(wrapper, name, shown);
                }
            });
        }

        markRequired(wrapper, name, shown) {
            var label = wrapper.querySelector(".w-field__label");
            if (label && !label.querySelector(".w-required-mark")) {
                var mark = document.createElement("span");
                mark.className = "w-required-mark";
                mark.textContent = "*";
                label.appendChild(mark);
            }
            var field = this.form.elements.namedItem(name);
            if (field && field.tagName === "INPUT") {
                if (shown) {
                    field.setAttribute("aria-required", "true");
                } else {
                    field.removeAttribute("aria-required");
                }
            }
        }

        onChange(event) {
            var target = event.target;
            var name = target && target.name ? target.name : "";
            if (event.type === "click" && !(target.closest && target.closest("button"))) {
                return; // clicks count only on buttons (adding or deleting an inline date)
            }
            if (name === "frequency" || name === "ends") {
                this.update();
            }
            window.clearTimeout(this.timer);
            this.timer = window.setTimeout(() => this.refresh(), DELAY);
        }

        query() {
            var params = new URLSearchParams();
            var rules = this.rulesValue;
            var names = ["start", "end", "all_day", "frequency"].concat(Object.keys(rules));
            new FormData(this.form).forEach(function (value, name) {
                var wanted =
                    names.indexOf(name) !== -1 ||
                    PREFIXES.some(function (prefix) {
                        return name.indexOf(prefix) === 0;
                    });
                if (wanted && typeof value === "string") {
                    params.append(name, value);
                }
            });
            return params;
        }

        refresh() {
            if (!this.hasPreviewTarget || !this.hasOutputTarget) {
                return;
            }
            var url = this.previewTarget.getAttribute("data-recurrence-preview-url");
            if (!url) {
                return;
            }
            if (this.request) {
                this.request.abort();
            }
            this.request = new AbortController();
            var output = this.outputTarget;
            fetch(url + "?" + this.query().toString(), {
                credentials: "same-origin",
                headers: { "X-Requested-With": "XMLHttpRequest" },
                signal: this.request.signal,
            })
                .then(function (response) {
                    if (!response.ok) {
                        throw new Error("HTTP " + response.status);
                    }
                    return response.text();
                })
                .then(function (html) {
                    output.innerHTML = html;
                })
                .catch(function (error) {
                    if (error.name !== "AbortError") {
                        output.setAttribute("data-recurrence-failed", "");
                    }
                });
        }
    }

    window.wagtail.app.register("recurrence", RecurrenceController);
})();
