// warscribe: the map and the timeline of the events page. Data comes from /api/map and /api/timeline with
// the page's filters; every text from the data is set with textContent, never parsed as HTML.
(function () {
  "use strict";

  var COLOURS = {
    "Battles": "#c0392b",
    "Explosions/Remote violence": "#e67e22",
    "Violence against civilians": "#8e44ad",
    "Protests": "#2980b9",
    "Riots": "#16a085",
    "Strategic developments": "#7f8c8d"
  };
  var SPARE = ["#d35400", "#27ae60", "#2c3e50", "#f1c40f", "#e84393", "#00838f"];
  var SVG = "http://www.w3.org/2000/svg";

  function colour(type, index) {
    return COLOURS[type] || SPARE[index % SPARE.length];
  }

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  function svg(tag, attrs) {
    var node = document.createElementNS(SVG, tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    return node;
  }

  function getJSON(url) {
    return fetch(url, {headers: {"Accept": "application/json"}}).then(function (r) {
      if (!r.ok) { throw new Error(url + ": " + r.status); }
      return r.json();
    });
  }

  function withParams(changes) {
    var params = new URLSearchParams(window.location.search);
    Object.keys(changes).forEach(function (k) {
      if (changes[k]) { params.set(k, changes[k]); } else { params.delete(k); }
    });
    params.delete("page");
    return "/?" + params.toString();
  }

  // --- map -------------------------------------------------------------------------------------------------

  // A point of /api/map: [lat, lon, n, fatalities, [type index, count, ...]].
  function point(row, typeNames) {
    var types = {}, best = null;
    for (var i = 0; i < row[4].length; i += 2) {
      var name = typeNames[row[4][i]];
      types[name] = row[4][i + 1];
      if (best === null || types[name] > types[best]) { best = name; }
    }
    return {lat: row[0], lon: row[1], n: row[2], fatalities: row[3], types: types, dominant: best || ""};
  }

  // The popup lists the point's events, fetched when it opens.
  function popup(p, query) {
    var box = el("div", {"class": "popup"});
    var title = el("b", {}, "…");
    box.appendChild(title);
    box.appendChild(el("div", {}, p.n + " event" + (p.n === 1 ? "" : "s") + ", " + p.fatalities + " killed"));
    var list = el("ul", {"class": "popup-events"});
    box.appendChild(list);
    getJSON("/api/point?" + query + (query ? "&" : "") + "lat=" + p.lat + "&lon=" + p.lon).then(function (data) {
      title.textContent = data.location || "(no place name)";
      data.events.forEach(function (e) {
        var item = el("li");
        item.appendChild(el("a", {"href": "/events/" + encodeURIComponent(e.event_id), "class": "popup-event"},
                            (e.event_date || "?") + " · " + (e.sub_event_type || e.event_type)));
        if (e.fatalities) { item.appendChild(document.createTextNode(" · " + e.fatalities + " killed")); }
        list.appendChild(item);
      });
      if (data.total > data.events.length && data.location) {
        box.appendChild(el("a", {"href": withParams({"location": data.location})}, "all " + data.total + " events here"));
      }
    });
    return box;
  }

  function legend(map, types) {
    var control = L.control({position: "bottomleft"});
    control.onAdd = function () {
      var box = el("div", {"class": "legend"});
      types.forEach(function (t, i) {
        var row = el("div");
        var swatch = el("span", {"class": "swatch"});
        swatch.style.background = colour(t, i);
        row.appendChild(swatch);
        row.appendChild(document.createTextNode(t));
        box.appendChild(row);
      });
      return box;
    };
    control.addTo(map);
  }

  function drawMap(node) {
    if (typeof L === "undefined") { return; }
    var map = L.map(node, {worldCopyJump: true, minZoom: 2, maxZoom: 14}).setView([20, 20], 2);
    window.warscribeMap = map;
    var tiles = document.body.dataset.tiles;
    if (tiles) { L.tileLayer(tiles, {maxZoom: 18}).addTo(map); }
    getJSON("/vendor/countries-50m.json").then(function (world) {
      var land = topojson.feature(world, world.objects.countries);
      L.geoJSON(land, {style: {color: "#8a8f98", weight: 0.7, fillColor: "#eef0ea", fillOpacity: 1},
                       interactive: false}).addTo(map).bringToBack();
    }).catch(function () { /* no outlines: the markers still show */ });
    getJSON("/api/boundaries").then(function (b) {
      if (b.features.length) {
        L.geoJSON(b, {style: {color: "#b0a890", weight: 0.6, fill: false}, interactive: false}).addTo(map);
      }
    }).catch(function () {});
    getJSON("/api/map?" + node.dataset.query).then(function (data) {
      var cluster = L.markerClusterGroup({chunkedLoading: true, maxClusterRadius: 40});
      var bounds = [];
      var seen = {};
      data.points.forEach(function (row) {
        var p = point(row, data.types);
        var type = p.dominant;
        if (!(type in seen)) { seen[type] = Object.keys(seen).length; }
        var marker = L.circleMarker([p.lat, p.lon], {
          radius: Math.min(24, 5 + 2.2 * Math.sqrt(p.fatalities)), color: "#222", weight: 1,
          fillColor: colour(type, seen[type]), fillOpacity: 0.85
        });
        marker.bindPopup(function () { return popup(p, node.dataset.query); });
        cluster.addLayer(marker);
        bounds.push([p.lat, p.lon]);
      });
      map.addLayer(cluster);
      legend(map, Object.keys(seen));
      if (bounds.length) { map.fitBounds(bounds, {padding: [30, 30], maxZoom: 9, animate: false}); }
      node.dataset.points = String(data.points.length);
      var onMap = data.points.reduce(function (a, row) { return a + row[2]; }, 0);
      var total = Number((document.getElementById("total") || {}).textContent || onMap);
      if (total > onMap) {
        var note = document.getElementById("map-note");
        if (note) { note.textContent = (total - onMap) + " of these events have no coordinates and are not on the map."; }
      }
      node.classList.add("loaded");
    });
  }

  // --- timeline --------------------------------------------------------------------------------------------

  function addDays(iso, n) {
    var d = new Date(iso + "T00:00:00Z");
    d.setUTCDate(d.getUTCDate() + n);
    return d.toISOString().slice(0, 10);
  }

  function periodEnd(start, unit) {
    if (unit === "day") { return start; }
    if (unit === "week") { return addDays(start, 6); }
    var d = new Date(start + "T00:00:00Z");
    d.setUTCMonth(d.getUTCMonth() + 1);
    d.setUTCDate(0);
    return d.toISOString().slice(0, 10);
  }

  function drawTimeline(node) {
    getJSON("/api/timeline?" + node.dataset.query).then(function (data) {
      var periods = data.periods;
      if (!periods.length) { node.appendChild(el("p", {}, "No dated events.")); return; }
      var width = 560, height = 150, left = 34, bottom = 20, top = 8;
      var totals = periods.map(function (p) {
        return Object.keys(p.counts).reduce(function (a, k) { return a + p.counts[k]; }, 0);
      });
      var max = Math.max.apply(null, totals);
      var bar = (width - left) / periods.length;
      var chart = svg("svg", {"viewBox": "0 0 " + width + " " + height, "class": "timeline-svg",
                              "role": "img", "aria-label": "events per " + data.unit});
      var scale = (height - bottom - top) / max;
      chart.appendChild(svg("line", {x1: left, x2: width, y1: height - bottom, y2: height - bottom, "class": "axis"}));
      var maxLabel = svg("text", {x: left - 4, y: top + 8, "text-anchor": "end", "class": "tick"});
      maxLabel.textContent = String(max);
      chart.appendChild(maxLabel);
      var since = node.dataset.since, until = node.dataset.until;
      periods.forEach(function (p, i) {
        var y = height - bottom;
        var end = periodEnd(p.start, data.unit);
        var inRange = (!since || end >= since) && (!until || p.start <= until);
        data.types.forEach(function (t, ti) {
          var n = p.counts[t] || 0;
          if (!n) { return; }
          var h = n * scale;
          y -= h;
          var rect = svg("rect", {x: left + i * bar + 0.5, y: y, width: Math.max(1, bar - 1), height: h,
                                  fill: colour(t, ti), "class": inRange ? "bar" : "bar out"});
          var title = svg("title");
          title.textContent = p.start + " · " + t + ": " + n;
          rect.appendChild(title);
          chart.appendChild(rect);
        });
      });
      [0, periods.length - 1].forEach(function (i) {
        var label = svg("text", {x: left + i * bar + (i ? bar : 0), y: height - 5,
                                 "text-anchor": i ? "end" : "start", "class": "tick"});
        label.textContent = periods[i].start;
        chart.appendChild(label);
      });
      var brush = svg("rect", {y: top, height: height - bottom - top, width: 0, "class": "brush"});
      chart.appendChild(brush);
      node.appendChild(chart);
      node.appendChild(el("div", {"class": "small"}, "events per " + data.unit));
      brushing(chart, brush, function (a, b) {
        var i = Math.max(0, Math.min(periods.length - 1, Math.floor((a - left) / bar)));
        var j = Math.max(0, Math.min(periods.length - 1, Math.floor((b - left) / bar)));
        window.location.assign(withParams({since: periods[i].start, until: periodEnd(periods[j].start, data.unit)}));
      });
      node.classList.add("loaded");
    });
  }

  function brushing(chart, brush, done) {
    var start = null;
    function x(evt) {
      var box = chart.getBoundingClientRect();
      return (evt.clientX - box.left) * chart.viewBox.baseVal.width / box.width;
    }
    chart.addEventListener("mousedown", function (evt) { start = x(evt); evt.preventDefault(); });
    chart.addEventListener("mousemove", function (evt) {
      if (start === null) { return; }
      var now = x(evt);
      brush.setAttribute("x", Math.min(start, now));
      brush.setAttribute("width", Math.abs(now - start));
    });
    window.addEventListener("mouseup", function (evt) {
      if (start === null) { return; }
      var end = x(evt), a = Math.min(start, end), b = Math.max(start, end);
      start = null;
      if (b - a >= 3) { done(a, b); } else { brush.setAttribute("width", 0); }
    });
  }

  // Empty fields stay out of the URL so that shared links only carry the filters in use.
  function tidyForm(form) {
    form.addEventListener("submit", function (evt) {
      evt.preventDefault();
      var params = new URLSearchParams();
      new FormData(form).forEach(function (v, k) {
        if (v !== "" && !(k === "reports" && v === "first")) { params.append(k, v); }
      });
      window.location.assign("/?" + params.toString());
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    var form = document.getElementById("filters");
    if (form) { tidyForm(form); }
    var map = document.getElementById("map");
    if (map) { drawMap(map); }
    var timeline = document.getElementById("timeline");
    if (timeline) { drawTimeline(timeline); }
  });
}());
