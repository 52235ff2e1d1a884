// The Checks panel's glossary sections follow the text: Wagtail re-renders only
// the status panel after an autosave, so fetch ours again and swap it in.
document.addEventListener("w-autosave:success", () => {
  const undefinedSection = document.querySelector("[data-glossary-undefined][data-glossary-checks-url]");
  if (!undefinedSection) return;
  fetch(undefinedSection.dataset.glossaryChecksUrl, { credentials: "same-origin" })
    .then((response) => (response.ok ? response.text() : null))
    .then((html) => {
      if (!html) return;
      const fresh = new DOMParser().parseFromString(html, "text/html");
      const replace = (selector) => {
        const current = document.querySelector(selector);
        const next = fresh.querySelector(selector);
        if (current && next) current.replaceWith(next);
      };
      replace("[data-glossary-undefined]");
      fresh.querySelectorAll("[data-glossary-readability]").forEach((next) => {
        replace(`[data-glossary-readability="${next.dataset.glossaryReadability}"]`);
      });
    })
    .catch(() => {}); // offline or signed out: the panel stays as it was until the next save
});
