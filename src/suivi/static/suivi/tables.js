// On a phone each row of a list table is shown as a card (see "Narrow list tables" in
// suivi.css): every cell then carries its column's name in data-label, read from the table's
// header here once, so the templates and the 50-row loops of list pages stay as they are.
function labelCells(root) {
  for (const table of root.querySelectorAll("main table")) {
    const heads = table.querySelectorAll("thead tr:last-child th");
    if (!heads.length) continue;
    const names = [];
    for (const head of heads) {
      const name = head.textContent.replace(/[↑↓]/g, "").trim();
      for (let i = 0; i < (head.colSpan || 1); i++) names.push(name);
    }
    for (const row of table.querySelectorAll("tbody tr")) {
      let column = 0;
      for (const cell of row.children) {
        if (cell.tagName === "TD" && cell.colSpan === 1 && !cell.dataset.label && names[column]) {
          cell.dataset.label = names[column];
        }
        column += cell.colSpan || 1;
      }
    }
  }
}
document.addEventListener("DOMContentLoaded", () => labelCells(document));
document.addEventListener("htmx:afterSettle", () => labelCells(document));
