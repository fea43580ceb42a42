// The actor network on the home page: the project's own small force layout in SVG.
// Data comes from /api/network; every label is set with textContent (names are untrusted).
"use strict";
(function () {
  const SVG = "http://www.w3.org/2000/svg";
  const box = document.getElementById("network");
  const form = document.getElementById("network-filters");
  if (!box || !form) return;

  function el(name, attrs) {
    const node = document.createElementNS(SVG, name);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, String(v));
    return node;
  }

  function status(text) {
    box.replaceChildren();
    const p = document.createElement("p");
    p.id = "network-status";
    p.className = "muted";
    p.textContent = text;
    box.appendChild(p);
  }

  function tone(quad) {
    if (!quad || quad === "standing") return "standing";
    return quad.endsWith("cooperation") ? "cooperative" : "hostile";
  }

  // Fruchterman-Reingold: nodes repel, edges pull; starts on a circle so it is deterministic.
  function layout(nodes, edges, width, height) {
    const n = nodes.length;
    const k = Math.sqrt((width * height) / Math.max(n, 1)) * 0.55;
    nodes.forEach((node, i) => {
      const a = (2 * Math.PI * i) / Math.max(n, 1);
      node.x = width / 2 + (Math.min(width, height) / 2.6) * Math.cos(a);
      node.y = height / 2 + (Math.min(width, height) / 2.6) * Math.sin(a);
    });
    let temp = width / 8;
    for (let it = 0; it < 250; it++) {
      for (const v of nodes) { v.dx = 0; v.dy = 0; }
      for (let i = 0; i < n; i++) {
        for (let j = i + 1; j < n; j++) {
          const a = nodes[i], b = nodes[j];
          let dx = a.x - b.x, dy = a.y - b.y;
          const d = Math.max(Math.hypot(dx, dy), 0.01);
          const f = (k * k) / d;
          dx /= d; dy /= d;
          a.dx += dx * f; a.dy += dy * f; b.dx -= dx * f; b.dy -= dy * f;
        }
      }
      for (const e of edges) {
        const a = e.s, b = e.o;
        let dx = a.x - b.x, dy = a.y - b.y;
        const d = Math.max(Math.hypot(dx, dy), 0.01);
        const f = (d * d) / k;
        dx /= d; dy /= d;
        a.dx -= dx * f; a.dy -= dy * f; b.dx += dx * f; b.dy += dy * f;
      }
      for (const v of nodes) {
        // gravity keeps unconnected actors on screen
        v.dx += (width / 2 - v.x) * 0.6; v.dy += (height / 2 - v.y) * 0.9;
        const d = Math.max(Math.hypot(v.dx, v.dy), 0.01);
        v.x += (v.dx / d) * Math.min(d, temp); v.y += (v.dy / d) * Math.min(d, temp);
        v.x = Math.min(width - 40, Math.max(40, v.x)); v.y = Math.min(height - 20, Math.max(20, v.y));
      }
      temp *= 0.985;
    }
  }

  function radius(v) { return 5 + Math.min(12, 2 * Math.sqrt(v.degree)); }

  function draw(data) {
    if (!data.edges.length) { status("No relations match these filters."); return; }
    const width = box.clientWidth || 900, height = box.clientHeight || 560;
    const byId = new Map(data.nodes.map((n) => [n.id, Object.assign({ degree: 0 }, n)]));
    const edges = data.edges.filter((e) => byId.has(e.subject) && byId.has(e.object))
      .map((e) => Object.assign({ s: byId.get(e.subject), o: byId.get(e.object) }, e));
    edges.forEach((e) => { e.s.degree += e.origins; e.o.degree += e.origins; });
    const nodes = Array.from(byId.values());
    layout(nodes, edges, width, height);

    const svg = el("svg", { viewBox: `0 0 ${width} ${height}`, role: "img" });
    const defs = el("defs");
    for (const t of ["cooperative", "hostile", "standing"]) {
      const m = el("marker", { id: "arrow-" + t, viewBox: "0 0 10 10", refX: 10, refY: 5, markerWidth: 9, markerHeight: 9,
        markerUnits: "userSpaceOnUse", orient: "auto" });
      m.appendChild(el("path", { d: "M0,0 L10,5 L0,10 z", class: "edge " + t, fill: t === "cooperative" ? "#1f8a4c" : t === "hostile" ? "#c0392b" : "#8a8f98" }));
      defs.appendChild(m);
    }
    svg.appendChild(defs);
    const gEdges = el("g"), gNodes = el("g");
    for (const e of edges) {
      const t = tone(e.quad_class);
      const link = el("a", { href: `/relations/${encodeURIComponent(e.subject)}/${encodeURIComponent(e.type)}/${encodeURIComponent(e.object)}` });
      // end the line at the target's rim, so the arrowhead stays visible
      const d = Math.max(Math.hypot(e.o.x - e.s.x, e.o.y - e.s.y), 0.01), r = radius(e.o) + 2;
      const line = el("line", { x1: e.s.x, y1: e.s.y, x2: e.o.x - ((e.o.x - e.s.x) / d) * r, y2: e.o.y - ((e.o.y - e.s.y) / d) * r, class: "edge " + t,
        "stroke-width": 1 + 1.5 * Math.log2(1 + e.origins), "marker-end": `url(#arrow-${t})` });
      const title = el("title");
      title.textContent = `${e.s.name} ${e.type} ${e.o.name}: ${e.origins} independent origin(s), ${e.documents} document(s)` +
        (e.contradicted ? `, contradicted ${e.contradicted}×` : "");
      line.appendChild(title);
      link.appendChild(line);
      gEdges.appendChild(link);
    }
    for (const v of nodes) {
      const link = el("a", { href: "/actors/" + encodeURIComponent(v.id), class: "node t-" + v.type });
      link.appendChild(el("circle", { cx: v.x, cy: v.y, r: radius(v) }));
      const label = el("text", { x: v.x + 9, y: v.y + 4 });
      label.textContent = v.name;
      const title = el("title");
      title.textContent = `${v.name} (${v.type}${v.country ? ", " + v.country : ""})`;
      link.appendChild(title);
      link.appendChild(label);
      gNodes.appendChild(link);
    }
    svg.appendChild(gEdges);
    svg.appendChild(gNodes);
    box.replaceChildren(svg);
  }

  function load() {
    const params = new URLSearchParams();
    for (const [k, v] of new FormData(form).entries()) if (String(v).trim()) params.set(k, String(v).trim());
    params.set("limit", "150");
    status("Loading network…");
    fetch("/api/network?" + params.toString())
      .then((r) => r.json().then((body) => ({ ok: r.ok, body })))
      .then(({ ok, body }) => {
        if (!ok) { status("Filters not accepted: " + (body.error ? body.error.message : "error")); return; }
        draw(body);
      })
      .catch(() => status("Could not load the network."));
  }

  form.addEventListener("submit", (ev) => { ev.preventDefault(); load(); });
  form.addEventListener("change", load);
  load();
})();
