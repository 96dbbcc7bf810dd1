// Full-text search over the Pagefind index (pagefind/ at the site root, made by `gongkai build`
// when Pagefind is installed). The query lives in the URL (?q=…), so a search can be shared.
// Results are plain links with Pagefind's excerpt; without the index the page says so.
(function () {
  "use strict";
  var script = document.currentScript;
  var form = document.getElementById("search-form");
  var input = document.getElementById("search-query");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  if (!script || !form || !input || !status || !list) { return; }
  var bundle = new URL(script.getAttribute("data-bundle"), location.href);
  var root = new URL("..", bundle);
  var pagefind = null;

  function say(text) { status.textContent = text; }

  function load() {
    if (pagefind) { return Promise.resolve(pagefind); }
    return import(new URL("pagefind.js", bundle).href).then(function (module) {
      pagefind = module;
      return Promise.resolve(module.options ? module.options({ baseUrl: root.pathname }) : null).then(function () { return module; });
    });
  }

  function show(query) {
    list.textContent = "";
    if (!query) { say("输入乡镇、机关名称或报告中的词语。"); return; }
    say("正在搜索……");
    load().then(function (module) {
      return module.search(query);
    }).then(function (search) {
      var results = (search && search.results) || [];
      return Promise.all(results.slice(0, 20).map(function (result) { return result.data(); })).then(function (data) {
        say(results.length === 0 ? "没有找到与“" + query + "”相关的页面。" : "找到 " + results.length + " 个页面" + (results.length > 20 ? "，显示前 20 个" : "") + "。");
        data.forEach(function (page) {
          var item = document.createElement("li");
          var link = document.createElement("a");
          link.href = page.url;
          link.textContent = (page.meta && page.meta.title) || page.url;
          var excerpt = document.createElement("p");
          // Pagefind's excerpt is the page's text with <mark> around the matches: keep only
          // text and those marks, never markup.
          var parsed = new DOMParser().parseFromString(page.excerpt || "", "text/html");
          Array.prototype.forEach.call(parsed.body.childNodes, function (node) {
            if (node.nodeName === "MARK") {
              var mark = document.createElement("mark");
              mark.textContent = node.textContent;
              excerpt.appendChild(mark);
            } else {
              excerpt.appendChild(document.createTextNode(node.textContent || ""));
            }
          });
          item.appendChild(link);
          item.appendChild(excerpt);
          list.appendChild(item);
        });
      });
    }).catch(function () {
      say("本站没有生成搜索索引（构建时未安装 Pagefind）。请按乡镇索引查找。");
    });
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var query = input.value.trim();
    var url = new URL(location.href);
    if (query) { url.searchParams.set("q", query); } else { url.searchParams.delete("q"); }
    history.replaceState(null, "", url.href);
    show(query);
  });
  var initial = new URL(location.href).searchParams.get("q") || "";
  input.value = initial;
  show(initial.trim());
})();
