// The tablet timekeeper: live run over Server-Sent Events, clocks ticking locally, one operation per tap.
// Every state change is a POST with the session's CSRF token; names are drawn with textContent only.
"use strict";
(function () {
  const body = document.body;
  const track = parseInt(body.dataset.track, 10);
  const csrf = body.dataset.csrf;
  const labels = JSON.parse(document.getElementById("labels").textContent);
  let state = JSON.parse(document.getElementById("initial").textContent);
  let stateAt = performance.now();
  let busy = false;

  function $(id) { return document.getElementById(id); }
  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }
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
  function say(text, kind) {
    const m = $("message");
    m.textContent = text || "";
    m.className = "message " + (kind || "");
  }

  function render() {
    const run = state.run;
    const d = run && run.running ? performance.now() - stateAt : 0;
    $("racer").textContent = run ? run.racer + (run.car ? " · " + labels.car + " " + run.car : "") : labels.nobody;
    $("state").textContent = run ? (labels.states[run.state] || run.state) : "";
    $("time-left-label").textContent = labels.time_left;
    $("lap-label").textContent = labels.lap + (run ? " " + (run.laps.length + 1) + (run.laps_to_finish ? " / " + run.laps_to_finish : "") : "");
    $("resets-label").textContent = labels.resets;
    $("time-left").textContent = run && run.time_left_ms !== null ? clock(run.time_left_ms - d) : "–";
    $("lap-clock").textContent = run ? fmt(run.current_lap_ms + d) : "–";
    $("resets").textContent = run ? String(run.resets) + (run.resets_allowed !== null ? " / " + run.resets_allowed : "") : "–";
    const alert = $("alert");
    alert.hidden = !state.alert;
    alert.textContent = state.alert || "";
    // a lap tap (or key) sooner than the minimum lap time: no lap, offered to count anyway until the next lap
    const short = run && run.short_lap;
    $("short-lap").hidden = !short;
    if (short) {
      $("short-lap-text").textContent = labels.short_lap
        .replace("{after}", (short.after_ms / 1000).toFixed(3)).replace("{minimum}", (short.minimum_ms / 1000).toFixed(3));
    }
    const start = document.querySelector('[data-op="start_pause"] .label');
    if (start) start.textContent = !run || run.state === "ready" ? labels.start : run.state === "paused" ? labels.resume : labels.pause;
  }

  function renderLists() {
    const run = state.run;
    const laps = $("laps");
    laps.replaceChildren();
    if (run) {
      for (const lap of run.laps.slice().reverse()) {
        const li = el("li", lap.valid ? "lap" : "lap invalid");
        li.dataset.index = String(lap.index);
        li.append(el("span", "n", "#" + (lap.index + 1)), el("span", "t", fmt(lap.time_ms)),
          el("span", "r", labels.resets + " " + lap.resets), el("span", "v", lap.valid ? labels.valid : labels.invalid));
        li.addEventListener("click", () => op("valid", lap.index));
        laps.appendChild(li);
      }
    }
    const queue = $("queue");
    queue.replaceChildren();
    if (!state.queue.length) queue.appendChild(el("li", "muted", labels.empty_queue));
    for (const q of state.queue) {
      const li = el("li", "entry " + (q.staging || ""));
      li.append(el("span", "name", q.name), el("span", "stage", q.message || ""));
      queue.appendChild(li);
    }
  }

  function take(next) {
    state = next;
    stateAt = performance.now();
    renderLists();
    render();
  }

  // Taps are sent one at a time, in the order they were made: two quick taps on "reset +" are two
  // resets, as two presses of the console's key are (a tap while the last one is on its way waits).
  const waiting = [];

  function op(name, index) {
    if (name === "end" && !window.confirm(labels.confirm_end)) return;
    waiting.push([name, index]);
    if (!busy) drain();
  }

  async function drain() {
    busy = true;
    body.classList.add("busy");
    try {
      while (waiting.length) {
        const [name, index] = waiting.shift();
        if (!(await send(name, index))) waiting.length = 0;  // not reached: the taps after it are not sent later
      }
    } finally {
      busy = false;
      body.classList.remove("busy");
    }
  }

  async function send(name, index) {
    try {
      const payload = { op: name, track: track };
      if (index !== undefined) payload.index = index;
      const resp = await fetch("/tablet/api/op", {
        method: "POST",
        headers: { "Content-Type": "application/json", "X-CSRF-Token": csrf },
        body: JSON.stringify(payload),
        credentials: "same-origin",
      });
      const answer = await resp.json();
      if (resp.status === 401) { window.location.reload(); return false; }
      if (!resp.ok) { say(answer.error, "refused"); return true; }
      // a short lap's offer under the clocks says it already (as on the console)
      const notice = name === "lap" && answer.run && answer.run.short_lap ? "" : answer.notice || "";
      say(notice, notice ? "notice" : "");
      take(answer);
      return true;
    } catch (e) {
      say(labels.reconnecting, "refused");
      return false;
    }
  }

  for (const b of document.querySelectorAll("button[data-op]")) {
    b.addEventListener("click", () => op(b.dataset.op));
  }
  $("logout").addEventListener("click", async () => {
    await fetch("/tablet/logout", { method: "POST", headers: { "X-CSRF-Token": csrf }, credentials: "same-origin" });
    window.location.reload();
  });

  let source = null;
  function connect() {
    source = new EventSource("/tablet/live?track=" + track);
    source.addEventListener("open", () => { $("status").textContent = ""; });
    source.addEventListener("state", (e) => take(JSON.parse(e.data)));
    source.addEventListener("expired", () => {
      source.close();
      say(labels.expired, "refused");
      setTimeout(() => window.location.reload(), 1500);
    });
    source.addEventListener("error", () => {
      $("status").textContent = labels.reconnecting;
      if (source.readyState === EventSource.CLOSED) setTimeout(connect, 2000);
    });
  }

  take(state);
  setInterval(render, 100);
  connect();
})();
