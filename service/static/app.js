// Progressive enhancement only: every link and form works without this file.
// - Clicking a concern in the list scrolls to and focuses its highlighted span.
// - The check form is sent with fetch and the server-rendered result replaces the page's
//   main content (no reload). The HTML is the same escaped page the plain form post gets;
//   it is parsed with DOMParser, which runs no scripts, and CSP forbids inline ones anyway.
(function () {
  "use strict";
  const smooth = !window.matchMedia("(prefers-reduced-motion: reduce)").matches;

  function activate(target) {
    document.querySelectorAll("mark.active").forEach((m) => m.classList.remove("active"));
    target.classList.add("active");
    target.focus({ preventScroll: true });
    target.scrollIntoView({ behavior: smooth ? "smooth" : "auto", block: "center" });
  }

  document.addEventListener("click", (event) => {
    const link = event.target.closest("a.jump");
    if (!link) return;
    const target = document.getElementById(link.getAttribute("href").slice(1));
    if (!target) return;
    event.preventDefault();
    activate(target);
  });

  // Post a form as the page would and parse the server-rendered answer (also used by fixes.js).
  async function postForm(form, signal) {
    const response = await fetch(form.action, {
      method: "POST",
      body: new URLSearchParams(new FormData(form)),
      headers: { Accept: "text/html" },
      credentials: "same-origin",
      signal,
    });
    const html = await response.text();
    return { response, page: new DOMParser().parseFromString(html, "text/html") };
  }
  window.casecheck = { postForm };

  document.addEventListener("submit", async (event) => {
    const form = event.target;
    if (form.id !== "check-form" || !window.fetch || !window.DOMParser) return;
    event.preventDefault();
    const button = form.querySelector("button[type=submit]");
    button.disabled = true;
    button.textContent = "Checking…";
    try {
      const { page } = await postForm(form);
      const main = page.querySelector("main");
      if (!main) throw new Error("no main element in the answer");
      const here = document.querySelector("main");
      here.replaceChildren(...Array.from(main.childNodes, (n) => document.importNode(n, true)));
      document.title = page.title;
      window.scrollTo(0, 0);
      here.focus();
    } catch (err) {
      form.submit(); // fall back to the plain form post
    }
  });
})();
