"""Writes a report as a Word file laid out the way townships print theirs, and the same report as
text, so a test can check that the PDF LibreOffice prints from the Word file reads into the same
model as the text.

    make_report_docx.py SEED VALUES.json OUT.docx OUT.txt [--repeat-header] [--padding N]

SEED: a seed report (text); its narrative lines (lines without tabs) are kept, its tables are
replaced by the official 2021 tables (国办公开办函〔2021〕30号) with merged header cells, filled
with the values in VALUES.json. --repeat-header marks table 3's header rows to repeat on each
page; --padding N adds N paragraphs of narrative to section 1 so table 3 breaks across pages.
Needs Debian python3-docx (run with /usr/bin/python3).
"""
import json
import sys

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

TABLE3_COLUMNS = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]
# (group label or None, item label, values key); a group label spans its items vertically.
TABLE3_ROWS = [
    ("一、本年新收政府信息公开申请数量", None, "newReceived"),
    ("二、上年结转政府信息公开申请数量", None, "carriedOver"),
    ("三、本年度办理结果", "（一）予以公开", "granted"),
    ("三、本年度办理结果", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "partiallyGranted"),
    ("三、本年度办理结果", "（三）不予公开|1.属于国家秘密", "deniedStateSecret"),
    ("三、本年度办理结果", "（三）不予公开|2.其他法律行政法规禁止公开", "deniedOtherLaws"),
    ("三、本年度办理结果", "（三）不予公开|3.危及“三安全一稳定”", "deniedThreeSafeties"),
    ("三、本年度办理结果", "（三）不予公开|4.保护第三方合法权益", "deniedThirdParty"),
    ("三、本年度办理结果", "（三）不予公开|5.属于三类内部事务信息", "deniedInternalAffairs"),
    ("三、本年度办理结果", "（三）不予公开|6.属于四类过程性信息", "deniedProcessInfo"),
    ("三、本年度办理结果", "（三）不予公开|7.属于行政执法案卷", "deniedEnforcementFile"),
    ("三、本年度办理结果", "（三）不予公开|8.属于行政查询事项", "deniedAdminQuery"),
    ("三、本年度办理结果", "（四）无法提供|1.本机关不掌握相关政府信息", "unavailableNotHeld"),
    ("三、本年度办理结果", "（四）无法提供|2.没有现成信息需要另行制作", "unavailableNeedsCreation"),
    ("三、本年度办理结果", "（四）无法提供|3.补正后申请内容仍不明确", "unavailableUnclear"),
    ("三、本年度办理结果", "（五）不予处理|1.信访举报投诉类申请", "notProcessedComplaint"),
    ("三、本年度办理结果", "（五）不予处理|2.重复申请", "notProcessedRepeated"),
    ("三、本年度办理结果", "（五）不予处理|3.要求提供公开出版物", "notProcessedPublication"),
    ("三、本年度办理结果", "（五）不予处理|4.无正当理由大量反复申请", "notProcessedMassRepeated"),
    ("三、本年度办理结果", "（五）不予处理|5.要求行政机关确认或重新出具已获取信息", "notProcessedConfirm"),
    ("三、本年度办理结果", "（六）其他处理|1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "otherNoCorrection"),
    ("三、本年度办理结果", "（六）其他处理|2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "otherUnpaidFee"),
    ("三、本年度办理结果", "（六）其他处理|3.其他", "otherOther"),
    ("三、本年度办理结果", "（七）总计", "resultsTotal"),
    ("四、结转下年度继续办理", None, "carriedForward"),
]
TABLE4_RESULTS = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]


def text(value):
    return "" if value is None else str(value)


def east_asian(run, font="Noto Serif CJK SC"):
    run.font.name = font
    fonts = run._element.get_or_add_rPr().get_or_add_rFonts()
    fonts.set(qn("w:eastAsia"), font)


def set_cell(cell, value, size=9, center=True):
    cell.text = ""
    paragraph = cell.paragraphs[0]
    if center:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = paragraph.add_run(value)
    run.font.size = Pt(size)
    east_asian(run)


def repeat_as_header(row):
    properties = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    properties.append(header)


def no_row_split(row):
    properties = row._tr.get_or_add_trPr()
    cant = OxmlElement("w:cantSplit")
    properties.append(cant)


def widths(table, centimetres):
    """Column widths as Word stores them (on every cell), so labels wrap as in real reports."""
    table.autofit = False
    for column, width in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), centimetres):
        column.set(qn("w:w"), str(int(width * 567)))
    for row in table.rows:
        for index, width in enumerate(centimetres):
            row.cells[index].width = Cm(width)


