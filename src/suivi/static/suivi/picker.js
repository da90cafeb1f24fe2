// After a suggestion is added to a multiple picker, empty its search box and the list of
// suggestions, so the words typed to find it are not sent again with the form.
document.addEventListener("htmx:afterRequest", (event) => {
  const button = event.detail.elt;
  if (!button.classList || !button.classList.contains("chip")) return;
  const picker = button.closest(".picker");
  if (!picker) return;
  const box = picker.querySelector("input[type=search]");
  if (box) box.value = "";
  const found = picker.querySelector(".found");
  if (found) found.replaceChildren();
});
