// Progressive enhancement of the comparison picker: fetches the two reports' published JSON and
// shows their key figures side by side. Every other page works without JavaScript.
(function () {
  "use strict";
  var form = document.getElementById("pair-picker");
  var result = document.getElementById("pair-result");
  if (!form || !result || !window.fetch) { return; }
  var labels = {
    newReceived: "本年新收申请", carriedOver: "上年结转", granted: "予以公开", partiallyGranted: "部分公开",
    denied: "不予公开", unavailable: "无法提供", rejected: "不予处理", otherHandling: "其他处理",
    resultsTotal: "办理结果总计", carriedForward: "结转下年度", licensing: "行政许可决定", punishment: "行政处罚决定",
    coercion: "行政强制决定", review: "行政复议", litigation: "行政诉讼"
  };
  function text(value) { return value === null || value === undefined ? "未知" : String(value); }
  function cell(tag, content, className) {
    var node = document.createElement(tag);
    node.textContent = content;
    if (className) { node.className = className; }
    return node;
  }
  function load(select) {
    var option = select.options[select.selectedIndex];
    return fetch(option.getAttribute("data-json")).then(function (response) {
      if (!response.ok) { throw new Error(response.status); }
      return response.json();
    }).then(function (report) { return { label: option.textContent, page: option.getAttribute("data-page"), report: report }; });
  }
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    Promise.all([load(form.elements.a), load(form.elements.b)]).then(function (pair) {
      var table = document.createElement("table");
      var caption = document.createElement("caption");
      caption.textContent = pair[0].label + " 与 " + pair[1].label;
      table.appendChild(caption);
      var head = document.createElement("tr");
      head.appendChild(cell("th", "指标"));
      pair.forEach(function (side) {
        var th = document.createElement("th");
        var link = document.createElement("a");
        link.href = side.page;
        link.textContent = side.label;
        th.appendChild(link);
        head.appendChild(th);
      });
      var thead = document.createElement("thead");
      thead.appendChild(head);
      table.appendChild(thead);
      var body = document.createElement("tbody");
      Object.keys(labels).forEach(function (key) {
        var row = document.createElement("tr");
        var header = cell("th", labels[key]);
        header.scope = "row";
        row.appendChild(header);
        pair.forEach(function (side) {
          var value = side.report.figures ? side.report.figures[key] : null;
          row.appendChild(cell("td", text(value), value === null || value === undefined ? "number unknown" : "number"));
        });
        body.appendChild(row);
      });
      table.appendChild(body);
      var wrap = document.createElement("div");
      wrap.className = "table-wrap";
      wrap.appendChild(table);
      result.replaceChildren(wrap);
    }).catch(function () {
      result.textContent = "无法读取报告数据（直接打开本地文件时浏览器不允许读取，请通过网站访问）。";
    });
  });
})();
