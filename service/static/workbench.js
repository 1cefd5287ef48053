// Progressive enhancement for the dip-sample and labels pages: every page works without this file
// (a page whose job is running refreshes itself through <noscript><meta http-equiv="refresh">).
// With it, a running job's progress bar is updated from its JSON status, and the page is
// reloaded once the job has finished.
(function () {
  "use strict";
  const box = document.getElementById("progress");
  if (!box || !window.fetch) return;
  const bar = document.getElementById("progress-bar");
  const text = document.getElementById("progress-text");
  const unit = box.dataset.unit || "drafts scored";

  async function poll() {
    try {
      const response = await fetch(box.dataset.statusUrl, { credentials: "same-origin", headers: { Accept: "application/json" } });
      const state = await response.json();
      if (state.status !== "running") {
        window.location.assign(box.dataset.refresh);
        return;
      }
      if (bar && state.rows_total) bar.max = state.rows_total;
      if (bar && state.rows_done != null) bar.value = state.rows_done;
      if (text && state.message) text.textContent = state.message;
      else if (text && state.rows_done != null) {
        text.textContent = state.rows_done + (state.rows_total ? " of " + state.rows_total : "") + " " + unit + ".";
      }
    } catch (err) {
      // a failed poll is retried; the page stays usable
    }
    window.setTimeout(poll, 700);
  }
  window.setTimeout(poll, 300);
})();
