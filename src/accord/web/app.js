/* Accord dashboard: plain JavaScript over the read-only API (/api/...), charts by ECharts
   (vendored in /static/vendor). Views: timeline of a dyad, quotes, actor network, stories.
   The location hash keeps the view and the dyad, so a view can be linked:
   #timeline/USA/IRQ, #quotes, #network, #stories/<story id>. */
"use strict";

const QUAD = [
  { key: "verbal_coop", name: "Verbal cooperation", color: "#7fbf7b" },
  { key: "material_coop", name: "Material cooperation", color: "#1b7837" },
  { key: "verbal_conflict", name: "Verbal conflict", color: "#f1a340" },
  { key: "material_conflict", name: "Material conflict", color: "#c0392b" },
];
const OTHER_STATUSES = ["occurred", "planned", "negated", "hypothetical"];

const state = { a: null, b: null, dir: "both", by: "month", allStatus: false, periods: [], names: {} };
const charts = {};

const $ = (id) => document.getElementById(id);
const esc = (s) => String(s ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]));
const fmt = (n) => Number(n).toLocaleString("en");
const plural = (n, word) => `${fmt(n)} ${word}${n === 1 ? "" : "s"}`;

async function api(path, params = {}) {
  const url = new URL(path, location.origin);
  for (const [k, v] of Object.entries(params)) {
    if (v === null || v === undefined || v === "") continue;
    for (const one of Array.isArray(v) ? v : [v]) url.searchParams.append(k, one);
  }
  const r = await fetch(url);
  const body = await r.json();
  if (!r.ok) throw new Error(body?.error?.message || `HTTP ${r.status}`);
  return body;
}

function showError(el, err) {
  el.innerHTML = `<div class="empty error">${esc(err.message || err)}</div>`;
}

function countryName(code) {
  return state.names[code] || code;
}

/* ---------- tabs and the location hash ---------- */

function showTab(tab) {
  for (const v of document.querySelectorAll(".view")) v.hidden = v.id !== `view-${tab}`;
  for (const a of document.querySelectorAll(".tabs a")) a.classList.toggle("on", a.dataset.tab === tab);
  if (tab === "network" && !charts.net) loadNetwork();
  if (tab === "quotes" && !state.quotesLoaded) { state.quotesLoaded = true; loadSpeakers(); searchQuotes(); }
  if (tab === "stories" && !state.storiesLoaded) { state.storiesLoaded = true; searchStories(); }
  Object.values(charts).forEach((c) => c.resize());
}

function route() {
  const [tab, ...rest] = decodeURIComponent(location.hash.slice(1) || "timeline").split("/");
  showTab(["timeline", "quotes", "network", "stories"].includes(tab) ? tab : "timeline");
  if (tab === "timeline" && rest.length >= 2 && (rest[0] !== state.a || rest[1] !== state.b)) {
    setDyad(rest[0], rest[1], false);
  }
  if (tab === "stories" && rest.length) openStory(rest.join("/"));
}

/* ---------- header ---------- */

async function loadOverview() {
  const o = await api("/api/overview");
  const span = o.first_published ? ` · published ${o.first_published.slice(0, 4)}–${(o.last_published || "").slice(0, 4)}` : "";
  $("stats").innerHTML = `<b>${fmt(o.articles)}</b> articles · <b>${fmt(o.events)}</b> events · <b>${fmt(o.quotes)}</b> quotes${span}`;
}

/* ---------- timeline ---------- */

async function loadPicker() {
  const [actors, dyads] = await Promise.all([api("/api/actors", { limit: 300, status: "occurred" }), api("/api/dyads", { limit: 15, status: "occurred" })]);
  for (const a of actors.items) state.names[a.code] = a.name;
  const opts = actors.items.map((a) => `<option value="${esc(a.code)}">${esc(a.name)} (${esc(a.code)}) · ${a.events}</option>`).join("");
  $("actor-a").innerHTML = opts;
  $("actor-b").innerHTML = opts;
  $("dyad-list").innerHTML = dyads.items.map((d) =>
    `<li data-a="${esc(d.a)}" data-b="${esc(d.b)}" title="${esc(d.a_name)} → ${esc(d.b_name)}: ${d.a_to_b}, back: ${d.b_to_a}">
       <span>${esc(d.a_name)} – ${esc(d.b_name)}</span><span class="n">${d.events}</span></li>`).join("")
    || `<li class="muted">No events between two countries yet</li>`;
  for (const li of $("dyad-list").querySelectorAll("li[data-a]")) {
    li.addEventListener("click", () => setDyad(li.dataset.a, li.dataset.b));
  }
  return dyads.items;
}

