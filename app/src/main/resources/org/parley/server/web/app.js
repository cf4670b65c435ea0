// Parley dashboard: one page, one view per URL hash (#/timeline, #/dyad, #/network, #/map, #/quotes,
// #/search, #/article/ID), each drawn from the server's JSON API. Every string that comes from the store reaches
// the page through textContent or attributes set one by one (el() below), never through innerHTML; chart
// tooltips are built as DOM nodes for the same reason.
"use strict";

const QUADS = {
  1: { label: "verbal cooperation", color: "#7cb36b" },
  2: { label: "material cooperation", color: "#2f7d32" },
  3: { label: "verbal conflict", color: "#f0a030" },
  4: { label: "material conflict", color: "#c62828" },
};

let cameoNames = {};
let charts = [];

// ---- small DOM and data helpers -------------------------------------------------------------------------------

/** An element with attributes (set one by one) and children (strings become text nodes). */
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") node.className = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? "" : String(value));
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

async function api(path, params) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params || {})) {
    if (value !== null && value !== undefined && String(value).trim() !== "") query.set(key, value);
  }
  const url = query.toString() ? `${path}?${query}` : path;
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  const body = await response.json().catch(() => ({ message: `HTTP ${response.status}` }));
  if (!response.ok) throw new Error(body.message || `HTTP ${response.status}`);
  return body;
}

function articleHref(articleId, eventId) {
  const base = `#/article/${encodeURIComponent(articleId)}`;
  return eventId ? `${base}?event=${encodeURIComponent(eventId)}` : base;
}

function actorLabel(actor) {
  if (!actor) return "–";
  return actor.code ? `${actor.name || actor.id} [${actor.code}]` : (actor.name || actor.id);
}

function quadBadge(quad) {
  return el("span", { class: `quad quad-${quad}`, title: QUADS[quad] ? QUADS[quad].label : "" }, String(quad));
}

function cameoLabel(code) {
  return cameoNames[code] ? `${code} ${cameoNames[code]}` : code;
}

function errorBox(error) {
  return el("p", { class: "error", role: "alert" }, `Could not load: ${error.message}`);
}

/** A filter form whose submit rewrites the hash, so every view state is a link. */
function filterForm(view, fields, values) {
  const form = el("form", { class: "filters", id: `${view}-form` });
  for (const field of fields) {
    form.appendChild(el("label", {}, field.label,
      el("input", { name: field.name, value: values[field.name] || "", placeholder: field.placeholder || "" })));
  }
  form.appendChild(el("button", { type: "submit" }, "Show"));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const params = new URLSearchParams();
    for (const field of fields) {
      const value = form.elements[field.name].value.trim();
      if (value) params.set(field.name, value);
    }
    location.hash = `#/${view}${params.toString() ? "?" + params : ""}`;
  });
  return form;
}

function newChart(container) {
  const chart = echarts.init(container);
  charts.push(chart);
  return chart;
}

/** A tooltip body built from text lines (DOM nodes, so nothing in them is parsed as HTML). */
function tooltip(...lines) {
  const box = el("div", {});
  lines.filter(Boolean).forEach((line, i) => box.appendChild(el("div", i === 0 ? { style: "font-weight:600" } : {}, line)));
  return box;
}

/** "1 article", "2 articles". */
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

function mergedTable(merged) {
  if (!merged.length) return el("p", { class: "note" }, "No events.");
  const rows = merged.map((m) => el("tr", { class: "merged-row" },
    el("td", {}, m.date || "–"),
    el("td", {}, actorLabel(m.source)),
    el("td", {}, quadBadge(m.quad), " ", el("span", { class: "code" }, cameoLabel(m.cameo))),
    el("td", {}, actorLabel(m.target)),
    el("td", {}, m.place || "–"),
    el("td", { class: "modality" }, m.modality),
    el("td", { class: "counts", title: "articles count a republished story once; reports count every copy" },
      [plural(m.articles, "article"), plural(m.reports, "report"), plural(m.sources, "source")].join(", ")),
    el("td", {}, el("ul", { class: "plain" }, m.evidence.slice(0, 3).map((link) =>
      el("li", {}, link.outlet ? el("span", { class: "muted" }, `${link.outlet}: `) : null,
        el("a", { href: articleHref(link.articleId, link.eventId) }, link.text)))))));
  return el("table", { class: "merged" },
    el("thead", {}, el("tr", {}, ["date", "source", "event", "target", "place", "modality", "told by", "evidence"].map((h) => el("th", {}, h)))),
    el("tbody", {}, rows));
}

