/*
 * The network's embeds on another website (no dependencies).
 *
 *   <div class="netzwerk-embed" data-src="https://netz.example/embed/de/veranstaltungen/?limit=5"
 *        data-title="Veranstaltungen">
 *     <noscript><a href="https://netz.example/de/veranstaltungen/">Veranstaltungen</a></noscript>
 *   </div>
 *   <script src="https://netz.example/static/embedding/js/embed.js" async></script>
 *
 * Each placeholder gets an iframe of its data-src, as tall as the content in it: frame.js in
 * the embed posts its height, and only a message from that very frame and its origin counts.
 * Styles are set through the DOM (element.style), which a host page's CSP allows.
 */
(function () {
    "use strict";

    var MESSAGE = "netzwerk-embed:height";
    var MIN_HEIGHT = 100;
    var MAX_HEIGHT = 20000;
    var INITIAL_HEIGHT = 600;
    // Links open outside the frame (new tab) and stay unsandboxed there; the frame cannot
    // navigate the host page.
    var SANDBOX = "allow-scripts allow-same-origin allow-forms allow-popups " +
        "allow-popups-to-escape-sandbox";

    if (window.netzwerkEmbed) {
        // Loaded twice on one page: one listener is enough, but look for new placeholders.
        window.netzwerkEmbed.scan();
        return;
    }

    var frames = [];

    function embedAddress(value) {
        try {
            var url = new URL(value, document.baseURI);
            return url.protocol === "https:" || url.protocol === "http:" ? url : null;
        } catch (error) {
            return null;
        }
    }

    function attach(placeholder) {
        var url = embedAddress(placeholder.getAttribute("data-src") || "");
        if (!url) {
            return;
        }
        placeholder.setAttribute("data-netzwerk-embed-ready", "");
        var iframe = document.createElement("iframe");
        iframe.src = url.href;
        iframe.title = placeholder.getAttribute("data-title") || url.hostname;
        iframe.setAttribute("loading", "lazy");
        iframe.setAttribute("sandbox", SANDBOX);
        iframe.style.display = "block";
        iframe.style.width = "100%";
        iframe.style.border = "0";
        iframe.style.height = INITIAL_HEIGHT + "px";
        // The <noscript> fallback is no longer needed once the frame is there.
        while (placeholder.firstChild) {
            placeholder.removeChild(placeholder.firstChild);
        }
        iframe.addEventListener("load", function () {
            // In case the frame told its height before this page listened.
            iframe.contentWindow.postMessage({ type: "netzwerk-embed:ask" }, url.origin);
        });
        placeholder.appendChild(iframe);
        frames.push({ iframe: iframe, origin: url.origin });
    }

    function scan() {
        var placeholders = document.querySelectorAll(
            ".netzwerk-embed[data-src]:not([data-netzwerk-embed-ready])"
        );
        for (var i = 0; i < placeholders.length; i++) {
            attach(placeholders[i]);
        }
    }

    function receive(event) {
        var data = event.data;
        if (!data || typeof data !== "object" || data.type !== MESSAGE) {
            return;
        }
        var height = Number(data.height);
        if (!isFinite(height)) {
            return;
        }
        for (var i = 0; i < frames.length; i++) {
            var frame = frames[i];
            // From that frame, and from the address it was given: nobody else resizes it.
            if (event.source === frame.iframe.contentWindow && event.origin === frame.origin) {
                height = Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(height)));
                frame.iframe.style.height = height + "px";
                return;
            }
        }
    }

    window.addEventListener("message", receive);
    window.netzwerkEmbed = { scan: scan };
    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", scan);
    } else {
        scan();
    }
})();