function setDyad(a, b, pushHash = true) {
  state.a = a; state.b = b;
  for (const [sel, v] of [["actor-a", a], ["actor-b", b]]) {
    const el = $(sel);
    if (![...el.options].some((o) => o.value === v)) el.add(new Option(v, v));
    el.value = v;
  }
  for (const li of $("dyad-list").querySelectorAll("li[data-a]")) {
    const d = li.dataset;
    li.classList.toggle("on", (d.a === a && d.b === b) || (d.a === b && d.b === a));
  }
  if (pushHash) history.replaceState(null, "", `#timeline/${a}/${b}`);
  loadTimeline();
}

function dyadParams() {
  const { a, b, dir } = state;
  const p = dir === "ba" ? { source: b, target: a } : { source: a, target: b };
  p.both = dir === "both";
  p.status = state.allStatus ? OTHER_STATUSES : ["occurred"];
  return p;
}

function dyadLabel() {
  const A = countryName(state.a), B = countryName(state.b);
  return state.dir === "both" ? `${A} ⇄ ${B}` : state.dir === "ab" ? `${A} → ${B}` : `${B} → ${A}`;
}

async function loadTimeline() {
  if (!state.a || !state.b) return;
  $("period-card").hidden = true;
  $("tl-title").textContent = dyadLabel();
  $("tl-sub").textContent = "loading…";
  let tl;
  try {
    tl = await api("/api/timeline", { ...dyadParams(), by: state.by });
  } catch (err) {
    $("tl-sub").innerHTML = `<span class="error">${esc(err.message)}</span>`;
    return;
  }
  state.periods = tl.periods;
  const undated = tl.undated ? ` · ${tl.undated} dated too coarsely for a ${state.by}` : "";
  const busy = tl.periods.filter((p) => !p.empty).length;
  $("tl-sub").textContent = `${plural(tl.events, "event")} in ${plural(busy, state.by)}${undated}`;
  drawTimeline(tl);
}

function drawTimeline(tl) {
  const el = $("tl-chart");
  charts.tl = charts.tl || echarts.init(el, null, { renderer: "canvas" });
  const chart = charts.tl;
  const labels = tl.periods.map((p) => p.period);
  const many = labels.length > 48;
  chart.setOption({
    animation: false,
    color: QUAD.map((q) => q.color),
    grid: { left: 48, right: 56, top: 56, bottom: many ? 72 : 40 },
    legend: { top: 0, left: "center", itemWidth: 14, itemHeight: 10, textStyle: { fontSize: 12 } },
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" }, confine: true },
    xAxis: { type: "category", data: labels, axisTick: { alignWithLabel: true }, axisLabel: { fontSize: 11 } },
    yAxis: [
      { type: "value", name: "events", minInterval: 1, nameTextStyle: { fontSize: 11 }, splitLine: { lineStyle: { color: "#eef0f3" } } },
      { type: "value", name: "Goldstein / index", min: -10, max: 10, interval: 5, nameTextStyle: { fontSize: 11 }, splitLine: { show: false } },
    ],
    dataZoom: many ? [{ type: "slider", height: 18, bottom: 14, start: 0, end: 100 }, { type: "inside" }] : [],
    series: [
      ...QUAD.map((q) => ({
        name: q.name, type: "bar", stack: "quad", barMaxWidth: 42, emphasis: { focus: "series" },
        data: tl.periods.map((p) => p[q.key] || 0),
      })),
      {
        // The relationship index (a mean Goldstein score shrunk towards 0 for periods of few
        // events) when the store's analysis gives it, else the plain mean.
        name: lineName(tl), type: "line", yAxisIndex: 1, color: "#2f5d9e", symbolSize: 6,
        connectNulls: true, lineStyle: { width: 2 },
        data: tl.periods.map((p) => (p.events ? lineValue(p) : null)),
      },
    ],
  }, true);
  state.selected = -1;
  chart.setOption({ graphic: [{ id: "selected-period", type: "rect", invisible: true, shape: { x: 0, y: 0, width: 0, height: 0 } }] });
  chart.off("click");
  chart.off("datazoom");
  chart.on("datazoom", () => markPeriod(state.selected));
  chart.getZr().off("click");
  // A click anywhere in a period's column opens it: bars of one event are thin targets.
  chart.getZr().on("click", (e) => {
    const pt = [e.offsetX, e.offsetY];
    if (!chart.containPixel("grid", pt)) return;
    const idx = Math.round(chart.convertFromPixel({ gridIndex: 0 }, pt)[0]);
    const p = state.periods[idx];
    if (p) showPeriod(p, idx);
  });
}

