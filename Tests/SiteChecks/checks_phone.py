"""Phone checks of a built Gongkai site in headless Chromium (issue 13 items 1, 4 and 6).

Called from check_site.py as the check `phone`; runnable alone: checks_phone.py SITE_DIR.

At 320 and 390 px, on a sample of every page type that has tables (report, township, year,
comparison pages):
- tables   nothing is wider than the screen except inside a table's own scroll region
           (.table-wrap); no row-label cell (th[scope=row]) is narrower than four characters;
           every table's last column (table 3's 总计) can be scrolled into view inside its region
           and is then neither outside the region nor under the sticky row labels; after
           scrolling a region to its end, the header row is still at the region's top and the
           row label still at its left.
- cells     on those pages every number cell (td.number) has an id and a link to it (a.cite);
           the link is invisible until its cell is focused, and visible once it is.
- cited     a report page opened at #cell (table 3's 总计 of its last row, and a cell of a middle
           row), at 320 and 390 px, with and without JavaScript: the cell is on the screen, not under the sticky header row or row labels
           (it is the element at its own centre), and highlighted; with JavaScript, tapping a
           cell opens the 引用 snippet, which holds the cell's value, its table, row and
           column, the URL with #cell and the date retrieved.
- print     township, year and home pages in print media (CDP Emulation.setEmulatedMedia) at A4
           width: every chart's data table is shown, no chart forces a page break, and no chart
           is taller than a third of a page, so charts print inline; a page whose chart data is
           all 0 or unknown shows the sentence (.chart-empty), never an empty chart.
"""

import os
import sys
import time
import urllib.parse

PHONE_WIDTHS = (320, 390)
# Pages opened per page type (the first ones, sorted), per width.
PER_TYPE = 4
PAGE_TYPES = (
    ("report", lambda p: p.startswith("reports/")),
    ("township", lambda p: p.startswith("townships/")),
    ("year", lambda p: p.startswith("years/")),
    ("compare-year", lambda p: p.startswith("compare/") and p.split("/")[1][:2] in ("19", "20")),
    ("compare-township", lambda p: p.startswith("compare/townships/")),
    ("compare-pair", lambda p: p.startswith("compare/pairs/")),
    ("home", lambda p: p == "index.html"),
)
BUDGET_S = 240


def sample_pages(pages):
    """The first PER_TYPE pages of each page type (a report page with table 3 first)."""
    chosen = []
    for _, wanted in PAGE_TYPES:
        chosen += [page for page in sorted(pages) if wanted(page)][:PER_TYPE]
    return chosen