// ---- views ----------------------------------------------------------------------------------------------------

const FILTER_FIELDS = [
  { name: "actor", label: "actor (either side)", placeholder: "name or code: Putin, USA" },
  { name: "source", label: "source", placeholder: "who acts" },
  { name: "target", label: "target", placeholder: "on whom" },
  { name: "cameo", label: "CAMEO code", placeholder: "04, 0431" },
  { name: "since", label: "since", placeholder: "2025-01-01" },
  { name: "until", label: "until", placeholder: "2025-12-31" },
];

async function timelineView(root, params) {
  append(root, [el("h2", {}, "Events over time"), filterForm("timeline", FILTER_FIELDS, params)]);
  const chartBox = el("div", { class: "chart", id: "timeline-chart" });
  const list = el("div", { class: "panel", id: "timeline-events" }, el("p", { class: "note" }, "Loading…"));
  append(root, [chartBox, list]);
  const filters = pick(params, FILTER_FIELDS.map((f) => f.name));
  const [points, merged] = await Promise.all([
    api("/api/timeline", filters),
    api("/api/merged-events", { ...filters, limit: 100 }),
  ]);
  const chart = newChart(chartBox);
  chart.setOption({
    tooltip: { trigger: "axis", formatter: (items) => tooltip(items[0].axisValue,
      ...items.map((i) => `${i.seriesName}: ${i.value}`)) },
    legend: { top: 4 },
    grid: { left: 50, right: 50, top: 40, bottom: 60 },
    xAxis: { type: "category", data: points.map((p) => p.period) },
    yAxis: [{ type: "value", name: "events" }, { type: "value", name: "Goldstein", min: -10, max: 10 }],
    dataZoom: [{ type: "slider" }],
    series: [
      ...[1, 2, 3, 4].map((q) => ({
        name: QUADS[q].label, type: "bar", stack: "quad", barMaxWidth: 48, itemStyle: { color: QUADS[q].color },
        data: points.map((p) => [p.verbalCoop, p.materialCoop, p.verbalConflict, p.materialConflict][q - 1]),
      })),
      { name: "mean Goldstein", type: "line", yAxisIndex: 1, data: points.map((p) => round(p.goldsteinMean)) },
    ],
  });
  if (!points.length) chartBox.appendChild(el("p", { class: "note" }, "No dated events match."));
  clear(list).appendChild(el("h3", {}, "Events (merged across articles)"));
  list.appendChild(mergedTable(merged.items));
}

async function dyadView(root, params) {
  const fields = [
    { name: "a", label: "actor A", placeholder: "United States, USA" },
    { name: "b", label: "actor B", placeholder: "Russia, RUS" },
    { name: "bucket", label: "step", placeholder: "day, week, month, year" },
  ];
  append(root, [el("h2", {}, "Dyad: cooperation and conflict between two actors"), filterForm("dyad", fields, params)]);
  if (!params.a || !params.b) {
    root.appendChild(el("p", { class: "note" }, "Name two actors (a name part or a CAMEO code prefix)."));
    return;
  }
  const chartBox = el("div", { class: "chart", id: "dyad-chart" });
  const list = el("div", { class: "panel", id: "dyad-events" });
  append(root, [chartBox, list]);
  const dyad = await api(`/api/dyads/${encodeURIComponent(params.a)}/${encodeURIComponent(params.b)}`,
    { bucket: params.bucket || "month" });
  const chart = newChart(chartBox);
  chart.setOption({
    tooltip: { trigger: "axis", formatter: (items) => tooltip(items[0].axisValue,
      ...items.map((i) => `${i.seriesName}: ${i.value}`)) },
    legend: { top: 4 },
    grid: { left: 50, right: 50, top: 40, bottom: 40 },
    xAxis: { type: "category", data: dyad.points.map((p) => p.period) },
    yAxis: [{ type: "value", name: "events" }, { type: "value", name: "Goldstein", min: -10, max: 10 }],
    series: [
      ...[1, 2, 3, 4].map((q) => ({
        name: QUADS[q].label, type: "bar", stack: "quad", barMaxWidth: 48, itemStyle: { color: QUADS[q].color },
        data: dyad.points.map((p) => [p.verbalCoop, p.materialCoop, p.verbalConflict, p.materialConflict][q - 1]),
      })),
      { name: "mean Goldstein", type: "line", yAxisIndex: 1, data: dyad.points.map((p) => round(p.goldsteinMean)) },
    ],
  });
  const ab = dyad.points.reduce((n, p) => n + p.aToB, 0);
  const ba = dyad.points.reduce((n, p) => n + p.bToA, 0);
  append(list, [el("h3", {}, `${params.a} → ${params.b}: ${plural(ab, "event")}; ${params.b} → ${params.a}: ${plural(ba, "event")}`
    + " (merged across articles)"), mergedTable(dyad.events)]);
}

