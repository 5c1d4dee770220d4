// Inside an embed: tell the page around the frame how tall the content is, so the frame
// can show all of it without a scrollbar of its own (embed.js listens on the other side).
(function () {
    "use strict";
    if (window.parent === window) {
        return;
    }
    var last = 0;
    function send() {
        var height = Math.ceil(document.documentElement.getBoundingClientRect().height);
        if (height !== last) {
            last = height;
            // The height is no secret (any page may frame the address and measure it); embed.js
            // checks that the message comes from its own frame and our origin.
            window.parent.postMessage({ type: "netzwerk-embed:height", height: height }, "*");
        }
    }
    // embed.js asks again once the frame has loaded: it may have missed the first message.
    window.addEventListener("message", function (event) {
        if (event.source === window.parent && event.data && event.data.type === "netzwerk-embed:ask") {
            last = 0;
            send();
        }
    });
    if ("ResizeObserver" in window) {
        new ResizeObserver(send).observe(document.documentElement);
    } else {
        window.addEventListener("resize", send);
    }
    window.addEventListener("load", send);
    send();
})();