def merge(table, top, left, bottom, right, value):
    cell = table.cell(top, left).merge(table.cell(bottom, right))
    set_cell(cell, value)


def table2(document, values, lines):
    """The 主动公开 table: four groups, each with its own header row."""
    table = document.add_table(rows=0, cols=4)
    table.style = "Table Grid"
    widths(table, [5.0, 3.5, 3.5, 3.5])

    def add(cells):
        row = table.add_row()
        for index, value in enumerate(cells):
            set_cell(row.cells[index], value)
            row.cells[index].width = Cm([5.0, 3.5, 3.5, 3.5][index])
        return len(table.rows) - 1

    groups = [
        ("第二十条第（一）项", ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
         [("规章", "regulations"), ("行政规范性文件", "normativeDocuments")]),
        ("第二十条第（五）项", ["信息内容", "本年处理决定数量"], [("行政许可", "licensing")]),
        ("第二十条第（六）项", ["信息内容", "本年处理决定数量"], [("行政处罚", "punishment"), ("行政强制", "enforcement")]),
        ("第二十条第（八）项", ["信息内容", "本年收费金额（单位：万元）"], [("行政事业性收费", "fees")]),
    ]
    for title, header, rows in groups:
        index = add(["", "", "", ""])
        merge(table, index, 0, index, 3, title)
        lines.append(title + "\t\t\t")
        index = add(header + [""] * (4 - len(header)))
        if len(header) == 2:
            merge(table, index, 1, index, 3, header[1])
        lines.append("\t".join(header + [""] * (4 - len(header))))
        for label, key in rows:
            cells = [label] + [text(v) for v in values["table2"][key]]
            index = add(cells + [""] * (4 - len(cells)))
            if len(cells) == 2:
                merge(table, index, 1, index, 3, cells[1])
            lines.append("\t".join(cells + [""] * (4 - len(cells))))


def table3(document, values, lines, repeat_header):
    """The 依申请公开 table: three label columns, seven value columns, a two-level header."""
    table = document.add_table(rows=3 + len(TABLE3_ROWS), cols=10)
    table.style = "Table Grid"
    widths(table, [1.6, 2.0, 4.2] + [1.25] * 7)
    merge(table, 0, 0, 2, 2, "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）")
    merge(table, 0, 3, 0, 9, "申请人情况")
    merge(table, 1, 3, 2, 3, "自然人")
    merge(table, 1, 4, 1, 8, "法人或其他组织")
    merge(table, 1, 9, 2, 9, "总计")
    for offset, name in enumerate(TABLE3_COLUMNS[1:6]):
        set_cell(table.cell(2, 4 + offset), name)
    if repeat_header:
        for row in table.rows[:3]:
            repeat_as_header(row)
    lines.append("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t\t\t申请人情况\t\t\t\t\t\t")
    lines.append("\t\t\t自然人\t法人或其他组织\t\t\t\t\t总计")
    lines.append("\t\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t")

    group_start = {}
    sub_start = {}
    for offset, (group, item, key) in enumerate(TABLE3_ROWS):
        index = 3 + offset
        no_row_split(table.rows[index])
        for column, value in enumerate(values["table3"][key]):
            set_cell(table.cell(index, 3 + column), text(value))
        printed = [text(v) for v in values["table3"][key]]
        if item is None:
            merge(table, index, 0, index, 2, group)
            lines.append(group + "\t\t\t" + "\t".join(printed))
            continue
        group_start.setdefault(group, index)
        if "|" in item:
            sub, leaf = item.split("|")
            sub_start.setdefault(sub, index)
            set_cell(table.cell(index, 2), leaf, center=False)
            first_of_sub = sub_start[sub] == index
            lines.append(("\t" + sub if first_of_sub else "\t") + "\t" + leaf + "\t" + "\t".join(printed))
        else:
            merge(table, index, 1, index, 2, item)
            lines.append("\t" + item + "\t\t" + "\t".join(printed))
        if group_start[group] == index:
            lines[-1] = group + lines[-1]
    # Vertical merges for the group column and each sub-group.
    rows_of = lambda predicate: [3 + i for i, row in enumerate(TABLE3_ROWS) if predicate(row)]
    group_rows = rows_of(lambda row: row[0] == "三、本年度办理结果")
    merge(table, group_rows[0], 0, group_rows[-1], 0, "三、本年度办理结果")
    for sub in sub_start:
        rows = rows_of(lambda row, sub=sub: row[1] is not None and row[1].startswith(sub + "|"))
        merge(table, rows[0], 1, rows[-1], 1, sub)


