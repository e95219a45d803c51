// msedocs web page: check or print an uploaded JSON or workbook. The blank
// form is a plain HTML form and needs none of this.
"use strict";
(function () {
  const form = document.getElementById("upload-form");
  if (!form) return;
  const fileInput = document.getElementById("upload-file");
  const status = document.getElementById("status");
  const table = document.getElementById("problems");
  const body = table.querySelector("tbody");
  const msg = form.dataset;
  // codes are the problems' words in the page's language, by code.
  let codes = {};
  try { codes = JSON.parse(table.dataset.codes || "{}"); } catch (e) { /* English only */ }

  function say(text, bad) {
    status.textContent = text;
    status.classList.toggle("bad", !!bad);
  }

  function showProblems(list) {
    body.replaceChildren();
    for (const p of list) {
      const tr = document.createElement("tr");
      const where = document.createElement("td");
      where.textContent = p.path || "—";
      const what = document.createElement("td");
      const local = p.code && codes[p.code];
      what.textContent = local || p.message;
      if (local && p.message) {
        // The library's own words stay as the details, e.g. the range.
        const detail = document.createElement("small");
        detail.lang = "en";
        detail.className = "detail";
        detail.textContent = p.message;
        what.append(document.createElement("br"), detail);
      }
      tr.append(where, what);
      body.append(tr);
    }
    table.hidden = list.length === 0;
  }

  function format() {
    const f = form.querySelector("input[name=format]:checked");
    return f ? f.value : "pdf";
  }

  // problemOf turns an error answer into a message and its problems.
  async function problemOf(res) {
    let p = { title: res.statusText, errors: [] };
    try { p = await res.json(); } catch (e) { /* not problem+json */ }
    const errs = Array.isArray(p.errors) ? p.errors : [];
    const text = msg.failed + " " + res.status + " " + (p.title || "") + (p.detail ? " — " + p.detail : "");
    return { text, errs };
  }

  // jsonOf returns the chosen file as JSON text: a workbook is read back
  // by the server first.
  async function jsonOf(file) {
    if (!/\.xlsx$/i.test(file.name)) return { json: await file.text() };
    const res = await fetch("/api/read", {
      method: "POST",
      headers: { "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
      body: file,
    });
    if (!res.ok) return { problem: await problemOf(res) };
    return { json: await res.text() };
  }

  async function run(print) {
    const file = fileInput.files[0];
    if (!file) { say(msg.nofile, true); fileInput.focus(); return; }
    say(msg.busy);
    showProblems([]);
    try {
      const got = await jsonOf(file);
      if (got.problem) { say(got.problem.text, true); showProblems(got.problem.errs); return; }
      const url = print ? "/api/render?format=" + format() : "/api/validate";
      const res = await fetch(url, { method: "POST", headers: { "Content-Type": "application/json" }, body: got.json });
      if (!res.ok) {
        const p = await problemOf(res);
        say(p.errs.length ? msg.found + " " + p.errs.length : p.text, true);
        showProblems(p.errs);
        return;
      }
      if (!print) { say(msg.ok); return; }
      const blob = await res.blob();
      const cd = res.headers.get("Content-Disposition") || "";
      const m = /filename="([^"]+)"/.exec(cd);
      const a = document.createElement("a");
      a.href = URL.createObjectURL(blob);
      a.download = m ? m[1] : "msedocs." + format();
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(a.href), 60000);
      say(a.download);
    } catch (e) {
      say(msg.failed + " " + e.message, true);
    }
  }

  document.getElementById("check").addEventListener("click", () => run(false));
  document.getElementById("print").addEventListener("click", () => run(true));
})();
