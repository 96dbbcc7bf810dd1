"""Accessibility and reader checks of a built Gongkai site in headless Chromium (issue 13 items
5, 7, 8 and its axe-core done-when).

Called from check_site.py as the check `a11y`; runnable alone: checks_a11y.py SITE_DIR.

- axe       axe-core (the axe.min.js that PyPI's axe-playwright-python ships, 4.12; only the
            script is used, injected through selenium) on one page of every page type (the
            smallest), in
            the light and the dark colour scheme (Chromium's emulated `prefers-color-scheme`
            through CDP Emulation.setEmulatedMedia), at 390 px: zero violations of the WCAG 2.x
            A/AA rules and best practices, colour contrast (4.5:1) included. Closed <details>
            are opened first, so folded checks and chart data tables are checked too.
- dark      in the dark scheme the page background is dark and the text light, and every chart's
            text is lighter than the page (legends and labels stay readable).
- report    a report page at 390 px shows its key figures and table of contents before section
            一; every 未知 cell of tables 2–4 links to a note under its table that is visible
            (not a title tooltip).
- search    when the site has search/index.html and a Pagefind index (pagefind/pagefind.js),
            searching for the first two characters of a township's name lists that township's
            page; without the index the check fails, naming how to install Pagefind.
- index     townships/index.html links every township page, grouped under letters, without
            JavaScript.
"""

import importlib.util
import os
import sys
import time
import urllib.parse

WIDTH = 390
BUDGET_S = 400
# axe on a page of a few thousand cells takes tens of seconds on a loaded machine.
AXE_TIMEOUT_S = 150
PAGE_TYPES = (
    ("home", lambda p: p == "index.html"),
    ("report", lambda p: p.startswith("reports/")),
    ("township", lambda p: p.startswith("townships/") and p != "townships/index.html"),
    ("township-index", lambda p: p == "townships/index.html"),
    ("county", lambda p: p.startswith("counties/")),
    ("year", lambda p: p.startswith("years/")),
    ("compare", lambda p: p == "compare/index.html"),
    ("compare-year", lambda p: p.startswith("compare/") and p.split("/")[1][:2] in ("19", "20")),
    ("compare-township", lambda p: p.startswith("compare/townships/")),
    ("compare-pair", lambda p: p.startswith("compare/pairs/")),
    ("quality", lambda p: p == "quality/index.html"),
    ("search", lambda p: p == "search/index.html"),
    ("404", lambda p: p == "404.html"),
)
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]


def axe_script():
    """The text of axe.min.js from the axe-playwright-python package, or None."""
    spec = importlib.util.find_spec("axe_playwright_python")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = os.path.join(list(spec.submodule_search_locations)[0], "axe.min.js")
    if not os.path.isfile(path):
        return None
    with open(path, encoding="utf-8") as handle:
        return handle.read()


def sample_pages(pages, site):
    """One page of each page type: the smallest file of the type (the template is what is
    checked; axe on a page of thousands of cells takes minutes on a loaded machine), the first
    by name among equals; for reports, the smallest that has table 3."""
    chosen = []
    for name, wanted in PAGE_TYPES:
        matching = [page for page in sorted(pages) if wanted(page)]
        if name == "report":
            with_table = [page for page in matching if 'id="table3"' in open(os.path.join(site, page), encoding="utf-8").read()]
            matching = with_table or matching
        if matching:
            chosen.append((name, min(matching, key=lambda page: os.path.getsize(os.path.join(site, page)))))
    return chosen


def set_scheme(driver, scheme):
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia",
                           {"media": "", "features": [{"name": "prefers-color-scheme", "value": scheme}]})


RUN_AXE = """
var done = arguments[arguments.length - 1];
Array.from(document.querySelectorAll('details')).forEach(function (d) { d.open = true; });
axe.run(document, {runOnly: {type: 'tag', values: TAGS}, resultTypes: ['violations']}).then(function (result) {
  done(result.violations.map(function (v) {
    return {id: v.id, impact: v.impact, help: v.help, count: v.nodes.length,
            target: v.nodes.slice(0, 3).map(function (n) { return n.target.join(' ') + (n.any[0] && n.any[0].message ? ' — ' + n.any[0].message : ''); })};
  }));
}).catch(function (error) { done([{id: 'axe-error', impact: 'critical', help: String(error), count: 1, target: []}]); });
"""

