#!/usr/bin/env python3
"""Makes the structured-input fixtures from seed 003 (承留镇 2022), whose outputs are committed:

  seed003.html  the report as a government site publishes it: GB2312 charset (GBK bytes), site
                chrome (navigation, breadcrumbs, a sidebar of other reports, footer), Word-export
                markup (MsoNormal, mso- styles, <o:p>, markup lines wrapped inside sentences),
                tables of the official forms with rowspan/colspan, &nbsp; padding cells
  seed003.docx  the report as the township's Word file: heading styles, text split across runs,
                tables with merged header cells (gridSpan, vMerge)
  seed003.doc   the same saved as legacy binary Word by LibreOffice (Debian libreoffice-writer-nogui)

Every paragraph and number comes from the seed text, so text, HTML and DOCX must read to the same
model (StructuredFormsTests). Needs python-docx (pip install python-docx). Run from this folder:
  python3 make_forms.py ../seeds/003_aa5fa00d655c084b.txt
"""
import html
import re
import subprocess
import sys

from docx import Document
from docx.shared import Pt

seed = open(sys.argv[1], encoding="utf-8").read().split("\n")


def section_of(line):
    text = line.lstrip("#").strip()
    for number, head in enumerate(["一、", "二、", "三、", "四、", "五、", "六、"], 1):
        if text.startswith(head):
            return number
    return None


# The seed as blocks: ("p", text, level) and ("t2" | "t3" | "t4", rows).
blocks, section, table_lines = [], 0, []
for line in seed:
    if "\t" in line:
        table_lines.append(line)
        continue
    if table_lines:
        blocks.append(("t%d" % section, table_lines))
        table_lines = []
    if not line.strip():
        continue
    level = len(line) - len(line.lstrip("#"))
    number = section_of(line)
    if number:
        section = number
    blocks.append(("p", line.lstrip("#").strip(), level))
if table_lines:
    blocks.append(("t%d" % section, table_lines))


def numbers(line):
    return [cell.strip() for cell in line.split("\t") if re.fullmatch(r"\d+", cell.strip())]


def table2(lines):
    """The seed's table 2 rows, the last cell of a short row spanning to the form's four columns."""
    rows = []
    for line in lines:
        cells = line.rstrip("\t").split("\t")
        if len(cells) == 1:
            rows.append([(cells[0], 1, 4)])
        else:
            rows.append([(text, 1, 1) for text in cells[:-1]] + [(cells[-1], 1, 4 - len(cells) + 1)])
    return rows


T3_LABELS = [
    ["（一）予以公开"], ["（二）部分公开（区分处理的，只计这一情形，不计其他情形）"],
    ["（三）不予公开", "1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益",
     "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项"],
    ["（四）无法提供", "1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确"],
    ["（五）不予处理", "1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请",
     "5.要求行政机关确认或重新出具已获取信息"],
    ["（六）其他处理", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
     "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他"],
    ["（七）总计"],
]


