// After a refused gift the page comes back with the error summary: move focus to
// it (it is role="alert" too), so keyboard and screen-reader users land on what
// to fix instead of the top of the page. A suggested amount clears the typed one.
document.addEventListener("DOMContentLoaded", () => {
  const summary = document.getElementById("give-errors");
  if (summary) {
    summary.focus();
    summary.scrollIntoView({ block: "start" });
  }
  const form = document.getElementById("give-form");
  if (!form) return;
  const typed = form.querySelector("input[name='amount']");
  form.querySelectorAll("input[name='suggested']").forEach((radio) => {
    radio.addEventListener("change", () => {
      if (typed) typed.value = "";
    });
  });
  if (typed) {
    typed.addEventListener("input", () => {
      form.querySelectorAll("input[name='suggested']").forEach((radio) => {
        radio.checked = false;
      });
    });
  }
});