DARK_SCRIPT = """
function luminance(color) {
  var m = color.match(/rgba?\\(([^)]+)\\)/); if (!m) { return null; }
  var c = m[1].split(',').map(function (x) { return parseFloat(x); });
  if (c.length > 3 && c[3] === 0) { return null; }
  var l = c.slice(0, 3).map(function (v) { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
  return 0.2126 * l[0] + 0.7152 * l[1] + 0.0722 * l[2];
}
var problems = [];
var bg = luminance(getComputedStyle(document.documentElement).backgroundColor) ?? luminance(getComputedStyle(document.body).backgroundColor);
var text = luminance(getComputedStyle(document.body).color);
if (bg === null || bg > 0.1) { problems.push('page background is not dark: ' + getComputedStyle(document.documentElement).backgroundColor); }
if (text === null || text < 0.5) { problems.push('body text is not light: ' + getComputedStyle(document.body).color); }
Array.from(document.querySelectorAll('svg.chart text')).forEach(function (t, i) {
  var l = luminance(getComputedStyle(t).fill);
  if (l !== null && bg !== null && (l + 0.05) / (bg + 0.05) < 4.5) { problems.push('chart text "' + t.textContent + '" has contrast ' + ((l + 0.05) / (bg + 0.05)).toFixed(2)); }
});
return problems.slice(0, 5);
"""

REPORT_SCRIPT = """
var problems = [];
var section = document.getElementById('section-1');
var figures = document.getElementById('key-figures-table');
var toc = document.querySelector('nav.toc');
if (!figures || !toc || !section) { return ['no key figures, contents or section 一']; }
if (!(figures.getBoundingClientRect().top < section.getBoundingClientRect().top && toc.getBoundingClientRect().top < section.getBoundingClientRect().top)) {
  problems.push('key figures and contents are not above section 一');
}
Array.from(document.querySelectorAll('#table2 td.unknown, #table3 td.unknown, #table4 td.unknown')).forEach(function (cell) {
  var link = cell.querySelector('a.note-ref');
  if (!link) { problems.push(cell.id + ': 未知 without a note marker'); return; }
  var note = document.getElementById(link.getAttribute('href').slice(1));
  if (!note) { problems.push(cell.id + ': note ' + link.getAttribute('href') + ' missing'); return; }
  var box = note.getBoundingClientRect();
  if (box.width === 0 || box.height === 0 || getComputedStyle(note).visibility === 'hidden') { problems.push(cell.id + ': note not visible'); }
});
return problems.slice(0, 5);
"""


def check_axe(driver, root, sample, check, deadline):
    script = axe_script()
    if script is None:
        check.fail("axe-core is missing: run.sh installs PyPI axe-playwright-python (for its axe.min.js)")
        return
    for scheme in ("light", "dark"):
        set_scheme(driver, scheme)
        for name, page in sample:
            if time.monotonic() > deadline:
                check.fail(f"a11y ran out of its {BUDGET_S} s budget at {page} ({scheme})")
                return
            driver.get(root + urllib.parse.quote(page))
            driver.execute_script(script)
            violations = driver.execute_async_script(RUN_AXE.replace("TAGS", repr(AXE_TAGS)))
            for violation in violations:
                check.fail(f"{page} ({name}, {scheme}): axe {violation['id']} ({violation['impact']}, {violation['count']}×): "
                           f"{violation['help']}: {'; '.join(violation['target'])}")
            if scheme == "dark":
                for problem in driver.execute_script(DARK_SCRIPT):
                    check.fail(f"{page} (dark): {problem}")
    set_scheme(driver, "light")
    check.note(f"axe: {len(sample)} page types in light and dark")


def check_report(driver, root, sample, check):
    report = next((page for name, page in sample if name == "report"), None)
    if report is None:
        check.fail("no report page")
        return
    driver.get(root + urllib.parse.quote(report))
    for problem in driver.execute_script(REPORT_SCRIPT):
        check.fail(f"{report}: {problem}")