# Returns the problems of the page's tables at the current width, as strings.
TABLE_SCRIPT = r"""
var problems = [];
// Chart data tables sit in closed <details>: opened, they must be as readable as the others.
Array.from(document.querySelectorAll('details')).forEach(function (details) { details.open = true; });
var width = document.documentElement.clientWidth;
function name(element) {
  var text = (element.textContent || '').trim().replace(/\s+/g, ' ');
  return element.tagName.toLowerCase() + (element.id ? '#' + element.id : '') +
    (element.className && typeof element.className === 'string' ? '.' + element.className.split(' ').join('.') : '') +
    (text ? ' “' + text.slice(0, 20) + '”' : '');
}
if (document.documentElement.scrollWidth > width + 1) {
  problems.push('the page is ' + document.documentElement.scrollWidth + ' px wide on a ' + width + ' px screen');
}
var wide = Array.from(document.querySelectorAll('body *')).filter(function (element) {
  if (element.closest('.table-wrap')) { return false; }
  var box = element.getBoundingClientRect();
  return box.width > 0 && box.right > width + 1;
});
if (wide.length) { problems.push(wide.length + ' elements outside a table region reach past the screen, e.g. ' + name(wide[wide.length - 1])); }
Array.from(document.querySelectorAll('.table-wrap th[scope="row"]')).forEach(function (cell) {
  var box = cell.getBoundingClientRect();
  var size = parseFloat(getComputedStyle(cell).fontSize);
  if (box.width > 0 && box.width < 4 * size - 0.5) {
    problems.push('row label ' + name(cell) + ' is ' + box.width.toFixed(1) + ' px wide, under four characters (' + (4 * size).toFixed(1) + ' px)');
  }
});
function covered(cell, region) {
  var box = cell.getBoundingClientRect();
  var x = box.left + box.width / 2, y = box.top + Math.min(box.height / 2, 8);
  var outer = region.getBoundingClientRect();
  if (box.left < outer.left - 1 || box.right > outer.right + 1) { return 'outside its region'; }
  if (y < 0 || y > window.innerHeight || x < 0 || x > width) { return 'off the screen'; }
  var hit = document.elementFromPoint(x, y);
  if (hit && (hit === cell || cell.contains(hit))) { return null; }
  return 'covered by ' + (hit ? name(hit) : 'nothing');
}
Array.from(document.querySelectorAll('.table-wrap')).forEach(function (region, index) {
  var table = region.querySelector('table');
  if (!table) { return; }
  var label = 'table ' + (table.id ? '#' + table.id : (index + 1));
  var rows = Array.from(table.tBodies).reduce(function (all, body) { return all.concat(Array.from(body.rows)); }, []);
  var last = null;
  // The last column: table 3's 总计 cell of its first row, else the last cell of the longest row.
  var total = Array.from(table.querySelectorAll('thead th')).filter(function (th) { return th.textContent.trim() === '总计'; })[0];
  rows.forEach(function (row) { if (!last || row.cells.length > last.cells.length) { last = row; } });
  if (!last) { return; }
  var target = last.cells[last.cells.length - 1];
  if (total) {
    var firstRow = rows.filter(function (row) { return row.querySelector('td'); })[0];
    target = firstRow.cells[firstRow.cells.length - 1];
  }
  region.scrollIntoView({block: 'start'});
  target.scrollIntoView({block: 'nearest', inline: 'nearest'});
  var why = covered(target, region);
  if (why) { problems.push(label + ': its last column (' + name(target) + ') cannot be read after scrolling it into view: ' + why); }
  // Scrolled to the far end, the header row is still at the top and the row label at the left.
  region.scrollTop = region.scrollHeight;
  region.scrollLeft = region.scrollWidth;
  var head = table.tHead;
  var outer = region.getBoundingClientRect();
  // A table taller than the screen scrolls inside a region no taller than the screen, so its
  // sticky header row is in view wherever one of its rows is.
  if (head && table.getBoundingClientRect().height > window.innerHeight && region.clientHeight > window.innerHeight) {
    problems.push(label + ': taller than the screen, but its scroll region is too (' + region.clientHeight + ' px): the header row scrolls away');
  }
  if (head && region.scrollHeight > region.clientHeight + 1) {
    var headBox = head.getBoundingClientRect();
    // Sticky: never above the region's top (it may sit lower while the caption is still in view).
    if (headBox.top < outer.top - 2 || headBox.bottom > outer.bottom + 1) { problems.push(label + ': scrolled down inside its region, the header row has left it (' + (headBox.top - outer.top).toFixed(0) + ' px from its top)'); }
  }
  var rowLabel = last.querySelector('th[scope="row"]');
  if (rowLabel && region.scrollWidth > region.clientWidth + 1) {
    var labelBox = rowLabel.getBoundingClientRect();
    if (labelBox.right < outer.left + 1 || labelBox.left < outer.left - 2) { problems.push(label + ': scrolled right inside its region, the row label ' + name(rowLabel) + ' has scrolled away'); }
  }
  region.scrollTop = 0;
  region.scrollLeft = 0;
});
return problems;
"""


# Number cells without an id or without their link, and whether focusing a link shows it.
CELLS_SCRIPT = r"""
var problems = [];
var cells = Array.from(document.querySelectorAll('main td.number'));
var bare = cells.filter(function (cell) {
  var link = cell.querySelector('a.cite');
  return !cell.id || !link || link.getAttribute('href') !== '#' + cell.id;
});
if (bare.length) { problems.push(bare.length + ' of ' + cells.length + ' number cells have no id or no link to it, e.g. “' + bare[0].textContent.trim() + '” in ' + (bare[0].closest('table').id || 'a table')); }
var link = document.querySelector('main td.number a.cite');
if (link) {
  var hidden = getComputedStyle(link).opacity;
  link.focus();
  var shown = getComputedStyle(link).opacity;
  var box = link.getBoundingClientRect();
  if (hidden !== '0') { problems.push('a cell’s “链接” is visible before its cell is focused or hovered (opacity ' + hidden + ')'); }
  if (shown !== '1' || box.width === 0) { problems.push('a focused cell’s “链接” is not visible (opacity ' + shown + ')'); }
  link.blur();
}
return problems;
"""