def table4(document, values, lines):
    """The 行政复议、行政诉讼 table: 15 value columns under a three-level header."""
    table = document.add_table(rows=4, cols=15)
    table.style = "Table Grid"
    widths(table, [1.07] * 15)
    merge(table, 0, 0, 1, 4, "行政复议")
    merge(table, 0, 5, 0, 14, "行政诉讼")
    merge(table, 1, 5, 1, 9, "未经复议直接起诉")
    merge(table, 1, 10, 1, 14, "复议后起诉")
    for column, name in enumerate(TABLE4_RESULTS):
        set_cell(table.cell(2, column), name)
        set_cell(table.cell(2, 5 + column), name)
        set_cell(table.cell(2, 10 + column), name)
    printed = [text(v) for v in values["table4"]]
    for column, value in enumerate(printed):
        set_cell(table.cell(3, column), value)
    lines.append("行政复议\t\t\t\t\t行政诉讼\t\t\t\t\t\t\t\t\t")
    lines.append("\t\t\t\t\t未经复议直接起诉\t\t\t\t\t复议后起诉\t\t\t\t")
    lines.append("\t".join(TABLE4_RESULTS * 3))
    lines.append("\t".join(printed))


def page_number_field(paragraph, before, after):
    run = paragraph.add_run(before)
    east_asian(run)
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    inner = OxmlElement("w:r")
    number = OxmlElement("w:t")
    number.text = "1"
    inner.append(number)
    field.append(inner)
    paragraph._p.append(field)
    run = paragraph.add_run(after)
    east_asian(run)


def main():
    seed, values_path, docx_path, text_path = sys.argv[1:5]
    repeat_header = "--repeat-header" in sys.argv
    padding = int(sys.argv[sys.argv.index("--padding") + 1]) if "--padding" in sys.argv else 0
    values = json.load(open(values_path, encoding="utf-8"))
    seed_lines = open(seed, encoding="utf-8").read().splitlines()

    document = Document()
    section = document.sections[0]
    header = section.header.paragraphs[0]
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    east_asian(header.add_run(values["runningHead"]))
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    before, after = values["pageNumber"].split("N")
    page_number_field(footer, before, after)

    lines = []
    title_done = False
    current_section = 0
    inserted = set()
    for raw in seed_lines:
        if "\t" in raw:
            continue
        line = raw.strip().lstrip("#").strip()
        if not line or line == "|":
            continue
        paragraph = document.add_paragraph()
        if not title_done:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run = paragraph.add_run(line)
            run.font.size = Pt(16)
            run.bold = True
            east_asian(run, "Noto Sans CJK SC")
            title_done = True
        else:
            # Paragraphs start two characters in, as 公文 do; the reader tells paragraphs apart by it.
            paragraph.paragraph_format.first_line_indent = Pt(22)
            run = paragraph.add_run(line)
            run.font.size = Pt(11)
            east_asian(run)
        lines.append(line)
        lines.append("")
        for number, heading in [(1, "总体情况"), (2, "主动公开"), (3, "收到和处理"), (4, "行政复议")]:
            if heading in line and len(line) < 40 and line[:2] in ("一、", "二、", "三、", "四、"):
                current_section = number
                if number == 1:
                    for index in range(padding):
                        filler = values["padding"].replace("N", str(index + 1))
                        padded = document.add_paragraph()
                        padded.paragraph_format.first_line_indent = Pt(22)
                        run = padded.add_run(filler)
                        run.font.size = Pt(11)
                        east_asian(run)
                        lines.append(filler)
                        lines.append("")
                elif number not in inserted:
                    inserted.add(number)
                    {2: lambda: table2(document, values, lines),
                     3: lambda: table3(document, values, lines, repeat_header),
                     4: lambda: table4(document, values, lines)}[number]()
                    document.add_paragraph()
                    lines.append("")
    document.save(docx_path)
    with open(text_path, "w", encoding="utf-8") as out:
        out.write("\n".join(lines) + "\n")


main()