function hasIndex(tl) {
  return tl.periods.some((p) => p.relationship_index !== undefined && p.relationship_index !== null);
}

function lineName(tl) {
  return hasIndex(tl) ? "Relationship index" : "Mean Goldstein";
}

function lineValue(p) {
  return p.relationship_index !== undefined ? p.relationship_index : p.goldstein_mean;
}

function periodSummary(p) {
  const parts = [`${p.events} events`, `Goldstein sum ${p.goldstein_sum}, mean ${p.goldstein_mean}`];
  if (p.relationship_index !== undefined && p.relationship_index !== null) {
    parts.push(`relationship index ${p.relationship_index}${p.trend ? ` (${p.trend} since the previous period)` : ""}`);
  }
  return parts.join(" · ");
}

function markPeriod(idx) {
  // The open period stays shaded on the chart while its events are read: a rectangle over its
  // column, redrawn when the chart is resized or zoomed.
  state.selected = idx;
  const chart = charts.tl;
  if (!chart) return;
  const n = state.periods.length;
  const x = chart.convertToPixel({ xAxisIndex: 0 }, idx);
  const grid = chart.getModel().getComponent("grid").coordinateSystem.getRect();
  const px = (i) => chart.convertToPixel({ xAxisIndex: 0 }, i);
  const band = Math.min(160, n < 2 ? grid.width : Math.abs(idx + 1 < n ? px(idx + 1) - x : x - px(idx - 1)));
  const visible = idx >= 0 && x >= grid.x - 1 && x <= grid.x + grid.width + 1;
  chart.setOption({ graphic: [{
    id: "selected-period", type: "rect", z: 0, silent: true, invisible: !visible,
    shape: { x: x - band / 2, y: grid.y, width: band, height: grid.height },
    style: { fill: "rgba(47, 93, 158, 0.13)" },
  }] });
}

function highlight(sentence, src, tgt) {
  let html = esc(sentence);
  for (const [text, cls] of [[src, "src"], [tgt, "tgt"]]) {
    if (!text) continue;
    const re = new RegExp(`\\b${esc(text).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`);
    html = html.replace(re, (m) => `<mark class="${cls}">${m}</mark>`);
  }
  return html;
}

function actorLabel(a) {
  if (!a) return "—";
  return a.name || a.text || a.code;
}

