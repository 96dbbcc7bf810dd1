#!/usr/bin/env bash
# Makes the PDF fixtures from the seeds; its outputs are committed, so tests and CI need only
# poppler-utils. Needs LibreOffice (libreoffice-writer-nogui), python3-docx, qpdf, poppler-utils
# and fonts-noto-cjk (Debian). Run from the repository root: bash Tests/PDFFixtures/make-fixtures.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
seeds="$root/Tests/GongkaiCoreTests/Fixtures/seeds"
cases="$root/Tests/GongkaiCoreTests/Fixtures/cases/pdf"
refused="$root/Tests/GongkaiCoreTests/Fixtures/pdf-refused"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
make_docx() { /usr/bin/python3 "$here/make_report_docx.py" "$@"; }

# 承留镇 2022 (seed 003): its narrative, its numbers, tables with merged header cells, 第N页 footers.
make_docx "$seeds"/003_*.txt "$here/chengliu-2022.json" "$work/chengliu-2022.docx" "$cases/chengliu-2022.txt"
# 刘振屯镇 2023 (seed 001) lengthened so table 3 breaks across pages, header repeated or not.
make_docx "$seeds"/001_*.txt "$here/liuzhentun-2023.json" "$work/liuzhentun-2023-repeated-header.docx" "$cases/liuzhentun-2023.txt" --repeat-header --padding 10
make_docx "$seeds"/001_*.txt "$here/liuzhentun-2023.json" "$work/liuzhentun-2023-no-repeated-header.docx" "$work/unused.txt" --padding 10
(cd "$work" && soffice --headless --convert-to pdf --outdir "$cases" ./*.docx >/dev/null)

# A scanned report: the pages as images only, no text layer.
pdftoppm -r 60 -gray -png "$cases/chengliu-2022.pdf" "$work/page"
/usr/bin/python3 - "$work" <<'PY'
import glob, sys
from docx import Document
from docx.shared import Cm
document = Document()
for image in sorted(glob.glob(sys.argv[1] + "/page-*.png")):
    document.add_picture(image, width=Cm(15))
document.save(sys.argv[1] + "/scanned.docx")
PY
(cd "$work" && soffice --headless --convert-to pdf --outdir "$refused" scanned.docx >/dev/null)
# An encrypted report (a password is needed to open it).
qpdf --encrypt secret owner 256 -- "$cases/chengliu-2022.pdf" "$refused/encrypted.pdf"
