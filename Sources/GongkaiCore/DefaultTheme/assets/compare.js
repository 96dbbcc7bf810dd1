// The comparison of any two reports on compare/index.html. The choice lives in the URL
// (?a=ID&b=ID), so a comparison can be shared and cited: opening such a URL shows it. Each picker
// is a type-to-find combobox over data/compare-index.json (fetched once, on first use, so the page
// stays small however many reports there are); the two reports' figures come from their
// published JSON (data/reports/ID.json). Without JavaScript the page explains and links the
// pre-built comparisons.
(function () {
  "use strict";
  var form = document.getElementById("pair-picker");
  var result = document.getElementById("pair-result");
  if (!form || !result || !window.fetch || !window.URLSearchParams) { return; }
  var root = form.getAttribute("data-root") || "";
  var figures = JSON.parse(form.getAttribute("data-figures") || "[]");
  var indexPromise = null;
  var MAX_SUGGESTIONS = 12;

  // The index: [{id, label, search, page}], built once from the compact JSON (a township's
  // name, county, slug and its reports' segments: 2022, 2022-2 for a second report, unknown-year).
  function index() {
    if (!indexPromise) {
      indexPromise = fetch(form.getAttribute("data-index")).then(function (response) {
        if (!response.ok) { throw new Error(String(response.status)); }
        return response.json();
      }).then(function (data) {
        var entries = [];
        data.townships.forEach(function (township) {
          township[3].forEach(function (segment) {
            var match = /^(\d{4})(?:-(\d+))?$/.exec(segment);
            var year = match ? match[1] + "年" + (match[2] ? "（第" + match[2] + "份）" : "") : "年份不明";
            var label = township[0] + " " + year;
            entries.push({ id: township[2] + "-" + segment, label: label, search: (label + " " + (township[1] || "")).toLowerCase(),
                           page: "reports/" + township[2] + "/" + segment + "/index.html" });
          });
        });
        return entries;
      });
    }
    return indexPromise;
  }

  function text(value) { return value === null || value === undefined ? "未知" : String(value); }
  function cell(tag, content, className) {
    var node = document.createElement(tag);
    node.textContent = content;
    if (className) { node.className = className; }
    return node;
  }
  // Decimal places enough for 万元 amounts, without binary noise (0.1 + 0.2).
  function round(value) { return Math.round(value * 10000) / 10000; }

  // The change from a to b: difference and per cent, 不可比 across the format change, 未知 when
  // either is unknown; a per cent only when a is not 0.
  function change(a, b, comparable) {
    if (!comparable) { return { text: "不可比", className: "number change incomparable" }; }
    if (a === null || a === undefined || b === null || b === undefined) { return { text: "未知", className: "number change unknown" }; }
    var delta = round(b - a);
    var sign = delta > 0 ? "+" : delta === 0 ? "±" : "";
    var out = sign + String(delta);
    if (a !== 0) {
      var percent = Math.round((b - a) / Math.abs(a) * 1000) / 10;
      out += "（" + (percent > 0 ? "+" : "") + String(percent) + "%）";
    }
    return { text: out, className: "number change" };
  }

  function combo(name) {
    var input = form.querySelector("#pick-" + name);
    var hidden = form.elements[name];
    var list = form.querySelector("#pick-" + name + "-list");
    var active = -1;
    var shown = [];
    function close() {
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }
    function highlight(position) {
      var items = list.children;
      if (active >= 0 && items[active]) { items[active].removeAttribute("aria-selected"); }
      active = position;
      if (active >= 0 && items[active]) {
        items[active].setAttribute("aria-selected", "true");
        input.setAttribute("aria-activedescendant", items[active].id);
        items[active].scrollIntoView({ block: "nearest" });
      }
    }
    function choose(entry) {
      input.value = entry.label;
      hidden.value = entry.id;
      close();
      update(true);
    }
    function suggest() {
      var terms = input.value.toLowerCase().split(/\s+/).filter(Boolean);
      index().then(function (entries) {
        shown = terms.length ? entries.filter(function (entry) {
          return terms.every(function (term) { return entry.search.indexOf(term) >= 0; });
        }).slice(0, MAX_SUGGESTIONS) : [];
        list.replaceChildren();
        shown.forEach(function (entry, position) {
          var item = cell("li", entry.label);
          item.id = "pick-" + name + "-option-" + position;
          item.setAttribute("role", "option");
          item.addEventListener("mousedown", function (event) { event.preventDefault(); choose(entry); });
          list.appendChild(item);
        });
        if (!shown.length && terms.length) {
          var none = cell("li", "没有找到匹配的报告", "combo-empty");
          none.setAttribute("role", "option");
          none.setAttribute("aria-disabled", "true");
          none.id = "pick-" + name + "-option-none";
          list.appendChild(none);
        }
        list.hidden = !terms.length;
        input.setAttribute("aria-expanded", terms.length ? "true" : "false");
        active = -1;
      }).catch(function () { showError(); });
    }
    input.addEventListener("input", suggest);
    input.addEventListener("focus", function () { index().catch(function () {}); });
    input.addEventListener("blur", close);
    input.addEventListener("keydown", function (event) {
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        if (list.hidden) { suggest(); return; }
        event.preventDefault();
        var step = event.key === "ArrowDown" ? 1 : -1;
        highlight(shown.length ? (active + step + shown.length) % shown.length : -1);
      } else if (event.key === "Enter" && !list.hidden && active >= 0 && shown[active]) {
        event.preventDefault();
        choose(shown[active]);
      } else if (event.key === "Escape") {
        close();
      }
    });
    return { input: input, hidden: hidden };
  }

  var pickers = { a: combo("a"), b: combo("b") };

  function showError() {
    result.replaceChildren(cell("p", "无法读取报告数据（直接打开本地文件时浏览器不允许读取，请通过网站访问）。", "note"));
  }

  function load(id) {
    return fetch(root + "data/reports/" + encodeURIComponent(id) + ".json").then(function (response) {
      if (!response.ok) { throw new Error(String(response.status)); }
      return response.json();
    });
  }

  // Writes the choice into the URL (replacing, so Back leaves the page) and shows the comparison.
  function update(writeURL) {
    var a = pickers.a.hidden.value;
    var b = pickers.b.hidden.value;
    if (!a || !b) { return; }
    if (writeURL) {
      var params = new URLSearchParams(location.search);
      params.set("a", a);
      params.set("b", b);
      history.replaceState(null, "", location.pathname + "?" + params.toString());
    }
    Promise.all([load(a), load(b), index()]).then(function (loaded) {
      var pages = {};
      loaded[2].forEach(function (entry) { pages[entry.id] = entry; });
      render([{ id: a, report: loaded[0], entry: pages[a] }, { id: b, report: loaded[1], entry: pages[b] }]);
    }).catch(function () { showError(); });
  }

  function render(pair) {
    pair.forEach(function (side, position) {
      var picker = position === 0 ? pickers.a : pickers.b;
      if (side.entry) { picker.input.value = side.entry.label; }
    });
    var label = function (side) { return side.entry ? side.entry.label : side.id; };
    var formats = pair.map(function (side) { return side.report.format; });
    var sameFormat = formats[0] === formats[1];
    var table = document.createElement("table");
    table.id = "pair-table";
    var caption = document.createElement("caption");
    caption.textContent = label(pair[0]) + " 与 " + label(pair[1]);
    table.appendChild(caption);
    var head = document.createElement("tr");
    head.appendChild(cell("th", "指标"));
    pair.forEach(function (side) {
      var th = document.createElement("th");
      th.scope = "col";
      if (side.entry) {
        var link = document.createElement("a");
        link.href = root + side.entry.page;
        link.textContent = label(side);
        th.appendChild(link);
      } else {
        th.textContent = label(side);
      }
      head.appendChild(th);
    });
    var changeHead = cell("th", "变化（乙 − 甲）");
    changeHead.scope = "col";
    head.appendChild(changeHead);
    head.firstChild.scope = "col";
    var thead = document.createElement("thead");
    thead.appendChild(head);
    table.appendChild(thead);
    var body = document.createElement("tbody");
    figures.forEach(function (figure) {
      var row = document.createElement("tr");
      var header = cell("th", figure[1]);
      header.scope = "row";
      row.appendChild(header);
      var values = pair.map(function (side) {
        var value = side.report.figures ? side.report.figures[figure[0]] : null;
        row.appendChild(cell("td", text(value), value === null || value === undefined ? "number unknown" : "number"));
        return value;
      });
      var delta = change(values[0], values[1], sameFormat || figure[2]);
      row.appendChild(cell("td", delta.text, delta.className));
      body.appendChild(row);
    });
    table.appendChild(body);
    var wrap = document.createElement("div");
    wrap.className = "table-wrap";
    wrap.setAttribute("role", "region");
    wrap.setAttribute("aria-label", caption.textContent);
    wrap.tabIndex = 0;
    wrap.appendChild(table);
    var nodes = [wrap];
    if (!sameFormat) {
      nodes.unshift(cell("p", "两份报告格式不同（" + formats.map(function (f) { return f === "2019" ? "2019 年试行格式" : f === "2021" ? "2021 年格式" : "格式不明"; }).join("与") +
        "）：表二各项和“其他处理”的统计口径不同，标为“不可比”。", "note"));
    }
    nodes.push(cell("p", "变化 = 乙 − 甲，括号内为相对甲的百分比；甲为 0 时不计百分比。“未知”不等于 0，不参与计算。", "table-note"));
    result.replaceChildren.apply(result, nodes);
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    update(true);
  });

  // A URL naming two reports shows their comparison at once.
  var params = new URLSearchParams(location.search);
  if (params.get("a") && params.get("b")) {
    pickers.a.hidden.value = params.get("a");
    pickers.b.hidden.value = params.get("b");
    update(false);
  }
})();