function eventItem(ev, withSource = true) {
  const q = QUAD[ev.quad_class - 1];
  const status = ev.status !== "occurred" ? `<span class="badge status">${esc(ev.status)}</span>` : "";
  const src = withSource ? `<div class="source">
      <a href="${esc(ev.article_url || "#")}" target="_blank" rel="noopener">${esc(ev.article_title || ev.article_id)}</a>
      ${ev.article_outlet ? ` · ${esc(ev.article_outlet)}` : ""}${ev.article_published ? ` · ${esc(ev.article_published)}` : ""}
      · <a href="#stories/article:${encodeURIComponent(ev.article_id)}">story</a></div>` : "";
  return `<li class="event" data-id="${esc(ev.id)}">
    <div class="ev-head">
      <span class="date">${esc(ev.date || "undated")}</span>
      <span class="ev-actors">${esc(actorLabel(ev.source))} → ${esc(actorLabel(ev.target))}</span>
      <span class="badge q${ev.quad_class}" title="${esc(q ? q.name : "")}">${esc(q ? q.name : "")}</span>
      <span class="ev-code">CAMEO ${esc(ev.cameo)}${ev.cameo_label ? ` ${esc(ev.cameo_label)}` : ""}${ev.plover ? ` · PLOVER ${esc(ev.plover)}` : ""} · Goldstein ${ev.goldstein}</span>
      ${status}
    </div>
    <p class="sentence">${highlight(ev.sentence, ev.source?.text, ev.target?.text)}</p>
    ${src}
  </li>`;
}

async function showPeriod(p, idx) {
  const card = $("period-card");
  card.hidden = false;
  $("period-title").textContent = `${dyadLabel()} · ${p.period}`;
  $("period-sub").textContent = p.events ? periodSummary(p) : "no events in this period";
  const list = $("period-events");
  if (!p.events) { list.innerHTML = `<li class="empty">Nothing was coded for this dyad in ${esc(p.period)}.</li>`; return; }
  list.innerHTML = `<li class="empty">loading…</li>`;
  try {
    const page = await api("/api/events", { ...dyadParams(), period: p.period, by: state.by, limit: 200 });
    list.innerHTML = page.items.map((ev) => eventItem(ev)).join("") || `<li class="empty">No events.</li>`;
  } catch (err) { showError(list, err); }
  markPeriod(state.periods.indexOf(p));
  card.scrollIntoView({ behavior: "smooth", block: "nearest" });
}

function wireTimeline() {
  $("actor-a").addEventListener("change", (e) => setDyad(e.target.value, state.b));
  $("actor-b").addEventListener("change", (e) => setDyad(state.a, e.target.value));
  $("grain").addEventListener("change", (e) => { state.by = e.target.value; loadTimeline(); });
  $("all-status").addEventListener("change", (e) => { state.allStatus = e.target.checked; loadTimeline(); });
  for (const btn of $("direction").querySelectorAll("button")) {
    btn.addEventListener("click", () => {
      state.dir = btn.dataset.dir;
      for (const b of $("direction").querySelectorAll("button")) b.classList.toggle("on", b === btn);
      loadTimeline();
    });
  }
}

/* ---------- quotes ---------- */

async function loadSpeakers() {
  const s = await api("/api/speakers", { limit: 15 });
  $("speaker-list").innerHTML = s.items.map((x) =>
    `<li data-name="${esc(x.name)}"><span>${esc(x.name)}</span><span class="n">${x.quotes}</span></li>`).join("");
  for (const li of $("speaker-list").querySelectorAll("li")) {
    li.addEventListener("click", () => { $("quote-speaker").value = li.dataset.name; $("quote-q").value = ""; searchQuotes(); });
  }
}

async function searchQuotes(append = false) {
  const params = { q: $("quote-q").value.trim(), speaker: $("quote-speaker").value.trim(), limit: 30,
                   offset: append ? state.quoteOffset : 0 };
  const list = $("quote-list");
  try {
    const page = await api("/api/quotes", params);
    const html = page.items.map((q) => `<li>
        <blockquote>${esc(q.text)}</blockquote>
        <div class="source"><span class="who">${esc(q.speaker ? (q.speaker.name || q.speaker.text) : "unattributed")}</span>
          ${q.speaker && q.speaker.role ? ` (${esc(q.speaker.role)})` : ""}
          · <a href="${esc(q.article_url || "#")}" target="_blank" rel="noopener">${esc(q.article_title || q.article_id)}</a>
          ${q.article_published ? ` · ${esc(q.article_published)}` : ""}</div></li>`).join("");
    list.innerHTML = append ? list.innerHTML + html : (html || `<li class="empty">No quote matches.</li>`);
    state.quoteOffset = page.next_offset;
    $("quote-more").hidden = page.next_offset === null;
    const what = [params.q && `“${params.q}”`, params.speaker && `by ${params.speaker}`].filter(Boolean).join(" ");
    $("quote-title").textContent = what ? `Quotes ${what}` : "All quotes";
    $("quote-sub").textContent = `${fmt(page.total)} found`;
  } catch (err) { showError(list, err); }
}