# Where the cited cell is: on the screen, the element at its own centre, highlighted.
CITED_SCRIPT = r"""
var cell = document.getElementById(arguments[0]);
if (!cell) { return ['no element with id ' + arguments[0]]; }
var problems = [];
var box = cell.getBoundingClientRect();
var x = box.left + box.width / 2, y = box.top + box.height / 2;
if (box.bottom <= 0 || box.top >= window.innerHeight || box.right <= 0 || box.left >= document.documentElement.clientWidth) {
  problems.push('the cell is off the screen (' + Math.round(box.left) + ',' + Math.round(box.top) + ')');
} else {
  var hit = document.elementFromPoint(x, y);
  if (!hit || !(hit === cell || cell.contains(hit))) {
    problems.push('the cell is under ' + (hit ? hit.tagName.toLowerCase() + ' “' + hit.textContent.trim().slice(0, 20) + '”' : 'nothing'));
  }
}
var background = getComputedStyle(cell).backgroundColor;
if (!cell.matches(':target') && !cell.classList.contains('cited')) { problems.push('the cell is not the target'); }
if (background === 'rgba(0, 0, 0, 0)' || background === 'rgb(255, 255, 255)') { problems.push('the cell is not highlighted (background ' + background + ')'); }
return problems;
"""

# The id and value of table 3's last-row 总计 cell (deep down and right: under both sticky parts).
TARGET_SCRIPT = r"""
var table = document.getElementById('table3');
if (!table) { return null; }
var rows = Array.from(table.tBodies[0].rows).filter(function (row) { return row.querySelector('td[id]'); });
var cells = rows[rows.length - 1].querySelectorAll('td[id]');
var cell = cells[cells.length - 1];
var middle = rows[Math.floor(rows.length / 2)].querySelectorAll('td[id]')[2];
return [cell.id, cell.firstChild.textContent.trim(), middle.id];
"""


def check_cited(driver, root, pages, check):
    """Item 4: a report page opened at a cell's anchor, with and without JavaScript, and its snippet."""
    from selenium.webdriver.support.ui import WebDriverWait

    report = next((page for page in pages if page.startswith("reports/")), None)
    set_width(driver, 390)
    driver.get(root + urllib.parse.quote(report))
    target = driver.execute_script(TARGET_SCRIPT)
    if not target:
        check.note(f"{report} has no table 3: no cited cell checked")
        return
    cell_id, value, middle_id = target
    url = root + urllib.parse.quote(report) + "#" + urllib.parse.quote(cell_id)
    for width in PHONE_WIDTHS:
        set_width(driver, width)
        for scripts in (True, False):
            for target_id in (cell_id, middle_id):
                driver.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": not scripts})
                driver.get("about:blank")
                driver.get(root + urllib.parse.quote(report) + "#" + urllib.parse.quote(target_id))
                if scripts:
                    WebDriverWait(driver, 5).until(lambda d: d.execute_script("return document.readyState") == "complete")
                    time.sleep(0.2)
                how = "with JavaScript" if scripts else "without JavaScript"
                for problem in driver.execute_script(CITED_SCRIPT, target_id):
                    check.fail(f"{report}#{target_id} {how} at {width} px: {problem}")
    driver.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": False})
    set_width(driver, 390)
    driver.get("about:blank")
    driver.get(url)
    WebDriverWait(driver, 5).until(lambda d: d.execute_script("return document.readyState") == "complete")
    driver.execute_script("document.getElementById(arguments[0]).click();", cell_id)
    snippet = driver.execute_script("var a = document.querySelector('.cite-panel:not([hidden]) textarea'); return a ? a.value : null;")
    if snippet is None:
        check.fail(f"{report}: tapping a number cell opens no 引用 panel")
        return
    shown = driver.execute_script("var c = document.getElementById(arguments[0]); var a = c.querySelector('a.cite');"
                                  "return [c.classList.contains('cited'), a ? getComputedStyle(a).opacity : null];", cell_id)
    if shown != [True, "1"]:
        check.fail(f"{report}: a tapped cell is not marked with its “链接” shown (cited, opacity: {shown})")
    for part, what in ((value, "the value"), ("表三", "the table"), ("结转下年度", "the row"), ("总计", "the column"), ("#" + urllib.parse.quote(cell_id), "the URL with #cell"), ("访问", "the date retrieved")):
        if part not in snippet:
            check.fail(f"{report}: the 引用 snippet lacks {what} ({part!r}): {snippet!r}")
    check.note(f"cited {report}#{cell_id}: {snippet}")


