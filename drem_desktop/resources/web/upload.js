// Upload page: drag and drop, one request per file with a progress bar, the verdict in plain words.
"use strict";
(function () {
  const form = document.getElementById("upload-form");
  if (!form) return;
  const input = document.getElementById("files");
  const drop = document.getElementById("drop");
  const results = document.getElementById("results");
  const maxBytes = parseInt(form.dataset.maxBytes, 10);
  const labels = JSON.parse(document.getElementById("labels").textContent);
  const answered = (status) => labels.answered.replace("{status}", String(status));

  function item(name) {
    const li = document.createElement("li");
    const title = document.createElement("div");
    title.className = "file";
    title.textContent = name;
    const bar = document.createElement("progress");
    bar.max = 100;
    bar.value = 0;
    const msg = document.createElement("div");
    msg.className = "message";
    li.append(title, bar, msg);
    results.appendChild(li);
    return { li, bar, msg };
  }

  function show(result, row) {
    row.li.className = result.accepted ? "ok" : "refused";
    row.msg.textContent = result.message;
  }

  // The upload answers once the bytes are on the laptop; the check of the archive follows.
  async function waitForVerdict(token, row) {
    for (let attempt = 0; attempt < 30; attempt++) {
      try {
        const r = await fetch("/upload/verdict/" + encodeURIComponent(token), { headers: { Accept: "application/json" } });
        const answer = await r.json();
        if (!r.ok) {
          row.li.className = "refused";
          row.msg.textContent = answer.error || answered(r.status);
          return;
        }
        if (answer.done) {
          show(answer.result, row);
          return;
        }
      } catch (err) {
        await new Promise((done) => setTimeout(done, 2000));
      }
    }
    row.li.className = "refused";
    row.msg.textContent = labels.no_verdict;
  }

  function send(file) {
    return new Promise((resolve) => {
      const row = item(file.name);
      if (file.size > maxBytes) {
        row.li.className = "refused";
        row.bar.remove();
        row.msg.textContent = labels.too_large;
        resolve();
        return;
      }
      const data = new FormData();
      data.append("form_token", form.elements.form_token.value);
      data.append("username", form.elements.username.value);
      data.append("code", form.elements.code.value);
      data.append("file", file, file.name);
      const xhr = new XMLHttpRequest();
      xhr.open("POST", "/upload?verdict=later");
      xhr.setRequestHeader("Accept", "application/json");
      xhr.upload.addEventListener("progress", (e) => {
        if (e.lengthComputable) row.bar.value = Math.round((e.loaded / e.total) * 100);
      });
      xhr.addEventListener("load", () => {
        row.bar.value = 100;
        let answer = null;
        try { answer = JSON.parse(xhr.responseText); } catch (err) { answer = null; }
        if (answer && answer.results && answer.results.length) {
          const r = answer.results[0];
          if (r.token) {
            row.li.className = "checking";
            row.msg.textContent = r.message;
            waitForVerdict(r.token, row);
          } else {
            show(r, row);
          }
        } else {
          row.li.className = "refused";
          row.msg.textContent = (answer && answer.error) || answered(xhr.status);
        }
        resolve();
      });
      xhr.addEventListener("error", () => {
        row.li.className = "refused";
        row.msg.textContent = labels.interrupted;
        resolve();
      });
      xhr.send(data);
    });
  }

  async function sendAll(files) {
    for (const f of files) await send(f);
  }

  form.addEventListener("submit", (e) => {
    e.preventDefault();
    if (!form.reportValidity()) return;
    sendAll(Array.from(input.files));
  });
  ["dragenter", "dragover"].forEach((t) => drop.addEventListener(t, (e) => {
    e.preventDefault();
    drop.classList.add("over");
  }));
  ["dragleave", "drop"].forEach((t) => drop.addEventListener(t, (e) => {
    e.preventDefault();
    drop.classList.remove("over");
  }));
  drop.addEventListener("drop", (e) => {
    const files = Array.from(e.dataTransfer.files);
    if (!files.length) return;
    if (!form.elements.username.value || !form.elements.code.value) {
      form.reportValidity();
      return;
    }
    sendAll(files);
  });
})();
