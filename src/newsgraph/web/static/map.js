// The explorer's maps: located claims as clustered points coloured by quad class, over the
// packaged world outline (no tiles, nothing fetched from elsewhere). Data: the GeoJSON URL in
// the panel's data-src. Every text from the store is set with textContent (it is untrusted).
"use strict";
(function () {
  const QUADS = ["verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict", "standing"];

  function el(tag, cls, text) {
    const node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function popup(p) {
    const box = el("div", "map-popup");
    const head = el("p");
    head.appendChild(el("strong", null, p.type + (p.negated ? " (denied)" : "")));
    head.appendChild(document.createTextNode(" "));
    head.appendChild(el("span", "quad q-" + p.quad_class, (p.quad_class || "").replace(/_/g, " ")));
    box.appendChild(head);
    box.appendChild(el("p", "actors", (p.subject_name || "(unknown)") + " → " + (p.object_name || "(unknown)")));
    box.appendChild(el("blockquote", null, p.sentence));
    const facts = el("dl");
    const rows = [["Place", (p.place || "") + (p.location_method ? " (from its " + p.location_method + ")" : "")],
                  ["Date", (p.date || "undated") + (p.report_date && p.date ? " (report date)" : "")],
                  ["Outlet", p.outlet || "unknown outlet"], ["Quoted source", p.source || "the article itself"],
                  ["Certainty", p.certainty]];
    for (const [k, v] of rows) { facts.appendChild(el("dt", null, k)); facts.appendChild(el("dd", null, v)); }
    box.appendChild(facts);
    if (typeof p.evidence === "string" && p.evidence.startsWith("/documents/")) {
      const a = el("a", "evidence", "Evidence in the article");
      a.href = p.evidence;
      box.appendChild(a);
    }
    return box;
  }

  function majority(markers) {
    const counts = {};
    for (const m of markers) counts[m.options.quad] = (counts[m.options.quad] || 0) + 1;
    return QUADS.reduce((best, q) => ((counts[q] || 0) > (counts[best] || 0) ? q : best), QUADS[0]);
  }

  async function draw(panel) {
    const box = panel.querySelector(".map");
    const status = panel.querySelector(".map-status");
    const map = L.map(box, { worldCopyJump: true, minZoom: 1, maxZoom: 12 }).setView([20, 0], 2);
    try {
      const outline = await fetch(box.dataset.outline).then((r) => r.json());
      L.geoJSON(outline, { interactive: false, style: { className: "land" } }).addTo(map);
    } catch (err) { /* the points still show without the outline */ }
    let data;
    try {
      const resp = await fetch(box.dataset.src, { headers: { Accept: "application/geo+json" } });
      if (!resp.ok) throw new Error("HTTP " + resp.status);
      data = await resp.json();
    } catch (err) {
      status.textContent = "The map data could not be loaded (" + err.message + ").";
      return;
    }
    const clusters = L.markerClusterGroup({
      maxClusterRadius: 40,
      iconCreateFunction: (c) => L.divIcon({
        html: "<div><span>" + c.getChildCount() + "</span></div>",
        className: "marker-cluster cl-" + majority(c.getAllChildMarkers()), iconSize: L.point(36, 36) }),
    });
    const points = [];
    for (const f of data.features || []) {
      const [lon, lat] = f.geometry.coordinates;
      const quad = QUADS.includes(f.properties.quad_class) ? f.properties.quad_class : "standing";
      const marker = L.circleMarker([lat, lon], { radius: 7, className: "pt q-" + quad, quad: quad });
      marker.bindPopup(() => popup(f.properties), { maxWidth: 360 });
      clusters.addLayer(marker);
      points.push([lat, lon]);
    }
    map.addLayer(clusters);
    if (points.length) map.fitBounds(points, { maxZoom: 7, padding: [20, 20] });
    box.dataset.points = String(points.length);
    status.textContent = points.length
      ? points.length + " claim" + (points.length === 1 ? "" : "s") + " on the map"
      : "No claim matching these filters has a place with coordinates.";
  }

  if (typeof L === "undefined") return;
  for (const panel of document.querySelectorAll(".map-panel")) draw(panel);
})();