/* ---------- network ---------- */

function goldsteinColor(g) {
  // -10 red, 0 grey, +10 green
  const t = Math.max(-1, Math.min(1, g / 6));
  const mix = (c1, c2, f) => c1.map((v, i) => Math.round(v + (c2[i] - v) * f));
  const grey = [150, 156, 166], red = [192, 57, 43], green = [27, 120, 55];
  const c = t < 0 ? mix(grey, red, -t) : mix(grey, green, t);
  return `rgb(${c.join(",")})`;
}

async function loadNetwork() {
  const el = $("net-chart");
  charts.net = charts.net || echarts.init(el);
  let net;
  try {
    net = await api("/api/network", { date_from: $("net-from").value.trim(), date_to: $("net-to").value.trim(),
                                      min_events: $("net-min").value || 1, status: "occurred" });
  } catch (err) { $("net-sub").innerHTML = `<span class="error">${esc(err.message)}</span>`; return; }
  $("net-sub").textContent = `${net.nodes.length} countries, ${net.edges.length} directed dyads`;
  const maxN = Math.max(1, ...net.nodes.map((n) => n.events));
  charts.net.setOption({
    animationDurationUpdate: 300,
    tooltip: {
      formatter: (p) => p.dataType === "edge"
        ? `${esc(countryName(p.data.source))} → ${esc(countryName(p.data.target))}<br>${p.data.events} events, mean Goldstein ${p.data.goldstein_mean}`
        : `${esc(p.data.label_name)}<br>${p.data.events} events (${p.data.out} as actor, ${p.data.in} as target)`,
    },
    series: [{
      type: "graph", layout: "force", roam: true, draggable: true, zoom: 0.9,
      force: { repulsion: 340, edgeLength: [60, 160], gravity: 0.12 },
      edgeSymbol: ["none", "arrow"], edgeSymbolSize: 7,
      label: { show: true, position: "right", fontSize: 11, formatter: (p) => p.data.label_name },
      lineStyle: { curveness: 0.15, opacity: 0.85 },
      emphasis: { focus: "adjacency", lineStyle: { width: 4 } },
      data: net.nodes.map((n) => ({
        id: n.id, name: n.id, label_name: n.name, events: n.events, out: n.as_source, in: n.as_target,
        symbolSize: 10 + 34 * Math.sqrt(n.events / maxN), itemStyle: { color: "#2f5d9e" },
      })),
      links: net.edges.map((e) => ({
        source: e.source, target: e.target, events: e.events, goldstein_mean: e.goldstein_mean,
        lineStyle: { color: goldsteinColor(e.goldstein_mean), width: 1 + Math.min(6, e.events) },
      })),
    }],
  }, true);
  charts.net.off("click");
  charts.net.on("click", (p) => {
    if (p.dataType === "edge") {
      state.dir = "ab";
      for (const b of $("direction").querySelectorAll("button")) b.classList.toggle("on", b.dataset.dir === "ab");
      location.hash = `#timeline/${p.data.source}/${p.data.target}`;
    }
  });
}

/* ---------- stories ---------- */

async function searchStories(append = false) {
  const list = $("story-list");
  try {
    const page = await api("/api/stories", { q: $("story-q").value.trim(), limit: 40, offset: append ? state.storyOffset : 0 });
    const html = page.items.map((s) => `<li data-id="${esc(s.id)}">
        <span class="t">${esc(s.title || s.id)}</span>
        <span class="m">${esc(dateSpan(s.first_date, s.last_date) || "undated")} · ${plural(s.documents, "article")} · ${plural(s.events, "event")}</span></li>`).join("");
    list.innerHTML = append ? list.innerHTML + html : (html || `<li class="muted">No story matches.</li>`);
    state.storyOffset = page.next_offset;
    $("story-more").hidden = page.next_offset === null;
    for (const li of list.querySelectorAll("li[data-id]")) {
      li.onclick = () => { location.hash = `#stories/${li.dataset.id}`; };
    }
  } catch (err) { showError(list, err); }
}

