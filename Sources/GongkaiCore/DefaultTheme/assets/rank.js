// Sorting of the ranking tables (table.ranking): each column header becomes a button; a click
// sorts by that column, a second click reverses. Numbers sort by their data-sort value; 未知
// (an empty data-sort) always sorts last, in either direction, since unknown is not 0. Ties keep
// the order the page was built in. Without JavaScript the table stays in its default order.
(function () {
  "use strict";
  var tables = document.querySelectorAll("table.ranking");
  if (!tables.length) { return; }
  Array.prototype.forEach.call(document.querySelectorAll(".sort-hint"), function (hint) { hint.hidden = false; });

  function key(row, column, numeric) {
    var cell = row.cells[column];
    if (!numeric) { return cell.textContent.trim(); }
    var text = cell.getAttribute("data-sort");
    return text === null || text === "" ? null : parseFloat(text);
  }

  function sort(table, column, numeric, descending) {
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows).map(function (row, index) {
      return { row: row, index: index, key: key(row, column, numeric) };
    });
    rows.sort(function (a, b) {
      if (a.key === null || b.key === null) {
        if (a.key === b.key) { return a.index - b.index; }
        return a.key === null ? 1 : -1;
      }
      var order = numeric ? a.key - b.key : a.key.localeCompare(b.key, "zh-CN");
      if (order === 0) { return a.index - b.index; }
      return descending ? -order : order;
    });
    var fragment = document.createDocumentFragment();
    rows.forEach(function (item) { fragment.appendChild(item.row); });
    body.appendChild(fragment);
  }

  Array.prototype.forEach.call(tables, function (table) {
    var headers = table.tHead ? table.tHead.rows[0].cells : [];
    Array.prototype.forEach.call(headers, function (header, column) {
      var numeric = header.getAttribute("data-sort-type") === "number";
      var button = document.createElement("button");
      button.type = "button";
      button.className = "sort";
      while (header.firstChild) { button.appendChild(header.firstChild); }
      header.appendChild(button);
      button.addEventListener("click", function () {
        var current = header.getAttribute("aria-sort");
        // Numbers start with the most, names from A; a second click reverses.
        var descending = current ? current === "ascending" : numeric;
        Array.prototype.forEach.call(headers, function (other) { other.removeAttribute("aria-sort"); });
        header.setAttribute("aria-sort", descending ? "descending" : "ascending");
        sort(table, column, numeric, descending);
      });
    });
  });
})();
