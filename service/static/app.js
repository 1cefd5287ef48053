// Progressive enhancement: clicking a concern scrolls to and focuses its highlighted span.
document.addEventListener("click", (event) => {
  const link = event.target.closest("a.jump");
  if (!link) return;
  const target = document.getElementById(link.getAttribute("href").slice(1));
  if (!target) return;
  event.preventDefault();
  target.scrollIntoView({ behavior: "smooth", block: "center" });
  target.focus();
  document.querySelectorAll("mark.active").forEach((m) => m.classList.remove("active"));
  target.classList.add("active");
});
