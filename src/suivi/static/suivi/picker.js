// After a suggestion is added to a multiple picker: one box per record (an offered box is
// ticked rather than doubled), and the search box and suggestions emptied, so the words
// typed to find it are not sent again with the form.
document.addEventListener("htmx:afterSwap", (event) => {
  const button = event.detail.requestConfig && event.detail.requestConfig.elt;
  if (!button || !button.classList || !button.classList.contains("chip")) return;
  const chosen = event.detail.target;
  const seen = new Map();
  for (const box of chosen.querySelectorAll("input[type=checkbox]")) {
    const first = seen.get(box.value);
    if (first) {
      first.checked = true;
      box.closest("label").remove();
    } else {
      seen.set(box.value, box);
    }
  }
  const picker = chosen.closest(".picker");
  if (!picker) return;
  const search = picker.querySelector("input[type=search]");
  if (search) {
    search.value = "";
    search.focus();
  }
  const found = picker.querySelector(".found");
  if (found) found.replaceChildren();
});
