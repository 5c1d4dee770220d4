// The directory's map (directory/map.py): nothing is asked of the tile server until the
// visitor clicks "Karte laden". Who ticks "immer laden" has the map load by itself on this
// device, for this tile server only (localStorage, no cookie); a button forgets it again.
(function () {
    "use strict";

    var root = document.querySelector("[data-directory-map]");
    var data = document.getElementById("directory-map-data");
    if (!root || !data || !window.L) {
        return;
    }
    var KEY = "directory-map-consent";
    var consent = root.querySelector("[data-map-consent]");
    var canvas = root.querySelector("[data-map-canvas]");
    var remember = root.querySelector("[data-map-remember]");
    var forgetBox = root.querySelector("[data-map-forget-box]");
    var tileUrl = canvas.dataset.tileUrl;
    var map = null;

    function stored() {
        try {
            return window.localStorage.getItem(KEY);
        } catch (error) {
            return null;
        }
    }

    function store(value) {
        try {
            if (value) {
                window.localStorage.setItem(KEY, value);
            } else {
                window.localStorage.removeItem(KEY);
            }
        } catch (error) {
            // Storage refused (private mode): the map loads on this click only.
        }
    }

    function escaped(text) {
        var span = document.createElement("span");
        span.textContent = text;
        return span.innerHTML;
    }

    function popup(item) {
        // Built as elements, never as HTML: names and addresses are editors' text.
        var box = document.createElement("div");
        box.className = "directory-map__popup";
        box.setAttribute("dir", "auto");
        var link = document.createElement("a");
        link.href = item.url;
        link.textContent = item.name;
        if (item.lang) {
            link.lang = item.lang;
        }
        var title = document.createElement("p");
        title.className = "directory-map__popup-title";
        title.appendChild(link);
        box.appendChild(title);
        var address = document.createElement("p");
        address.textContent = item.place ? item.place + ", " + item.address : item.address;
        address.lang = "de"; // places are copied from the German page, never translated
        box.appendChild(address);
        return box;
    }

    function load(focus) {
        if (map) {
            return;
        }
        var items = JSON.parse(data.textContent);
        consent.hidden = true;
        canvas.hidden = false;
        map = window.L.map(canvas, { zoomControl: false, scrollWheelZoom: false });
        window.L.control
            .zoom({ zoomInTitle: canvas.dataset.zoomIn, zoomOutTitle: canvas.dataset.zoomOut })
            .addTo(map);
        map.attributionControl.setPrefix(false);
        window.L.tileLayer(tileUrl, {
            maxZoom: 19,
            attribution: escaped(canvas.dataset.attribution || ""),
        }).addTo(map);
        var markers = items.map(function (item) {
            return window.L.marker([item.lat, item.lng], {
                title: item.name,
                alt: item.name,
                keyboard: true,
            }).bindPopup(popup(item));
        });
        var group = window.L.featureGroup(markers).addTo(map);
        map.fitBounds(group.getBounds(), { padding: [32, 32], maxZoom: 15 });
        if (stored() === tileUrl) {
            forgetBox.hidden = false;
        }
        if (focus) {
            canvas.focus();
        }
    }

    consent.hidden = false;
    root.querySelector("[data-map-load]").addEventListener("click", function () {
        if (remember.checked) {
            store(tileUrl);
        }
        load(true);
    });
    root.querySelector("[data-map-forget]").addEventListener("click", function () {
        store(null);
        root.querySelector("[data-map-forget]").hidden = true;
        root.querySelector("[data-map-forget-status]").textContent = forgetBox.dataset.forgotten;
    });
    if (stored() === tileUrl) {
        load(false);
    }
}());