async function networkView(root, params) {
  const fields = FILTER_FIELDS.filter((f) => ["actor", "cameo", "since", "until"].includes(f.name));
  append(root, [el("h2", {}, "Who acts on whom"), filterForm("network", fields, params)]);
  const chartBox = el("div", { class: "chart tall", id: "network-chart" });
  const list = el("div", { class: "panel", id: "network-edges" });
  append(root, [chartBox, list]);
  const net = await api("/api/network", { ...pick(params, ["actor", "cameo", "since", "until"]), limit: 150 });
  const maxEdge = Math.max(1, ...net.edges.map((e) => e.events));
  const maxNode = Math.max(1, ...net.nodes.map((n) => n.events));
  const label = (n) => (n.code ? `${n.name} [${n.code}]` : n.name);
  const chart = newChart(chartBox);
  chart.setOption({
    tooltip: { formatter: (p) => p.dataType === "edge"
      ? tooltip(`${label(net.nodes[p.data.source])} → ${label(net.nodes[p.data.target])}`,
        `${p.data.value} events, mean Goldstein ${round(p.data.goldstein)}`)
      : tooltip(label(net.nodes[p.dataIndex]), `${net.nodes[p.dataIndex].events} events`) },
    series: [{
      type: "graph", layout: "force", roam: true, draggable: true,
      force: { repulsion: 220, edgeLength: [60, 180] },
      edgeSymbol: ["none", "arrow"], edgeSymbolSize: 7,
      label: { show: true, position: "right", formatter: (p) => p.name },
      data: net.nodes.map((n) => ({ id: String(n.id), name: label(n), symbolSize: 8 + 30 * Math.sqrt(n.events / maxNode) })),
      links: net.edges.map((e) => ({
        source: String(e.source), target: String(e.target), value: e.events, goldstein: e.goldsteinMean,
        lineStyle: { width: 1 + 6 * e.events / maxEdge, color: e.goldsteinMean < 0 ? "#c62828" : "#2f7d32", opacity: 0.6 },
      })),
    }],
  });
  if (!net.edges.length) list.appendChild(el("p", { class: "note" }, "No events between two known actors match."));
  else list.appendChild(el("table", { class: "edges" },
    el("thead", {}, el("tr", {}, ["source", "target", "events", "mean Goldstein"].map((h) => el("th", {}, h)))),
    el("tbody", {}, net.edges.map((e) => el("tr", {},
      el("td", {}, label(net.nodes[e.source])), el("td", {}, label(net.nodes[e.target])),
      el("td", {}, String(e.events)), el("td", {}, String(round(e.goldsteinMean))))))));
  if (net.truncated) list.appendChild(el("p", { class: "note" }, "Lighter edges are left out; narrow the filters to see them."));
}

let worldLoaded = null;

function loadWorld() {
  if (!worldLoaded) {
    worldLoaded = fetch("/world/countries-110m.geo.json").then((r) => r.json())
      .then((geo) => echarts.registerMap("world", geo));
  }
  return worldLoaded;
}

