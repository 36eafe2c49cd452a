// Live leaderboard and stream overlay: Server-Sent Events, local clocks, highlights, auto-scroll.
// Every name is put on the page with textContent, never as HTML.
"use strict";
(function () {
  const body = document.body;
  const eventId = body.dataset.event;
  const track = body.dataset.track;
  const format = body.dataset.format;
  const isOverlay = body.dataset.page === "overlay";
  const labels = JSON.parse(document.getElementById("labels").textContent);
  let runs = [];
  let runsAt = 0; // performance.now() when the runs arrived
  let previous = null; // racer id -> figure, from the last board
  const freshUntil = new Map(); // racer id -> when their highlight ends: a repeated board keeps it
  let rows = [];
  let source = null;
  let retryMs = 1000;

  function fmt(ms) {
    if (ms === null || ms === undefined) return "–";
    const s = Math.max(0, ms) / 1000;
    if (s < 60) return s.toFixed(3);
    const m = Math.floor(s / 60);
    return m + ":" + (s - m * 60).toFixed(3).padStart(6, "0");
  }
  function clock(ms) {
    if (ms === null || ms === undefined) return "–";
    const s = Math.max(0, Math.ceil(ms / 1000));
    return Math.floor(s / 60) + ":" + String(s % 60).padStart(2, "0");
  }
  function figure(row) {
    return format === "average" ? row.fastest_average_ms : row.fastest_lap_ms;
  }
  // A racer's highlight colour as #rrggbb (a palette name or a hex code), or null.
  function racerColour(value) {
    const v = String(value || "").trim().toLowerCase();
    if (/^#[0-9a-f]{6}$/.test(v)) return v;
    const alias = { "orchid purple": "orchid", "sky blue": "skyblue" }[v] || v;
    return (labels.colours || {})[alias] || null;
  }
  function paint(node, value) {
    const c = racerColour(value);
    if (c) node.style.setProperty("--racer", c);
    return node;
  }
  function noFigure(row) {
    // the average format: valid laps but no full window of them yet
    return format === "average" && row.valid_laps > 0 ? labels.no_average : labels.no_valid_lap;
  }
  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }
  function shownName(r) {
    return (r.display_name || r.username || "") + (r.raced_by_proxy ? " *" : "");
  }

  // -- leaderboard --------------------------------------------------------------------------------
  const scrollMode = body.dataset.scroll || "page";
  let upNext = {};
  let summaries = [];

  function flag(code) {
    // Bundled images (emoji flags do not show on Windows); a missing one is just not drawn.
    if (!code || !/^[A-Za-z]{2}$/.test(code)) return null;
    const img = el("img", "flag");
    img.src = "/flags/" + code.toLowerCase() + ".png";
    img.alt = code.toUpperCase();
    img.width = 32;
    img.height = 24;
    img.addEventListener("error", () => img.remove());
    return img;
  }
  function nameCell(cls, r) {
    const td = el("td", cls);
    const f = flag(r.country_code);
    if (f) td.appendChild(f);
    td.appendChild(el("span", "who", shownName(r)));
    return td;
  }

  function renderBoard() {
    const tbody = document.getElementById("rows");
    const leader = rows.length ? figure(rows[0]) : null;
    const fresh = [];
    const next = new Map();
    let above = null;
    tbody.replaceChildren();
    for (const r of rows) {
      const f = figure(r);
      next.set(r.racer_id, f);
      const tr = paint(el("tr"), r.highlight_colour);
      tr.dataset.racer = r.racer_id;
      const rank = el("td", "rank");
      rank.appendChild(el("span", "r" + (r.rank >= 1 && r.rank <= 3 ? " medal m" + r.rank : ""), r.rank ? String(r.rank) : "–"));
      tr.appendChild(rank);
      const name = nameCell("name", r);
      name.title = shownName(r);
      tr.appendChild(name);
      tr.appendChild(el("td", "time", f === null || f === undefined ? noFigure(r) : fmt(f)));
      tr.appendChild(el("td", "gap", f == null || leader == null || f === leader ? "" : "+" + fmt(f - leader)));
      tr.appendChild(el("td", "gap-next", f == null || above == null || f === above ? "" : "+" + fmt(f - above)));
      tr.appendChild(el("td", "laps", String(r.valid_laps)));
      if (f != null) above = f;
      if (previous !== null && f != null && previous.get(r.racer_id) !== f) {
        freshUntil.set(r.racer_id, performance.now() + 8000);
        fresh.push(tr);
      }
      if ((freshUntil.get(r.racer_id) || 0) > performance.now()) tr.classList.add("fresh");
      tbody.appendChild(tr);
    }
    previous = next;
    if (scrollMode === "page") {
      const freshIndex = fresh.length ? rows.findIndex((r) => r.racer_id === fresh[0].dataset.racer) : -1;
      showPage(freshIndex >= 0 ? Math.floor(freshIndex / perPage()) : currentPage);
    }
    if (fresh.length) {
      pauseScrollUntil = performance.now() + 8000;
      if (scrollMode === "smooth") fresh[0].scrollIntoView({ block: "center", behavior: "smooth" });
      setTimeout(() => {
        for (const tr of tbody.querySelectorAll("tr.fresh")) {
          if ((freshUntil.get(tr.dataset.racer) || 0) <= performance.now()) tr.classList.remove("fresh");
        }
      }, 8050);
    }
  }

  // Whole rows per page: as many rows as fit above the footer, never a row cut in half; the pages take
  // turns every few seconds, and a racer whose standing just changed brings their page up.
  let currentPage = 0;
  const PAGE_MS = 8000;
  let pageShownAt = 0;
  function perPage() {
    const wrap = document.getElementById("board-wrap");
    const head = document.querySelector("table.board thead");
    const first = document.querySelector("#rows tr:not([hidden])") || document.querySelector("#rows tr");
    if (!wrap || !first) return Math.max(1, rows.length);
    const room = wrap.clientHeight - (head ? head.offsetHeight : 0);
    return Math.max(1, Math.floor(room / Math.max(1, first.offsetHeight)));
  }
  function showPage(n) {
    const trs = document.querySelectorAll("#rows tr");
    trs.forEach((tr) => (tr.hidden = false));
    const size = perPage();
    const pages = Math.max(1, Math.ceil(trs.length / size));
    currentPage = ((n % pages) + pages) % pages;
    trs.forEach((tr, i) => (tr.hidden = Math.floor(i / size) !== currentPage));
    pageShownAt = performance.now();
    const pager = document.getElementById("pager");
    if (pager) pager.textContent = pages > 1 ? labels.page.replace("{n}", currentPage + 1).replace("{m}", pages) : "";
  }
  function flipPage() {
    if (performance.now() < pauseScrollUntil || performance.now() - pageShownAt < PAGE_MS) return;
    showPage(currentPage + 1);
  }

  let pauseScrollUntil = 0;
  let scrollDir = 1;
  function autoScroll() {
    const wrap = document.scrollingElement;
    if (performance.now() < pauseScrollUntil) return;
    if (wrap.scrollHeight <= window.innerHeight + 4) return;
    const bottom = wrap.scrollTop + window.innerHeight >= wrap.scrollHeight - 2;
    if (scrollDir > 0 && bottom) {
      scrollDir = -1;
      pauseScrollUntil = performance.now() + 3000;
    } else if (scrollDir < 0 && wrap.scrollTop <= 0) {
      scrollDir = 1;
      pauseScrollUntil = performance.now() + 3000;
    } else {
      wrap.scrollTop += scrollDir > 0 ? 1 : -4;
    }
  }

  function liveRuns() {
    return runs.filter((r) => track === "combined" || String(r.track_number) === track);
  }
  function elapsed(run) {
    return run.running ? performance.now() - runsAt : 0;
  }

  // The race in progress: who, their clocks and laps, counting locally between updates.
  function renderFooter() {
    const footer = document.getElementById("run-footer");
    const list = liveRuns();
    footer.hidden = list.length === 0;
    footer.replaceChildren();
    for (const run of list) {
      const d = elapsed(run);
      const line = paint(el("div", "run-line"), run.highlight_colour);
      const who = el("span", "run-name");
      const f = flag(run.country_code);
      if (f) who.appendChild(f);
      who.appendChild(el("span", "who", shownName(run)));
      line.appendChild(el("span", "run-caption", labels.on_track));
      line.appendChild(who);
      if (run.time_left_ms !== null) line.appendChild(el("span", "run-clock", labels.time_left + " " + clock(run.time_left_ms - d)));
      const lapText = run.laps_to_finish ? (run.laps + 1) + " / " + run.laps_to_finish : String(run.laps + 1);
      line.appendChild(el("span", "run-lap", labels.lap + " " + lapText + " · " + fmt(run.current_lap_ms + d)));
      line.appendChild(el("span", "run-best", labels.best + " " + fmt(run.best_lap_ms)));
      const last = el("span", "run-last " + (run.last_lap_kind || (run.last_lap_valid === false ? "invalid" : "")),
        labels.last + " " + fmt(run.last_lap_ms));
      line.appendChild(last);
      if (!run.running) line.appendChild(el("span", "run-state", (labels.states || {})[run.state] || run.state));
      footer.appendChild(line);
    }
    renderSummary(list.length === 0);
    renderUpNext();
  }

  // After a run: fastest, average, completion ratio and rank gained, for twenty seconds.
  function renderSummary(room) {
    const box = document.getElementById("summary");
    if (!box) return;
    const age = (performance.now() - runsAt) / 1000;
    const fresh = summaries.filter((s) => (track === "combined" || String(s.track_number) === track) && s.age_s + age <= 20);
    box.hidden = !room || fresh.length === 0;
    box.replaceChildren();
    if (box.hidden) return;
    const s = fresh[fresh.length - 1];
    const who = el("span", "sum-name");
    const f = flag(s.country_code);
    if (f) who.appendChild(f);
    who.appendChild(el("span", "who", s.display_name || s.username));
    let change = labels.rank_same;
    if (s.new_on_board) change = labels.rank_new;
    else if (s.rank_gained > 0) change = labels.rank_up.replace("{n}", s.rank_gained);
    else if (s.rank_gained < 0) change = labels.rank_down.replace("{n}", -s.rank_gained);
    const pct = s.completion === null ? "–" : Math.round(s.completion * 100) + " %";
    box.append(
      el("span", "sum-caption", labels.summary), who,
      el("span", "sum-fastest", labels.fastest + " " + fmt(s.fastest_ms)),
      el("span", "sum-average", labels.average + " " + fmt(s.average_ms)),
      el("span", "sum-completion", labels.completion + " " + s.valid_laps + "/" + s.laps + " (" + pct + ")"),
      el("span", "sum-rank" + (s.rank_gained > 0 ? " up" : ""), labels.rank + " " + (s.rank || "–") + " · " + change)
    );
  }

  function renderUpNext() {
    const box = document.getElementById("up-next");
    if (!box) return;
    const names = [];
    for (const [number, list] of Object.entries(upNext)) {
      if (track !== "combined" && number !== track) continue;
      for (const r of list) names.push(r);
    }
    box.hidden = names.length === 0;
    box.replaceChildren();
    if (box.hidden) return;
    box.appendChild(el("span", "next-caption", labels.up_next));
    for (const r of names.slice(0, 3)) {
      const who = el("span", "next-name");
      const f = flag(r.country_code);
      if (f) who.appendChild(f);
      who.appendChild(el("span", "who", r.display_name || r.username));
      box.appendChild(who);
    }
  }

  // -- overlay ------------------------------------------------------------------------------------
  function renderOverlay() {
    const lower = document.getElementById("lower-third");
    const standings = document.getElementById("standings");
    const list = liveRuns();
    if (list.length) {
      const run = list[0];
      const d = elapsed(run);
      lower.hidden = false;
      standings.hidden = true;
      lower.style.removeProperty("--racer");
      paint(lower, run.highlight_colour);
      lower.replaceChildren(
        el("div", "who", shownName(run)),
        el("div", "cell", labels.time_left + " " + clock(run.time_left_ms === null ? null : run.time_left_ms - d)),
        el("div", "cell", labels.best + " " + fmt(run.best_lap_ms)),
        el("div", "cell last " + (run.last_lap_kind || ""), labels.last + " " + fmt(run.last_lap_ms))
      );
      return;
    }
    lower.hidden = true;
    const top = parseInt(body.dataset.top || "5", 10);
    const shown = rows.filter((r) => r.rank).slice(0, top);
    standings.hidden = shown.length === 0;
    const leader = shown.length ? figure(shown[0]) : null;
    standings.replaceChildren(
      ...shown.map((r) => {
        const line = paint(el("div", "standing"), r.highlight_colour);
        const f = figure(r);
        line.append(el("span", "rank", String(r.rank)), el("span", "name", shownName(r)),
          el("span", "time", fmt(f)), el("span", "gap", f === leader ? "" : "+" + fmt(f - leader)));
        return line;
      })
    );
  }

  function render() {
    if (isOverlay) renderOverlay();
    else renderFooter();
  }

  // -- the stream ---------------------------------------------------------------------------------
  function setStatus(text) {
    const s = document.getElementById("status");
    if (s) s.textContent = text;
  }
  function connect() {
    const q = new URLSearchParams({ track: track, format: format });
    source = new EventSource("/live/" + encodeURIComponent(eventId) + "?" + q.toString());
    source.addEventListener("open", () => {
      retryMs = 1000;
      setStatus("");
      body.classList.remove("offline");
    });
    source.addEventListener("board", (e) => {
      rows = JSON.parse(e.data).rows;
      if (isOverlay) renderOverlay();
      else renderBoard();
    });
    source.addEventListener("runs", (e) => {
      const data = JSON.parse(e.data);
      runs = data.runs;
      upNext = data.up_next || {};
      summaries = data.summaries || [];
      runsAt = performance.now();
      render();
    });
    source.addEventListener("error", () => {
      setStatus(labels.reconnecting || "");
      body.classList.add("offline");
      if (source.readyState === EventSource.CLOSED) {
        // The browser gave up (server restarted with an error answer): try again ourselves.
        setTimeout(connect, retryMs);
        retryMs = Math.min(retryMs * 2, 15000);
      }
    });
  }

  if (isOverlay) {
    const c = body.dataset.chroma;
    if (/^[0-9a-fA-F]{6}$/.test(c)) document.documentElement.style.background = "#" + c;
  } else if (scrollMode === "smooth") {
    setInterval(autoScroll, 40);
  } else if (scrollMode === "page") {
    showPage(0);
    setInterval(flipPage, 500);
    // The footer grows and shrinks (race in progress, summary, up next): keep whole rows only.
    let lastRoom = 0;
    new ResizeObserver(() => {
      const room = document.getElementById("board-wrap").clientHeight;
      if (room !== lastRoom) {
        lastRoom = room;
        showPage(currentPage);
      }
    }).observe(document.getElementById("board-wrap"));
  }
  setInterval(render, 100);
  connect();
})();
