"""Browser checks of the year ranking and the comparison of any two reports (issue 13 items 2, 3).

Called by check_site.py's browser check, with the driver on the page named:

- years/<year>/index.html  the ranking table's rows equal the rows of the CSV it links (the CSV
                           read from the site folder, as a download would give it); clicking a
                           number column's header sorts by it, most first, 未知 last, and a second
                           click reverses, 未知 still last.
- compare/index.html       the two pickers start on different reports; opening ?a=…&b=… shows both
                           reports' figures (as in their data/reports/<id>.json) and a change
                           column; typing a township's name offers it, and choosing it puts its id
                           in the URL and shows the comparison.
"""

import csv
import io
import json
import os
import re
import urllib.parse

YEAR_PAGE = re.compile(r"^years/\d+/index\.html$")
WAIT_S = 5

ROWS_SCRIPT = """
var table = document.querySelector('table.ranking');
if (!table) { return null; }
return Array.from(table.tBodies[0].rows).map(function (row) {
  return Array.from(row.cells).map(function (cell) {
    // The cell's text without its “链接” (checks_phone.py's cited-cell link).
    var copy = cell.cloneNode(true);
    copy.querySelectorAll('.cite').forEach(function (link) { link.remove(); });
    return copy.textContent.trim();
  });
});
"""

HEADINGS_SCRIPT = """
var table = document.querySelector('table.ranking');
return Array.from(table.tHead.rows[0].cells).map(function (cell) { return cell.textContent.trim(); });
"""


def read_csv(site, page, href):
    """The rows of the CSV that `href` on `page` names, read from the site folder (BOM dropped)."""
    target = posixpath_join(os.path.dirname(page), urllib.parse.unquote(href.split("#")[0]))
    with open(os.path.join(site, target), encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(io.StringIO(handle.read())))


def posixpath_join(folder, relative):
    """`relative` resolved against `folder` (both site-relative, '/'-separated)."""
    parts = [part for part in folder.split("/") if part] if folder else []
    for part in relative.split("/"):
        if part == "..":
            if parts:
                parts.pop()
        elif part and part != ".":
            parts.append(part)
    return "/".join(parts)


def number_order_ok(values, descending):
    """Whether the texts are sorted as numbers (most first when descending) with 未知 last."""
    known = [float(value) for value in values if value != "未知"]
    unknown_start = next((i for i, value in enumerate(values) if value == "未知"), len(values))
    if any(value != "未知" for value in values[unknown_start:]):
        return False
    return known == sorted(known, reverse=descending)


def exercise_ranking(driver, site, page, check):
    """The ranking on a year page: the CSV equals the table; sorting by a header works."""
    from selenium.common.exceptions import WebDriverException
    from selenium.webdriver.common.by import By

    rows = driver.execute_script(ROWS_SCRIPT)
    if rows is None:
        check.fail(f"{page}: no table.ranking")
        return
    links = driver.find_elements(By.CSS_SELECTOR, "main a[download]")
    csv_links = [link.get_attribute("href") for link in links if ".csv" in (link.get_attribute("href") or "")]
    if not csv_links:
        check.fail(f"{page}: no CSV download link (a[download] to a .csv)")
    else:
        href = driver.execute_script("return document.querySelector('main a[download]').getAttribute('href');")
        table = read_csv(site, page, href)
        headings = driver.execute_script(HEADINGS_SCRIPT)
        if [cell.strip() for cell in table[0]] != headings:
            check.fail(f"{page}: the CSV's header {table[0]} differs from the table's {headings}")
        if table[1:] != rows:
            differing = next((i for i, (a, b) in enumerate(zip(table[1:], rows)) if a != b), min(len(table), len(rows)))
            check.fail(f"{page}: the CSV has {len(table) - 1} rows, the table {len(rows)}; first difference at row "
                       f"{differing + 1}: CSV {table[1:][differing:differing + 1]} table {rows[differing:differing + 1]}")
    headings = driver.execute_script(HEADINGS_SCRIPT)
    # The first number column other than the default one (新收申请).
    column = next((i for i, text in enumerate(headings) if text.startswith("予以公开")), None)
    if column is None:
        check.fail(f"{page}: no 予以公开 column in the ranking")
        return
    try:
        button = driver.find_elements(By.CSS_SELECTOR, "table.ranking thead th")[column].find_element(By.CSS_SELECTOR, "button")
    except (WebDriverException, IndexError):
        check.fail(f"{page}: the 予以公开 header is not a sort button (rank.js did not run)")
        return
    before = [row[0] for row in rows]
    for descending in (True, False):
        button.click()
        after = driver.execute_script(ROWS_SCRIPT)
        values = [row[column] for row in after]
        state = driver.execute_script(
            "return document.querySelectorAll('table.ranking thead th')[arguments[0]].getAttribute('aria-sort');", column)
        if state != ("descending" if descending else "ascending"):
            check.fail(f"{page}: after clicking 予以公开 aria-sort is {state!r}")
        if not number_order_ok(values, descending):
            check.fail(f"{page}: after clicking 予以公开 ({'descending' if descending else 'ascending'}) the column reads {values[:12]}…")
        if descending and len(set(values)) > 1 and [row[0] for row in after] == before:
            check.fail(f"{page}: clicking 予以公开 did not change the order of the rows")
    check.note(f"{page}: ranking of {len(rows)} rows equals its CSV; sorted by 予以公开 both ways")