async function mapView(root, params) {
  const fields = FILTER_FIELDS.filter((f) => ["actor", "cameo", "since", "until"].includes(f.name));
  append(root, [el("h2", {}, "Where events happen"), filterForm("map", fields, params)]);
  const chartBox = el("div", { class: "chart tall", id: "map-chart" });
  const list = el("div", { class: "panel", id: "map-places" });
  append(root, [chartBox, list]);
  const [places] = await Promise.all([
    api("/api/places", { ...pick(params, ["actor", "cameo", "since", "until"]), limit: 300, sample: 5 }),
    loadWorld(),
  ]);
  const maxEvents = Math.max(1, ...places.map((p) => p.events));
  const chart = newChart(chartBox);
  chart.setOption({
    tooltip: { trigger: "item", formatter: (p) => {
      if (p.seriesType !== "scatter") return tooltip(p.name);
      const place = places[p.dataIndex];
      return tooltip(`${place.name || "?"}${place.country ? " (" + place.country + ")" : ""}`,
        `${place.events} events in ${place.articles} articles`,
        ...place.sample.map((e) => `${actorLabel(e.source)} → ${actorLabel(e.target)}: ${cameoLabel(e.cameo)}`));
    } },
    geo: { map: "world", roam: true, itemStyle: { areaColor: "#e8edf3", borderColor: "#9aa7b8" },
      emphasis: { itemStyle: { areaColor: "#d5dde8" }, label: { show: false } } },
    series: [{
      type: "scatter", coordinateSystem: "geo",
      symbolSize: (value) => 8 + 22 * Math.sqrt(value[2] / maxEvents),
      itemStyle: { color: "#2563eb", opacity: 0.75 },
      label: { show: true, position: "right", formatter: (p) => p.name, fontSize: 11 },
      data: places.map((p) => ({ name: p.name || "?", value: [p.lon, p.lat, p.events] })),
    }],
  });
  if (!places.length) {
    list.appendChild(el("p", { class: "note" }, "No events with a located place match."));
    return;
  }
  list.appendChild(el("h3", {}, "Places"));
  list.appendChild(el("ul", { class: "plain places" }, places.map((p) => el("li", { class: "place" },
    el("strong", { class: "place-name" }, p.name || "?"), p.country ? ` (${p.country})` : "",
    el("span", { class: "muted" }, ` ${p.events} events, ${p.articles} articles`),
    el("ul", { class: "plain" }, p.sample.map((e) => el("li", { class: "place-event" },
      actorLabel(e.source), " → ", actorLabel(e.target), " ", quadBadge(e.quad), " ",
      el("span", { class: "code" }, cameoLabel(e.cameo)), " ", e.date || "", " ",
      el("a", { href: articleHref(e.articleId, e.eventId) }, "evidence"))))))));
}

function quoteTable(quotes) {
  if (!quotes.length) return el("p", { class: "note" }, "No quotes match.");
  return el("table", { class: "quotes" },
    el("thead", {}, el("tr", {}, ["speaker", "quote", "kind", "article"].map((h) => el("th", {}, h)))),
    el("tbody", {}, quotes.map((q) => el("tr", { class: "quote-row" },
      el("td", { class: "speaker" }, q.speaker ? actorLabel(q.speaker) : el("span", { class: "muted" }, "unattributed")),
      el("td", {}, el("blockquote", { class: "quote" }, q.text)),
      el("td", { class: "modality" }, `${q.kind} ${q.act}`),
      el("td", {}, el("a", { href: articleHref(q.articleId) }, q.articleId))))));
}

async function quotesView(root, params) {
  const fields = [
    { name: "q", label: "words", placeholder: "ceasefire" },
    { name: "speaker", label: "speaker", placeholder: "Trump" },
    { name: "since", label: "since", placeholder: "2025-01-01" },
    { name: "until", label: "until", placeholder: "2025-12-31" },
  ];
  append(root, [el("h2", {}, "Quotes and who said them"), filterForm("quotes", fields, params)]);
  const page = await api("/api/quotes", { ...pick(params, ["q", "speaker", "since", "until"]), limit: 200 });
  root.appendChild(el("div", { class: "panel", id: "quote-results" }, quoteTable(page.items)));
}

async function searchView(root, params) {
  append(root, [el("h2", {}, "Search"), filterForm("search", [{ name: "q", label: "words", placeholder: "Kremlin" }], params)]);
  if (!params.q) return;
  const found = await api("/api/search", { q: params.q, limit: 25 });
  const box = el("div", { class: "panel", id: "search-results" });
  box.appendChild(el("h3", {}, `Articles (${found.articles.length})`));
  box.appendChild(el("ul", { class: "plain" }, found.articles.map((a) => el("li", {},
    el("a", { href: articleHref(a.id) }, a.title || a.id), " ", el("span", { class: "muted" }, a.published || ""),
    el("div", { class: "muted" }, a.snippet || "")))));
  box.appendChild(el("h3", {}, `Actors (${found.actors.length})`));
  box.appendChild(el("ul", { class: "plain" }, found.actors.map((a) => el("li", {},
    el("a", { href: `#/timeline?actor=${encodeURIComponent(a.name)}` }, a.code ? `${a.name} [${a.code}]` : a.name),
    el("span", { class: "muted" }, ` ${a.articles} articles, ${a.eventsAsSource + a.eventsAsTarget} events, ${a.quotes} quotes`)))));
  box.appendChild(el("h3", {}, `Quotes (${found.quotes.length})`));
  box.appendChild(quoteTable(found.quotes));
  root.appendChild(box);
}

