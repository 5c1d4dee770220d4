/* The board's thread page: "In meiner Sprache lesen" in place. Without this script the link
   reloads the thread with the post translated (?lesen=…) and "Original anzeigen" reloads it
   without; with it, the post's translation route answers the same fragment
   (exchange/includes/post_translation.html), which goes into the post's live region. */
(function () {
    "use strict";

    function parts(element) {
        var post = element.closest(".exchange-post");
        return post && {
            original: post.querySelector("[data-original]"),
            region: post.querySelector("[data-translation]"),
            control: post.querySelector(".exchange-post__translate"),
        };
    }

    function showTranslation(post) {
        var back = post.region.querySelector("[data-show-original]");
        post.region.hidden = false;
        post.original.hidden = true;
        post.control.hidden = true;
        back.focus();
    }

    function showOriginal(post) {
        post.region.hidden = true;
        post.original.hidden = false;
        post.control.hidden = false;
        post.control.querySelector("a").focus();
    }

    function translate(link, post) {
        if (link.getAttribute("aria-busy") === "true") {
            return;
        }
        link.setAttribute("aria-busy", "true");
        fetch(link.dataset.translateUrl, {
            credentials: "same-origin",
            headers: {"Accept": "text/html", "X-Requested-With": "fetch"},
        }).then(function (response) {
            // 200: the translation; 503: the provider failed, its message in the fragment.
            if (!response.ok && response.status !== 503) {
                throw new Error(String(response.status));
            }
            return response.text();
        }).then(function (html) {
            link.removeAttribute("aria-busy");
            post.region.hidden = false;
            post.region.innerHTML = html;
            if (post.region.querySelector("[data-show-original]")) {
                showTranslation(post);
            }
        }).catch(function () {
            // Logged out meanwhile, a network error: the page's own way, without the script.
            window.location.href = link.href;
        });
    }

    document.addEventListener("click", function (event) {
        var link = event.target.closest("a[data-translate-url]");
        var back = event.target.closest("a[data-show-original]");
        if (!link && !back) {
            return;
        }
        var post = parts(link || back);
        if (!post || !post.original || !post.region || !post.control) {
            return;
        }
        if (link) {
            event.preventDefault();
            if (post.region.querySelector("[data-show-original]")) {
                showTranslation(post);  // fetched before: no second request
            } else {
                translate(link, post);
            }
        } else if (back) {
            event.preventDefault();
            showOriginal(post);
        }
    });
}());