def report_json(site, report_id):
    with open(os.path.join(site, "data", "reports", report_id + ".json"), encoding="utf-8") as handle:
        return json.load(handle)


def wait_for(driver, script, *args):
    """Waits up to WAIT_S for `script` to return a truthy value; returns it or None."""
    from selenium.common.exceptions import TimeoutException
    from selenium.webdriver.support.ui import WebDriverWait

    try:
        return WebDriverWait(driver, WAIT_S).until(lambda d: d.execute_script(script, *args))
    except TimeoutException:
        return None


PAIR_SCRIPT = """
var table = document.getElementById('pair-table');
if (!table || table.tBodies[0].rows.length === 0) { return null; }
return {head: Array.from(table.tHead.rows[0].cells).map(function (c) { return c.textContent.trim(); }),
        rows: Array.from(table.tBodies[0].rows).map(function (row) {
          return Array.from(row.cells).map(function (c) { return c.textContent.trim(); }); })};
"""


def exercise_compare(driver, root, site, check):
    """compare/index.html: different starting reports, a URL-driven comparison, type-to-find."""
    from selenium.common.exceptions import WebDriverException
    from selenium.webdriver.common.by import By

    page = "compare/index.html"
    start = driver.execute_script(
        "var f = document.getElementById('pair-picker'); return f ? [f.elements.a.value, f.elements.b.value] : null;")
    if not start:
        check.fail(f"{page}: no form #pair-picker with fields a and b")
        return
    with open(os.path.join(site, "data", "compare-index.json"), encoding="utf-8") as handle:
        index = json.load(handle)
    # [id, township name] of every report, as compare.js reads the index.
    reports = [(township[2] + "-" + segment, township[0]) for township in index["townships"] for segment in township[3]]
    if len(reports) < 2:
        check.note(f"{page}: fewer than two reports, the comparison was not exercised")
        return
    if start[0] == start[1] or not start[0]:
        check.fail(f"{page}: the two pickers start on the same report {start[0]!r}")
    # A URL naming two reports shows both reports' values and the change.
    a, b = reports[0][0], reports[-1][0]
    driver.get(root + page + "?" + urllib.parse.urlencode({"a": a, "b": b}))
    shown = wait_for(driver, PAIR_SCRIPT)
    if not shown:
        check.fail(f"{page}?a={a}&b={b}: no comparison table within {WAIT_S} s")
        return
    if len(shown["head"]) != 4 or not shown["head"][3].startswith("变化"):
        check.fail(f"{page}?a={a}&b={b}: the table's columns are {shown['head']}, not 指标, 甲, 乙, 变化")
    figures = {row[0]: row for row in shown["rows"]}
    labels = json.loads(driver.execute_script("return document.getElementById('pair-picker').getAttribute('data-figures');"))
    for side, report_id in ((1, a), (2, b)):
        data = report_json(site, report_id)
        for key, label, _ in labels:
            value = data["figures"].get(key)
            expected = "未知" if value is None else format_number(value)
            got = figures.get(label, [None] * 4)[side]
            if got != expected:
                check.fail(f"{page}?a={a}&b={b}: {label} of {report_id} shows {got!r}, its JSON has {expected!r}")
    if not all(len(row) == 4 and row[3] for row in shown["rows"]):
        check.fail(f"{page}?a={a}&b={b}: a row has no change cell")
    # Typing a township's name offers it; choosing it writes its id into the URL.
    name = reports[len(reports) // 2][1]
    wanted = [entry[0] for entry in reports if entry[1] == name]
    driver.get(root + page)
    try:
        field = driver.find_element(By.ID, "pick-b")
        field.clear()
        field.send_keys(name)
    except WebDriverException as error:
        check.fail(f"{page}: cannot type into #pick-b: {error.msg}")
        return
    if not wait_for(driver, "return document.querySelectorAll('#pick-b-list [role=option]:not([aria-disabled])').length > 0;"):
        check.fail(f"{page}: typing {name!r} offers no report")
        return
    option = driver.find_elements(By.CSS_SELECTOR, "#pick-b-list [role=option]")[0]
    option.click()
    search = wait_for(driver, "var q = new URLSearchParams(location.search); return q.get('b') ? q.get('b') : null;")
    if search not in wanted:
        check.fail(f"{page}: after choosing {option.text!r} the URL's b is {search!r}, not one of {wanted[:5]}")
    elif not wait_for(driver, PAIR_SCRIPT):
        check.fail(f"{page}: choosing {option.text!r} showed no comparison")
    else:
        check.note(f"{page}: ?a={a}&b={b} shows both reports and the change; typing {name!r} put b={search} in the URL")


def format_number(value):
    """A JSON number as the pages print it: integers without a decimal point."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
