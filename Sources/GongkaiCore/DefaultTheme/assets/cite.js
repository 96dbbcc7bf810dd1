// Citing a number (issue 13 item 4). Every number cell of a table has an id and a small link to
// itself ("链接", written by TableView+HTML.swift); without this script that link and the #id
// anchor work on their own. The script adds:
// - a tap or click anywhere on a number cell marks it (class "cited"), puts its #id in the address
//   bar without jumping, and opens the 引用 panel: report, table, row, column, value, URL and the
//   date retrieved, ready to copy;
// - opening a page at #cell scrolls the cell into view inside its table's scroll region, clear of
//   the sticky header row and row labels, with the whole region on the screen when it fits, and
//   marks it.
(function () {
  'use strict';

  function text(node) {
    return node ? node.textContent.replace(/链接$/, '').replace(/\s+/g, ' ').trim() : '';
  }

  // The table as a grid: for each cell its row, first column and spans (rowspan/colspan honoured).
  function grid(table) {
    var rows = Array.from(table.rows);
    var taken = [];
    var places = new Map();
    rows.forEach(function (row, r) {
      var c = 0;
      Array.from(row.cells).forEach(function (cell) {
        taken[r] = taken[r] || [];
        while (taken[r][c]) { c += 1; }
        var height = Math.max(1, cell.rowSpan || 1);
        var width = Math.max(1, cell.colSpan || 1);
        for (var i = 0; i < height; i += 1) {
          taken[r + i] = taken[r + i] || [];
          for (var j = 0; j < width; j += 1) { taken[r + i][c + j] = cell; }
        }
        places.set(cell, {row: r, column: c, width: width});
        c += width;
      });
    });
    return {taken: taken, places: places};
  }

  // The row labels (th left of the cell in its grid row) and the column labels (the block of
  // header cells right above it, nearest last reversed to read top-down).
  function labels(cell) {
    var table = cell.closest('table');
    var map = grid(table);
    var place = map.places.get(cell);
    var rowLabels = [];
    (map.taken[place.row] || []).slice(0, place.column).forEach(function (other) {
      if (other.tagName === 'TH' && rowLabels.indexOf(other) < 0) { rowLabels.push(other); }
    });
    var columnLabels = [];
    var started = false;
    for (var r = place.row - 1; r >= 0; r -= 1) {
      var above = (map.taken[r] || [])[place.column];
      if (!above) { continue; }
      if (above.tagName === 'TH' && /col/.test(above.getAttribute('scope') || '')) {
        if (columnLabels.indexOf(above) < 0) { columnLabels.unshift(above); }
        started = true;
      } else if (started) {
        break;
      }
    }
    return {rows: rowLabels.map(text).filter(Boolean), columns: columnLabels.map(text).filter(Boolean)};
  }

  function today() {
    var now = new Date();
    return now.getFullYear() + '年' + (now.getMonth() + 1) + '月' + now.getDate() + '日';
  }

  // The 引用 snippet of a cell.
  function snippet(cell) {
    var table = cell.closest('table');
    var found = labels(cell);
    var page = text(document.querySelector('main h1')) || document.title;
    var parts = [page];
    var caption = text(table.caption);
    if (caption && caption !== page) { parts.push(caption); }
    if (found.rows.length) { parts.push('“' + found.rows.join(' · ') + '”行'); }
    if (found.columns.length) { parts.push('“' + found.columns.join(' · ') + '”列'); }
    var url = location.href.split('#')[0] + '#' + encodeURIComponent(cell.id);
    return parts.join('，') + '：' + text(cell) + '。' + url + '（' + today() + '访问）';
  }

  // Scrolls the cell into the middle of its table region's free part, then the page to it.
  function reveal(cell) {
    var region = cell.closest('.table-wrap');
    if (region) {
      var outer = region.getBoundingClientRect();
      var box = cell.getBoundingClientRect();
      var head = cell.closest('table').tHead;
      var top = head && getComputedStyle(head).position === 'sticky' ? head.getBoundingClientRect().bottom - outer.top : 0;
      var left = 0;
      Array.from(cell.parentNode.querySelectorAll('th')).forEach(function (th) {
        if (getComputedStyle(th).position === 'sticky') { left = Math.max(left, th.getBoundingClientRect().right - outer.left); }
      });
      region.scrollTop += (box.top - outer.top) - top - Math.max(0, (region.clientHeight - top - box.height) / 2);
      region.scrollLeft += (box.left - outer.left) - left - Math.max(0, (region.clientWidth - left - box.width) / 2);
    }
    // The whole region on the screen when it fits (its sticky header row in view), else the cell.
    var shown = region && region.getBoundingClientRect().height <= window.innerHeight ? region : cell;
    var now = shown.getBoundingClientRect();
    window.scrollBy(0, now.top - Math.max(0, (window.innerHeight - now.height) / 2));
  }

  var panel = null;

  function closePanel() {
    if (panel) { panel.hidden = true; }
  }

  function openPanel(cell) {
    if (!panel) {
      panel = document.createElement('section');
      panel.className = 'cite-panel';
      panel.setAttribute('aria-label', '引用此数字');
      panel.innerHTML = '<h2>引用此数字</h2><textarea readonly rows="5" aria-label="引用文字"></textarea>' +
        '<p class="cite-actions"><button type="button" class="cite-copy">复制</button> ' +
        '<button type="button" class="cite-close">关闭</button> <span class="cite-status" role="status"></span></p>';
      document.body.appendChild(panel);
      panel.querySelector('.cite-close').addEventListener('click', closePanel);
      panel.querySelector('.cite-copy').addEventListener('click', function () {
        var area = panel.querySelector('textarea');
        var status = panel.querySelector('.cite-status');
        var done = function () { status.textContent = '已复制'; };
        area.select();
        if (navigator.clipboard && navigator.clipboard.writeText) {
          navigator.clipboard.writeText(area.value).then(done, function () {
            status.textContent = document.execCommand('copy') ? '已复制' : '请手动复制';
          });
        } else {
          status.textContent = document.execCommand('copy') ? '已复制' : '请手动复制';
        }
      });
    }
    panel.querySelector('textarea').value = snippet(cell);
    panel.querySelector('.cite-status').textContent = '';
    panel.hidden = false;
  }

  function mark(cell) {
    Array.from(document.querySelectorAll('td.cited')).forEach(function (other) { other.classList.remove('cited'); });
    cell.classList.add('cited');
  }

  function citable(node) {
    var cell = node && node.closest ? node.closest('td.number[id]') : null;
    return cell && cell.closest('table') ? cell : null;
  }

  document.addEventListener('click', function (event) {
    var cell = citable(event.target);
    if (!cell) { return; }
    event.preventDefault();
    mark(cell);
    if (history.replaceState) { history.replaceState(null, '', '#' + encodeURIComponent(cell.id)); }
    openPanel(cell);
  });
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') { closePanel(); }
  });

  function arrive() {
    var id = decodeURIComponent(location.hash.slice(1));
    var cell = id ? citable(document.getElementById(id)) : null;
    if (!cell) { return; }
    mark(cell);
    reveal(cell);
  }
  window.addEventListener('hashchange', arrive);
  if (document.readyState === 'complete') { arrive(); } else { window.addEventListener('load', arrive); }
}());