/** The article text cut at every annotation boundary; each piece carries the classes of what covers it. */
function highlightedText(text, annotations) {
  const cuts = new Set([0, text.length]);
  for (const a of annotations) {
    cuts.add(Math.max(0, Math.min(text.length, a.start)));
    cuts.add(Math.max(0, Math.min(text.length, a.end)));
  }
  const points = [...cuts].sort((x, y) => x - y);
  const container = el("div", { class: "article-text", id: "article-text" });
  const anchored = new Set();
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i], points[i + 1]];
    const piece = text.slice(from, to);
    const covering = annotations.filter((a) => a.start <= from && to <= a.end && a.start < a.end);
    if (!covering.length) {
      container.appendChild(document.createTextNode(piece));
      continue;
    }
    const classes = [...new Set(covering.map((a) => `ann-${a.kind}`))];
    const events = covering.filter((a) => a.kind === "event").map((a) => a.id);
    const span = el("span", { class: classes.join(" "), title: covering.map((a) => a.title).join("\n"),
      "data-events": events.length ? events.join(" ") : null }, piece);
    for (const id of events) {
      if (!anchored.has(id)) {
        span.id = `evidence-${id}`;
        anchored.add(id);
      }
    }
    container.appendChild(span);
  }
  return container;
}

function annotationsOf(x) {
  const actors = Object.fromEntries(x.actors.map((a) => [a.id, a]));
  const list = [];
  for (const a of x.actors) {
    for (const m of a.mentions) list.push({ kind: "actor", start: m.start, end: m.end, title: `actor: ${actorLabel(a)}` });
  }
  for (const q of x.quotes) {
    const speaker = q.speaker && actors[q.speaker] ? actors[q.speaker].name : "unattributed";
    list.push({ kind: "quote", start: q.start, end: q.end, title: `quote (${q.kind}) by ${speaker}` });
  }
  for (const t of x.times) list.push({ kind: "time", start: t.start, end: t.end, title: `time: ${t.value || "unresolved"}` });
  for (const p of x.places) {
    for (const m of p.mentions) list.push({ kind: "place", start: m.start, end: m.end, title: `place: ${p.name} (${p.lat}, ${p.lon})` });
  }
  for (const e of x.events) {
    const spans = [e.evidence, ...(e.also || [])];
    for (const s of spans) list.push({ kind: "event", id: e.id, start: s.start, end: s.end, title: `event ${e.id}: ${cameoLabel(e.cameo)}` });
  }
  return list;
}

function flashEvidence(eventId) {
  document.querySelectorAll(".flash").forEach((n) => n.classList.remove("flash"));
  const pieces = [...document.querySelectorAll("#article-text [data-events]")]
    .filter((n) => n.getAttribute("data-events").split(" ").includes(eventId));
  pieces.forEach((n) => n.classList.add("flash"));
  if (pieces.length) pieces[0].scrollIntoView({ block: "center" });
}

