// One-click fixes on the result page. Progressive enhancement only: without this file the
// result page and the form work as before (the fix buttons stay hidden).
// - Each concern with a replacement has buttons (server-rendered, hidden) that replace the
//   highlighted words in the draft in the "Check again" form.
// - "Copy revised draft" copies the edited draft.
// - After a fix or after typing stops (1 s), the draft is checked again with fetch and the
//   result replaces the page's content, keeping the form being typed in, its caret and scroll,
//   the page's scroll and the reviewer's place in the list of concerns.
(function () {
  "use strict";
  const RECHECK_MS = 1000;
  let timer = null;
  let edits = []; // [position, removed length, inserted length] since the last check, in UTF-16 units
  let checking = null;
  let fixedItem = -1; // the position of the last fixed concern: where the reviewer is working

  const textarea = () => document.getElementById("text");
  const onResultPage = () => document.querySelector("main .result") !== null;

  function say(message) {
    const status = document.getElementById("fix-status");
    if (status) status.textContent = message;
  }

  function enhance(root) {
    root.querySelectorAll(".fixes[hidden], .draft-tools[hidden]").forEach((el) => el.removeAttribute("hidden"));
  }

  // Where the item's words are now, after the fixes applied since the page was rendered.
  function locate(box, value) {
    let start = Number(box.dataset.start);
    let end = Number(box.dataset.end);
    for (const [at, removed, inserted] of edits) {
      if (at + removed <= start) {
        start += inserted - removed;
        end += inserted - removed;
      } else if (at < end) {
        return null; // an earlier fix changed these words
      }
    }
    const words = box.dataset.text;
    if (value.slice(start, end) === words) return [start, end];
    const before = value.lastIndexOf(words, start);
    const after = value.indexOf(words, start);
    const found = [before, after].filter((i) => i >= 0).sort((a, b) => Math.abs(a - start) - Math.abs(b - start));
    return found.length ? [found[0], found[0] + words.length] : null;
  }

  function applyFix(button) {
    const box = button.closest(".fixes");
    const ta = textarea();
    if (!box || !ta) return;
    const where = locate(box, ta.value);
    if (!where) {
      say("These words have changed since the check; check again to see the current concerns.");
      return;
    }
    const replacement = button.dataset.replacement;
    ta.setRangeText(replacement, where[0], where[1], "preserve");
    edits.push([where[0], where[1] - where[0], replacement.length]);
    box.querySelectorAll("button").forEach((b) => { b.disabled = true; });
    box.classList.add("applied");
    const item = box.closest("li.concern");
    if (item) {
      item.classList.add("fixed");
      fixedItem = Array.from(document.querySelectorAll("li.concern")).indexOf(item);
      const next = item.querySelector("a.jump");
      if (next) next.focus({ preventScroll: true }); // the fix buttons are now disabled
    }
    say(`Replaced “${box.dataset.text}” with “${replacement}”. Checking again…`);
    schedule(RECHECK_MS);
  }

  async function copyDraft() {
    const ta = textarea();
    if (!ta) return;
    try {
      await navigator.clipboard.writeText(ta.value);
    } catch (err) {
      ta.focus();
      ta.select();
      document.execCommand("copy");
    }
    say("Revised draft copied.");
  }

  function schedule(delay) {
    clearTimeout(timer);
    timer = setTimeout(recheck, delay);
  }

  // The reviewer's place: the focused control (by its position in the list) and the scroll.
  function place() {
    const ta = textarea();
    const active = document.activeElement;
    const items = Array.from(document.querySelectorAll("li.concern"));
    const item = active ? active.closest("li.concern") : null;
    return {
      scrollY: window.scrollY,
      inText: active === ta,
      selection: ta ? [ta.selectionStart, ta.selectionEnd, ta.scrollTop] : null,
      itemIndex: item ? items.indexOf(item) : fixedItem,
    };
  }

  function restore(state, form) {
    const ta = textarea();
    if (state.inText && ta) {
      ta.focus({ preventScroll: true });
      ta.setSelectionRange(state.selection[0], state.selection[1]);
      ta.scrollTop = state.selection[2];
    } else if (state.itemIndex >= 0) {
      const items = document.querySelectorAll("li.concern");
      const item = items[Math.min(state.itemIndex, items.length - 1)];
      const target = item ? item.querySelector(".fixes button:not([disabled]), a.jump") : document.querySelector("main h1");
      if (target) target.focus({ preventScroll: true });
    }
    window.scrollTo(0, state.scrollY);
  }

  async function recheck() {
    const form = document.getElementById("check-form");
    const ta = textarea();
    if (!form || !ta || !ta.value.trim() || !onResultPage() || !window.casecheck || !window.fetch || !window.DOMParser) return;
    if (checking) checking.abort();
    checking = new AbortController();
    const sent = ta.value;
    try {
      const { response, page } = await window.casecheck.postForm(form, checking.signal);
      if (ta.value !== sent) return; // typed meanwhile: another check is on its way
      const main = page.querySelector("main");
      if (!response.ok || !main || !main.querySelector(".result")) {
        say("The draft could not be checked again; press Check to see why.");
        return;
      }
      const state = place();
      const here = document.querySelector("main");
      here.replaceChildren(...Array.from(main.childNodes, (n) => document.importNode(n, true)));
      const copy = here.querySelector("#check-form");
      if (copy) copy.replaceWith(form); // keep the form being typed in, as it is
      document.title = page.title;
      edits = [];
      fixedItem = -1;
      enhance(here);
      restore(state, form);
      const found = here.querySelector("h1");
      say(`Checked again: ${found ? found.textContent : "done"}.`);
    } catch (err) {
      if (err.name !== "AbortError") say("The draft could not be checked again.");
    }
  }

  document.addEventListener("click", (event) => {
    const fix = event.target.closest(".fixes button.fix");
    if (fix) {
      event.preventDefault();
      applyFix(fix);
      return;
    }
    if (event.target.closest("#copy-draft")) {
      event.preventDefault();
      copyDraft();
    }
  });

  document.addEventListener("input", (event) => {
    if (event.target.id === "text" && onResultPage()) schedule(RECHECK_MS);
  });

  enhance(document);
  const main = document.querySelector("main");
  if (main && window.MutationObserver) {
    new MutationObserver(() => enhance(main)).observe(main, { childList: true });
  }
})();