function dateSpan(a, b) {
  return a && b && a !== b ? `${a} – ${b}` : a || b || "";
}

async function openStory(id) {
  const body = $("story-body");
  try {
    const s = await api(`/api/stories/${encodeURIComponent(id)}`);
    for (const li of $("story-list").querySelectorAll("li[data-id]")) li.classList.toggle("on", li.dataset.id === s.id);
    $("story-title").textContent = s.title || s.id;
    $("story-sub").textContent = [dateSpan(s.first_date, s.last_date), plural(s.documents.length, "article"),
      plural(s.events.length, "event"), plural(s.quotes.length, "quote")].filter(Boolean).join(" · ");
    const near = new Map(s.near_duplicates.map((n) => [n.document, n]));
    const why = new Map((s.placements || []).map((p) => [p.document, p.reason]));
    const docs = s.documents.map((d) => {
      const dup = near.get(d.id);
      const note = d.copy_of ? " · exact copy" : dup ? ` · near-duplicate (${Math.round(dup.similarity * 100)}% alike)` : "";
      const reason = why.get(d.copy_of || d.id);
      return `<li${reason ? ` title="${esc(reason)}"` : ""}><a href="${esc(d.url || "#")}" target="_blank" rel="noopener">${esc(d.title || d.id)}</a>
        ${d.outlet ? ` · ${esc(d.outlet)}` : ""}${d.published ? ` · ${esc(d.published)}` : ""}<span class="muted">${note}</span></li>`;
    }).join("");
    const multi = s.documents.length > 1;
    const events = s.events.map((e) => eventItem(e, multi)).join("") || `<li class="empty">No events coded.</li>`;
    const quotes = s.quotes.map((q) => `<li><blockquote>${esc(q.text)}</blockquote>
        <div class="source"><span class="who">${esc(q.speaker ? (q.speaker.name || q.speaker.text) : "unattributed")}</span></div></li>`).join("")
        || `<li class="empty">No quotes.</li>`;
    const warnings = s.warnings.length
      ? `<h3>Notes</h3><ul class="doclist">${s.warnings.map((w) => `<li>${esc(w)}</li>`).join("")}</ul>` : "";
    body.innerHTML = `<h3>Articles</h3><ul class="doclist">${docs}</ul>
      <h3>Events</h3><ol class="events">${events}</ol>
      <h3>Quotes</h3><ol class="quotes">${quotes}</ol>${warnings}`;
  } catch (err) { showError(body, err); }
}

/* ---------- start ---------- */

async function start() {
  wireTimeline();
  $("quote-form").addEventListener("submit", (e) => { e.preventDefault(); searchQuotes(); });
  $("quote-more").addEventListener("click", () => searchQuotes(true));
  $("net-form").addEventListener("submit", (e) => { e.preventDefault(); loadNetwork(); });
  $("story-form").addEventListener("submit", (e) => { e.preventDefault(); searchStories(); });
  $("story-q").addEventListener("input", () => { clearTimeout(state.storyTimer); state.storyTimer = setTimeout(searchStories, 250); });
  $("story-more").addEventListener("click", () => searchStories(true));
  window.addEventListener("resize", () => {
    Object.values(charts).forEach((c) => c.resize());
    if (state.selected >= 0) markPeriod(state.selected);
  });
  window.addEventListener("hashchange", route);
  loadOverview().catch(() => {});
  const dyads = await loadPicker();
  route();
  if (!state.a && dyads.length) {
    const [tab] = (location.hash.slice(1) || "timeline").split("/");
    setDyad(dyads[0].a, dyads[0].b, tab === "timeline");
  }
  document.body.dataset.ready = "1";
}

start().catch((err) => { document.body.dataset.ready = "error"; console.error(err); });