async function articleView(root, params, articleId) {
  const view = await api(`/api/articles/${encodeURIComponent(articleId)}`);
  const a = view.article;
  const x = view.extraction;
  const actors = Object.fromEntries(x.actors.map((actor) => [actor.id, actor]));
  const places = Object.fromEntries(x.places.map((p) => [p.id, p]));
  append(root, [el("h2", { id: "article-title" }, a.title || a.id),
    el("p", { class: "muted" }, [a.source, a.published, a.url].filter(Boolean).join(" · ")),
    el("div", { class: "legend" }, el("span", { class: "ann-actor" }, "actor"), el("span", { class: "ann-quote" }, "quote"),
      el("span", { class: "ann-event" }, "event evidence"), el("span", { class: "ann-time" }, "time"),
      el("span", { class: "ann-place" }, "place"))]);
  const side = el("div", { id: "article-side" });
  append(root, [el("div", { class: "article-layout" }, highlightedText(a.text, annotationsOf(x)), side)]);
  const link = (e) => el("a", { href: articleHref(a.id, e.id), class: "evidence-link", "data-event": e.id }, "evidence");
  append(side, [
    el("div", { class: "panel" }, el("h3", {}, `Events (${x.events.length})`),
      x.events.length ? el("ul", { class: "plain", id: "article-events" }, x.events.map((e) => el("li", { class: "article-event" },
        actorLabel(actors[e.source]), " → ", e.target ? actorLabel(actors[e.target]) : "–", " ", quadBadge(e.quad), " ",
        el("span", { class: "code" }, cameoLabel(e.cameo)), " ", el("span", { class: "modality" }, e.modality), " ",
        e.date || "", e.place && places[e.place] ? ` at ${places[e.place].name}` : "", " ", link(e))))
        : el("p", { class: "note" }, "No events.")),
    el("div", { class: "panel" }, el("h3", {}, `Quotes (${x.quotes.length})`),
      el("ul", { class: "plain" }, x.quotes.map((q) => el("li", { class: "article-quote" },
        el("strong", {}, q.speaker && actors[q.speaker] ? actors[q.speaker].name : "unattributed"), ": ",
        el("span", { class: "quote" }, q.text))))),
    el("div", { class: "panel" }, el("h3", {}, `Actors (${x.actors.length})`),
      el("ul", { class: "plain" }, x.actors.map((actor) => el("li", { class: "article-actor" },
        el("a", { href: `#/timeline?actor=${encodeURIComponent(actor.name)}` }, actorLabel(actor)),
        el("span", { class: "muted" }, ` ${actor.kind}${actor.title ? ", " + actor.title : ""}, ${actor.mentions.length} mentions`))))),
    el("div", { class: "panel" }, el("h3", {}, "Times and places"),
      el("ul", { class: "plain" },
        x.times.map((t) => el("li", {}, el("span", { class: "ann-time" }, t.text), ` → ${t.value || "unresolved"}`)),
        x.places.map((p) => el("li", {}, el("span", { class: "ann-place" }, p.name), ` ${p.country || ""} (${p.lat}, ${p.lon})`)))),
  ]);
  if (params.event) flashEvidence(params.event);
}

// ---- routing --------------------------------------------------------------------------------------------------

function pick(params, names) {
  return Object.fromEntries(names.filter((n) => params[n]).map((n) => [n, params[n]]));
}

function round(value) {
  return Math.round(value * 100) / 100;
}

const VIEWS = { timeline: timelineView, dyad: dyadView, network: networkView, map: mapView, quotes: quotesView, search: searchView };

let currentRoot = null;

async function route() {
  charts.forEach((c) => c.dispose());
  charts = [];
  const hash = location.hash.replace(/^#\/?/, "");
  const [path, query] = hash.split("?");
  const params = Object.fromEntries(new URLSearchParams(query || ""));
  const [name, ...rest] = (path || "timeline").split("/");
  // each view draws into a root of its own: a slow view that finishes after the user moved on writes into a
  // detached root and never mixes with the view now shown
  const host = document.getElementById("view");
  const root = el("div", { class: "view-root" });
  currentRoot = root;
  clear(host).appendChild(root);
  document.querySelectorAll("#nav a").forEach((a) => a.classList.toggle("active", a.dataset.view === name));
  host.dataset.view = name;
  host.dataset.state = "loading";
  try {
    if (name === "article" && rest.length) await articleView(root, params, decodeURIComponent(rest.join("/")));
    else await (VIEWS[name] || timelineView)(root, params);
    if (currentRoot === root) host.dataset.state = "ready";
  } catch (error) {
    if (currentRoot === root) {
      root.appendChild(errorBox(error));
      host.dataset.state = "error";
    }
  }
}

async function start() {
  window.addEventListener("hashchange", route);
  window.addEventListener("resize", () => charts.forEach((c) => c.resize()));
  try {
    const [stats, cameo] = await Promise.all([api("/api/stats"), api("/api/cameo")]);
    cameoNames = Object.fromEntries(cameo.map((c) => [c.code, c.name]));
    document.getElementById("stats").textContent =
      `${stats.articles} articles · ${stats.events} events · ${stats.quotes} quotes · ${stats.actors} actors (counted per article)`;
  } catch (error) {
    document.getElementById("stats").textContent = `store unavailable: ${error.message}`;
  }
  await route();
}

document.addEventListener("DOMContentLoaded", start);