def check_search(driver, root, site, pages, check):
    from selenium.common.exceptions import TimeoutException
    from selenium.webdriver.support.ui import WebDriverWait

    if "search/index.html" not in pages:
        check.note("no search page (search: false): search not checked")
        return
    if not os.path.isfile(os.path.join(site, "pagefind", "pagefind.js")):
        check.fail("search/index.html but no pagefind/pagefind.js: build with Pagefind installed "
                   "(pip install pagefind_bin_extended; make site installs it)")
        return
    townships = sorted(page for page in pages if page.startswith("townships/") and page.count("/") == 2
                       and not page.startswith("townships/未能识别的报告/"))
    if not townships:
        check.fail("no township page to search for")
        return
    name = townships[0].split("/")[1]
    query = name[:2]
    driver.get(root + "search/index.html?q=" + urllib.parse.quote(query))
    expected = "/townships/" + urllib.parse.quote(name) + "/"
    try:
        WebDriverWait(driver, 10).until(lambda d: "/townships/" + name + "/" in d.execute_script(
            "return Array.from(document.querySelectorAll('#search-results a')).map(function (a) {"
            " return decodeURIComponent(new URL(a.href).pathname); });"))
    except TimeoutException:
        shown = driver.execute_script("return document.getElementById('search-status').textContent")
        links = driver.execute_script("return Array.from(document.querySelectorAll('#search-results a')).map(function (a) { return a.getAttribute('href'); })")
        check.fail(f"search for {query!r}: no link to {expected} within 10 s (status {shown!r}, links {links[:5]})")
        return
    check.note(f"search for {query!r} lists {name}")


def check_index(driver, root, pages, check):
    if "townships/index.html" not in pages:
        check.fail("no townships/index.html (the A–Z index)")
        return
    townships = {page for page in pages if page.startswith("townships/") and page.count("/") == 2}
    driver.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": True})
    try:
        driver.get(root + "townships/index.html")
        linked = driver.execute_script(
            "return Array.from(document.querySelectorAll('.az-group a')).map(function (a) {"
            " return decodeURIComponent(new URL(a.href).pathname).replace(/^\\//, '') + (a.href.endsWith('/') ? 'index.html' : ''); });")
        letters = driver.execute_script("return document.querySelectorAll('.az-letters a').length")
    finally:
        driver.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": False})
    missing = sorted(townships - set(linked))
    if missing:
        check.fail(f"townships/index.html does not link {len(missing)} township pages, e.g. {missing[:3]}")
    if letters == 0:
        check.fail("townships/index.html has no letter links")


def check_a11y(site, pages, check):
    """The checks above; `check` collects problems (see check_site.Check)."""
    import check_site

    try:
        from selenium.common.exceptions import WebDriverException
    except ImportError:
        check.fail("selenium is not installed (run.sh installs it)")
        return
    sample = sample_pages(pages, site)
    server = check_site.start_server(site)
    driver = None
    try:
        driver = check_site.start_browser()
        driver.set_script_timeout(AXE_TIMEOUT_S)
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {"width": WIDTH, "height": 900, "deviceScaleFactor": 1, "mobile": True})
        root = f"http://127.0.0.1:{server.server_address[1]}/"
        deadline = time.monotonic() + BUDGET_S
        check_report(driver, root, sample, check)
        check_search(driver, root, site, pages, check)
        check_index(driver, root, pages, check)
        check_axe(driver, root, sample, check, deadline)
    except WebDriverException as error:
        check.fail(f"browser error: {' '.join(str(error).split())[:300]}")
    finally:
        if driver is not None:
            driver.quit()
        server.shutdown()
        server.server_close()


if __name__ == "__main__":
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import check_site

    site_dir = os.path.abspath(sys.argv[1])
    result = check_site.Check("a11y", "axe, dark mode, report page, search, A–Z index")
    check_a11y(site_dir, check_site.site_files(site_dir, ".html"), result)
    for remark in result.notes:
        print("note:", remark)
    for problem in result.problems:
        print("a11y:", problem)
    print("PASS" if result.passed else f"FAIL ({len(result.problems)} problems)")
    sys.exit(0 if result.passed else 1)