# The charts of a page in print media: data tables shown, no forced break, a third of a page at most.
PRINT_SCRIPT = r"""
var problems = [];
var forced = ['page', 'always', 'left', 'right', 'recto', 'verso'];
Array.from(document.querySelectorAll('figure.chart')).forEach(function (figure, index) {
  var name = 'chart ' + (index + 1) + ' “' + (figure.querySelector('figcaption') || figure).textContent.trim().slice(0, 30) + '”';
  var table = figure.querySelector('table');
  var shown = table && table.getBoundingClientRect().height > 0 &&
    (typeof table.checkVisibility !== 'function' || table.checkVisibility({checkVisibilityCSS: true, contentVisibilityAuto: true}));
  if (!shown) { problems.push(name + ': its data table is not printed'); }
  [figure, figure.querySelector('svg')].forEach(function (element) {
    if (!element) { return; }
    var style = getComputedStyle(element);
    [style.breakBefore, style.breakAfter, style.pageBreakBefore, style.pageBreakAfter].forEach(function (value) {
      if (forced.indexOf(value) >= 0) { problems.push(name + ': ' + element.tagName.toLowerCase() + ' forces a page break (' + value + ')'); }
    });
  });
  var svg = figure.querySelector('svg');
  // A4 is 297 mm high: a third of it is 99 mm, 374 CSS px.
  if (svg && svg.getBoundingClientRect().height > 374) { problems.push(name + ': ' + Math.round(svg.getBoundingClientRect().height) + ' px high in print, over a third of an A4 page'); }
  if (!svg && !figure.querySelector('.chart-empty')) { problems.push(name + ': neither a chart nor a sentence'); }
});
return problems;
"""


def check_print(driver, root, pages, check):
    """Item 6: charts in print media, on pages with charts (township, year, home)."""
    chosen = [page for page in pages if page.startswith(("townships/", "years/")) or page == "index.html"]
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": 794, "height": 1123, "deviceScaleFactor": 1, "mobile": False})
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    charts = 0
    try:
        for page in chosen:
            driver.get(root + urllib.parse.quote(page))
            charts += driver.execute_script("return document.querySelectorAll('figure.chart').length;")
            for problem in driver.execute_script(PRINT_SCRIPT):
                check.fail(f"{page} in print: {problem}")
    finally:
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    if chosen and not charts:
        check.fail("no chart found on " + ", ".join(chosen[:3]) + ": the print check checked nothing")
    check.note(f"print: {charts} charts on {len(chosen)} pages")


def set_width(driver, width):
    """Emulates a phone screen `width` CSS pixels wide."""
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": 800, "deviceScaleFactor": 1, "mobile": True})


def check_tables(driver, root, pages, check, deadline):
    """Item 1: the tables of every sampled page at each phone width."""
    opened = 0
    for width in PHONE_WIDTHS:
        set_width(driver, width)
        for page in pages:
            if time.monotonic() > deadline:
                check.fail(f"phone checks ran out of their {BUDGET_S} s budget at {page} ({width} px)")
                return
            driver.get(root + urllib.parse.quote(page))
            opened += 1
            for problem in driver.execute_script(TABLE_SCRIPT):
                check.fail(f"{page} at {width} px: {problem}")
            if width == PHONE_WIDTHS[0]:
                for problem in driver.execute_script(CELLS_SCRIPT):
                    check.fail(f"{page}: {problem}")
    check.note(f"tables: opened {opened} pages at {', '.join(map(str, PHONE_WIDTHS))} px")


def check_phone(site, pages, check):
    """The phone checks; `check` collects problems (see check_site.Check)."""
    import check_site

    try:
        from selenium.common.exceptions import WebDriverException
    except ImportError:
        check.fail("selenium is not installed (run.sh installs it)")
        return
    sample = sample_pages(pages)
    if not any(page.startswith("reports/") for page in sample):
        check.fail("the site has no report page to check")
        return
    server = check_site.start_server(site)
    driver = None
    try:
        driver = check_site.start_browser()
        root = f"http://127.0.0.1:{server.server_address[1]}/"
        deadline = time.monotonic() + BUDGET_S
        check_tables(driver, root, sample, check, deadline)
        check_cited(driver, root, sample, check)
        check_print(driver, root, sample, check)
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
    result = check_site.Check("phone", "phone widths")
    check_phone(site_dir, check_site.site_files(site_dir, ".html"), result)
    for remark in result.notes:
        print("note:", remark)
    for problem in result.problems:
        print("phone:", problem)
    print("PASS" if result.passed else f"FAIL ({len(result.problems)} problems)")
    sys.exit(0 if result.passed else 1)