def table3(lines):
    """The official 2021 form of table 3 with its merged cells, the numbers from the seed."""
    values = [numbers(line) for line in lines if len(numbers(line)) == 7]
    assert len(values) == 25, len(values)
    v = iter(values)
    cells = lambda: [(n, 1, 1) for n in next(v)]
    rows = [
        [("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 3, 3), ("申请人情况", 1, 7)],
        [("自然人", 2, 1), ("法人或其他组织", 1, 5), ("总计", 2, 1)],
        [(t, 1, 1) for t in ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]],
        [("一、本年新收政府信息公开申请数量", 1, 3)] + cells(),
        [("二、上年结转政府信息公开申请数量", 1, 3)] + cells(),
    ]
    first = True
    for group in T3_LABELS:
        lead = [("三、本年度办理结果", 22, 1)] if first else []
        first = False
        if len(group) == 1:
            rows.append(lead + [(group[0], 1, 2)] + cells())
        else:
            for index, label in enumerate(group[1:]):
                head = [(group[0], len(group) - 1, 1)] if index == 0 else []
                rows.append((lead if index == 0 else []) + head + [(label, 1, 1)] + cells())
    rows.append([("四、结转下年度继续办理", 1, 3)] + cells())
    return rows


def table4(lines):
    values = [numbers(line) for line in lines if len(numbers(line)) == 15]
    assert len(values) == 1
    results = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
    return [
        [("行政复议", 1, 5), ("行政诉讼", 1, 10)],
        [(t, 2, 1) for t in results] + [("未经复议直接起诉", 1, 5), ("复议后起诉", 1, 5)],
        [(t, 1, 1) for t in results + results],
        [(n, 1, 1) for n in values[0]],
    ]


FORMS = {"t2": table2, "t3": table3, "t4": table4}


def grid_positions(rows):
    """(row, column, text, rowspan, colspan) of each cell, placed as a browser places them."""
    taken, out = set(), []
    for r, row in enumerate(rows):
        c = 0
        for text, rowspan, colspan in row:
            while (r, c) in taken:
                c += 1
            out.append((r, c, text, rowspan, colspan))
            for dr in range(rowspan):
                for dc in range(colspan):
                    taken.add((r + dr, c + dc))
            c += colspan
    return out


# ---- HTML ----
def wrap(text, width=37):
    """Word export wraps markup lines at about 76 bytes, inside sentences: between two Chinese
    characters (a browser joins those with nothing), never inside a run of Latin letters or digits."""
    wide = lambda ch: ord(ch) >= 0x2E80
    out, line = [], ""
    for index, ch in enumerate(text):
        line += ch
        following = text[index + 1] if index + 1 < len(text) else ""
        if len(line) >= width and following and wide(ch) and wide(following):
            out.append(line)
            line = ""
    return "\r\n".join(out + [line])


def html_paragraph(text, level):
    inner = html.escape(text)
    if level:
        return ("<p class=MsoNormal style='mso-outline-level:%d'><b><span style='font-family:黑体;mso-ascii-font-family:"
                "\"Times New Roman\"'>%s<o:p></o:p></span></b></p>" % (level, inner))
    return ("<p class=MsoNormal style='text-indent:32.0pt;mso-char-indent-count:2.0'><span style='font-family:仿宋_GB2312;"
            "mso-hansi-font-family:\"Times New Roman\"'>%s<o:p></o:p></span></p>" % wrap(inner))


def html_table(rows):
    out = ["<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;mso-yfti-tbllook:1184'>"]
    for row in rows:
        out.append(" <tr style='mso-yfti-irow:0'>")
        for text, rowspan, colspan in row:
            attributes = (" rowspan=%d" % rowspan if rowspan > 1 else "") + (" colspan=%d" % colspan if colspan > 1 else "")
            body = html.escape(text) if text.strip() else "&nbsp;"
            # Header words broken with <br> as the form prints them.
            body = body.replace("本年新收政府信息公开申请数量", "本年新收政府信息<br>公开申请数量")
            out.append("  <td%s valign=top style='border:solid windowtext 1.0pt;mso-border-alt:solid windowtext .5pt'>"
                       "<p class=MsoNormal align=center><span lang=EN-US>%s<o:p></o:p></span></p></td>" % (attributes, body))
        out.append(" </tr>")
    out.append("</table>")
    return "\n".join(out)


article = []
for block in blocks:
    if block[0] == "p":
        article.append(html_paragraph(block[1], block[2]))
    else:
        article.append(html_table(FORMS[block[0]](block[1])))

page = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns:o="urn:schemas-microsoft-com:office:office">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>承留镇人民政府2022年政府信息公开工作年度报告_济源示范区人民政府</title>
<script type="text/javascript">var _hmt = _hmt || []; document.write("<div>统计</div>");</script>
<style>.nav li{float:left} p.MsoNormal{margin:0cm}</style>
</head>
<body>
<div class="top"><a href="/">济源产城融合示范区</a> | <a href="/wza">无障碍</a> | <a href="/ch">关怀版</a></div>
<div class="nav"><ul><li>首页</li><li>政务公开</li><li>主动公开</li><li>依申请公开</li><li>政府信息公开年报</li><li>互动交流</li></ul></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk">政府信息公开</a> &gt; 年度报告</div>
<div class="main">
<div class="left">
<h3>相关报告</h3>
<ul>
<li><a href="/a/2021.html">承留镇人民政府2021年政府信息公开工作年度报告</a></li>
<li><a href="/a/2020.html">承留镇人民政府2020年政府信息公开工作年度报告</a></li>
</ul>
</div>
<div class="right">
<div class="info">发布时间：2023-01-18 09:30 &nbsp; 来源：承留镇 &nbsp; 【字体：大 中 小】</div>
<div class="article" id="zoom">
<div class=WordSection1 style='layout-grid:15.6pt'>
%s
</div>
</div>
<div class="share">分享到：<a>微信</a> <a>微博</a> 【打印本页】【关闭窗口】</div>
</div>
</div>
<div class="footer">主办单位：济源产城融合示范区管理委员会办公室 &nbsp; 网站标识码：4190010001 &nbsp; 豫ICP备05007453号</div>
</body>
</html>
""" % "\n".join(article)
open("seed003.html", "wb").write(page.replace("\n", "\r\n").encode("gbk"))

# ---- DOCX ----
document = Document()
for block in blocks:
    if block[0] == "p":
        text, level = block[1], block[2]
        paragraph = document.add_paragraph(style="Heading %d" % min(level, 3) if level else None)
        # Text split across runs, as Word splits it at every edit and font change.
        third = max(1, len(text) // 3)
        for index, piece in enumerate([text[:third], text[third:2 * third], text[2 * third:]]):
            if piece:
                run = paragraph.add_run(piece)
                run.font.size = Pt(16 if index == 1 else 15.5)
        continue
    rows = FORMS[block[0]](block[1])
    positions = grid_positions(rows)
    width = max(c + colspan for _, c, _, _, colspan in positions)
    height = len(rows)
    table = document.add_table(rows=height, cols=width)
    table.style = "Table Grid"
    for r, c, text, rowspan, colspan in positions:
        cell = table.cell(r, c)
        if rowspan > 1 or colspan > 1:
            cell = cell.merge(table.cell(r + rowspan - 1, c + colspan - 1))
        cell.text = text
document.core_properties.author = "承留镇党政办"
document.save("seed003.docx")
subprocess.run(["soffice", "--headless", "--convert-to", "doc", "seed003.docx", "--outdir", "."], check=True)
