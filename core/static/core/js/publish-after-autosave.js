/*
 * "Veröffentlichen" right after typing a new page's title.
 *
 * On a new page, Wagtail's autosave (the w-autosave controller) creates the page with its
 * first request and only then points the form at the page's edit view. Its unsaved-changes
 * check may fire while the publish is being sent: that autosave request reached the create
 * view first, created the page, and the publish then failed with "Der Kurztitel … wird
 * bereits verwendet". So:
 * - once a form is being sent, autosave requests are cancelled (Wagtail's "w-autosave:save"
 *   event is cancelable for this);
 * - a submit that arrives while an autosave is still under way is held until it has
 *   finished, then sent again with the same button, now to the edit view.
 * On edit views the same keeps the publish from racing the autosave's revision.
 */
(function () {
  "use strict";

  function autosaveOf(form) {
    var app = window.wagtail && window.wagtail.app;
    if (!app || !form.matches("[data-controller~='w-autosave']")) {
      return null;
    }
    return app.getControllerForElementAndIdentifier(form, "w-autosave");
  }

  async function settled(autosave) {
    // A finished save may start the next one at once (changes typed meanwhile).
    while (autosave.submitPromise) {
      try {
        await autosave.submitPromise;
      } catch (error) {
        return;
      }
    }
  }

  document.addEventListener(
    "w-autosave:save",
    function (event) {
      if (event.target.dataset.beingSent) {
        event.preventDefault();
      }
    },
    true,
  );

  document.addEventListener(
    "submit",
    function (event) {
      var form = event.target;
      if (!(form instanceof HTMLFormElement) || form.dataset.beingSent) {
        return;
      }
      var autosave = autosaveOf(form);
      if (!autosave) {
        return;
      }
      form.dataset.beingSent = "true";
      if (!autosave.submitPromise) {
        return;
      }
      event.preventDefault();
      event.stopImmediatePropagation();
      var name = event.submitter ? event.submitter.name : "";
      settled(autosave).then(function () {
        // Wagtail may have re-rendered parts of the form: find the button again by name.
        var button = name ? form.querySelector("button[name='" + name + "']") : null;
        if (button) {
          // Wagtail's progress indicator may have disabled the button after the first
          // click; a disabled button would not send its name ("action-publish").
          button.disabled = false;
          form.requestSubmit(button);
        } else {
          form.requestSubmit();
        }
      });
    },
    true,
  );
})();
