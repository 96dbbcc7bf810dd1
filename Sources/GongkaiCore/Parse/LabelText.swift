import Foundation

/// Normalises row and column labels for matching: no blanks or markdown marks, brackets and
/// numbering removed, a few traditional characters mapped to simplified.
enum LabelText {
    /// The label reduced to its words, e.g. `（三）1.属于 国家秘密` → `属于国家秘密`.
    static func key(_ text: some StringProtocol) -> String {
        // The labels the official forms print, nearly every label of every table reading, are
        // looked up by their bytes: their keys were made by `computedKey` itself, so the key
        // is the same (a test compares both on every fixture line and cell).
        if let known = knownKeys.value(of: text) { return known }
        return computedKey(text)
    }

    /// `key` made from the text, without the table of known labels.
    static func computedKey(_ text: some StringProtocol) -> String {
        stripNumbering(compact(text))
    }

    /// The labels, column headings and group headings the official forms (2021 and the trial
    /// format) print, whose keys `key` looks up rather than makes. Any other text is made as
    /// before: what is listed here decides only how fast a key comes, never what it is.
    static let formLabels: [String] = {
        var labels = Table2Row.allCases.map(\.officialLabel) + Table3Row.allCases.map(\.officialLabel)
            + Table3Row.allCases.compactMap(\.group) + Table3Column.allCases.map(\.officialLabel)
            + Table4Group.allCases.map(\.officialLabel) + Table4Column.allCases.map(\.officialLabel)
        labels += ["申请人情况", "法人或其他组织", "三、本年度办理结果", "本年度办理结果", "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
                   "信息内容", "本年制发件数", "本年废止件数", "现行有效件数", "本年处理决定数量", "本年收费金额（单位：万元）",
                   "第二十条第（一）项", "第二十条第（五）项", "第二十条第（六）项", "第二十条第（八）项",
                   "行政诉讼", "未经复议直接起诉", "复议后起诉", "行政诉讼（未经复议直接起诉）", "行政诉讼（复议后起诉）"]
        return labels
    }()

    private static let knownKeys = KnownTexts(formLabels) { computedKey($0) }

    /// A table of texts and a value made from each (their `computedKey`, the row they name),
    /// looked up by the text's UTF-8 bytes (open
    /// addressing on a hash of the length and the first and last bytes, then `memcmp`). Bytes,
    /// not `String ==`: two texts Swift calls equal (U+F967 and 不) can have different keys,
    /// and only the same bytes are the same text here.
    final class KnownTexts<Value: Sendable>: Sendable {
        /// Every listed text's bytes, one after another.
        private let bytes: [UInt8]
        /// For each slot: 0 when empty, else 1 + the entry's index.
        private let slots: [Int32]
        private let entries: [(start: Int, count: Int, key: Value)]

        init(_ texts: [String], value: (String) -> Value) {
            var capacity = 16
            while capacity < texts.count * 4 { capacity <<= 1 }
            var bytes: [UInt8] = [], slots = [Int32](repeating: 0, count: capacity), entries: [(start: Int, count: Int, key: Value)] = []
            for text in texts {
                let own = Array(text.utf8)
                var slot = own.withUnsafeBufferPointer(Self.hash) & (capacity - 1)
                var listed = false
                while slots[slot] != 0 {
                    let entry = entries[Int(slots[slot]) - 1]
                    if bytes[entry.start..<(entry.start + entry.count)].elementsEqual(own) { listed = true; break }
                    slot = (slot + 1) & (capacity - 1)
                }
                if listed { continue }
                entries.append((bytes.count, own.count, value(text)))
                bytes += own
                slots[slot] = Int32(entries.count)
            }
            self.bytes = bytes
            self.slots = slots
            self.entries = entries
        }

        /// The value of a listed text, or nil.
        func value(of text: some StringProtocol) -> Value? {
            text.utf8.withContiguousStorageIfAvailable { text -> Value? in
                let mask = slots.count - 1
                var slot = Self.hash(text) & mask
                return bytes.withUnsafeBufferPointer { listed -> Value? in
                    while slots[slot] != 0 {
                        let entry = entries[Int(slots[slot]) - 1]
                        if entry.count == text.count, let base = listed.baseAddress, let own = text.baseAddress,
                           memcmp(base + entry.start, own, entry.count) == 0 {
                            return entry.key
                        }
                        slot = (slot + 1) & mask
                    }
                    return nil
                }
            } ?? nil
        }

        /// A hash of the length and of up to four bytes at each end: a label is told from the
        /// others by its length and its ends, and `memcmp` decides.
        private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
            var hash = UInt64(bytes.count) &* 0x9E37_79B9_7F4A_7C15
            for index in 0..<min(4, bytes.count) { hash = (hash ^ UInt64(bytes[index])) &* 0x0000_0100_0000_01B3 }
            for index in max(0, bytes.count - 4)..<bytes.count { hash = (hash ^ UInt64(bytes[index])) &* 0x0000_0100_0000_01B3 }
            return Int(truncatingIfNeeded: hash ^ (hash >> 29))
        }
    }

    /// The label without blanks, markdown marks or quotes, traditional characters simplified.
    static func compact(_ text: some StringProtocol) -> String {
        // Most labels are already compact: they are returned as they are, without appending
        // scalar by scalar (every label of every table reading comes here).
        let isCompact = text.allScalars { !$0.isBlank && !isIgnored($0) && simplified($0) == $0 }
        if isCompact { return String(text) }
        return String(scalars: text.unicodeScalars.lazy.filter { !$0.isBlank && !isIgnored($0) }.map(simplified))
    }

    /// The text with traditional characters simplified one for one, nothing removed, so a
    /// scalar offset in the result is the same offset in `text` (to find 关于 in 關於 and cut there).
    static func simplified(_ text: some StringProtocol) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { out.append(simplified(scalar)) }
        return String(out)
    }

    /// One character simplified (鎮 → 镇), others as they are.
    static func simplified(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let offset = Int(scalar.value) - 0x4E00
        guard offset >= 0, offset < simplifiedByOffset.count else { return scalar }
        return simplifiedByOffset[offset] ?? scalar
    }

    /// Every scalar that `simplified` turns into one of `targets`: the targets themselves and
    /// their traditional forms.
    static func forms(simplifyingTo targets: Set<Unicode.Scalar>) -> [Unicode.Scalar] {
        var forms = targets.sorted()
        for (offset, simple) in simplifiedByOffset.enumerated() {
            guard let simple, targets.contains(simple), let scalar = Unicode.Scalar(UInt32(0x4E00 + offset)), !targets.contains(scalar) else { continue }
            forms.append(scalar)
        }
        return forms
    }

    /// The label without a bracketed note at its end: `规章（设区的市…应提供相关数据）` → `规章`.
    /// A label that is all bracket is kept.
    static func withoutNote(_ key: String) -> String {
        guard let last = key.unicodeScalars.last, last == ")" || last == "）",
              let open = key.unicodeScalars.lastIndex(where: { $0 == "(" || $0 == "（" }),
              open > key.unicodeScalars.startIndex else { return key }
        return String(key.unicodeScalars[..<open])
    }

    /// Removes leading numbering such as 一、 （三） (3) 1. 2、 — repeatedly, so （三）1. goes too.
    static func stripNumbering(_ text: String) -> String {
        // Only a bracket, a numeral or a digit can start numbering: any other start cuts nothing.
        guard let first = text.unicodeScalars.first, first == "(" || first == "（" || isNumeral(first) || first.isDigit else { return text }
        var scalars = Substring(text).unicodeScalars[...]
        while true {
            // Only the front is ever cut: an unmoved start is an unchanged text.
            let before = scalars.startIndex
            if let open = scalars.first, open == "(" || open == "（" {
                if let close = scalars.firstIndex(where: { $0 == ")" || $0 == "）" }),
                   scalars.distance(from: scalars.startIndex, to: close) <= 4,
                   scalars[scalars.index(after: scalars.startIndex)..<close].allSatisfy({ isNumeral($0) || $0.isDigit }) {
                    scalars = scalars[scalars.index(after: close)...]
                }
            } else {
                var index = scalars.startIndex
                while index < scalars.endIndex, isNumeral(scalars[index]) || scalars[index].isDigit {
                    index = scalars.index(after: index)
                }
                if index > scalars.startIndex, index < scalars.endIndex, isSeparator(scalars[index]) {
                    scalars = scalars[scalars.index(after: index)...]
                }
            }
            if scalars.startIndex == before { break }
        }
        return String(Substring(scalars))
    }

    /// The Chinese numeral at the start of a heading such as 三、, or nil.
    static func leadingNumeral(_ text: some StringProtocol) -> Int? {
        let scalars = Array(text.unicodeScalars.prefix(3))
        guard scalars.count >= 2, let value = numeralValue(scalars[0]), isSeparator(scalars[1]) else { return nil }
        return value
    }

    static let numeralValues: [Unicode.Scalar: Int] = ["一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10]
    /// `numeralValues[scalar]` without hashing (every label and heading line asks).
    static func numeralValue(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar {
        case "一": 1
        case "二": 2
        case "三": 3
        case "四": 4
        case "五": 5
        case "六": 6
        case "七": 7
        case "八": 8
        case "九": 9
        case "十": 10
        default: nil
        }
    }
    /// Whether a scalar is one of the numerals of `numeralValues`.
    private static func isNumeral(_ scalar: Unicode.Scalar) -> Bool { numeralValue(scalar) != nil }
    /// The marks after numbering: 、 . ． ， , and a space.
    private static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "、", ".", "．", "，", ",", " ": true
        default: false
        }
    }
    /// Marks a label drops: * # | quotes 「」 and colons.
    private static func isIgnored(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "*", "#", "|", "“", "”", "\"", "‘", "’", "'", "「", "」", "：", ":": true
        default: false
        }
    }
    /// `simplifiedTable` as an array from U+4E00 to its last key: every character of every label
    /// is looked up, and an index costs less than a hash.
    private static let simplifiedByOffset: [Unicode.Scalar?] = {
        let last = simplifiedTable.keys.map { Int($0.value) }.max() ?? 0x4E00
        var table = [Unicode.Scalar?](repeating: nil, count: max(0, last - 0x4E00 + 1))
        for (traditional, simple) in simplifiedTable where traditional.value >= 0x4E00 { table[Int(traditional.value) - 0x4E00] = simple }
        return table
    }()
    private static let simplifiedTable: [Unicode.Scalar: Unicode.Scalar] = [
        "開": "开", "資": "资", "訊": "讯", "請": "请", "數": "数", "處": "处", "結": "结", "轉": "转",
        "總": "总", "計": "计", "與": "与", "個": "个", "機": "机", "關": "关", "構": "构", "務": "务",
        "復": "复", "議": "议", "訴": "诉", "訟": "讼", "維": "维", "糾": "纠", "審": "审", "規": "规",
        "範": "范", "許": "许", "罰": "罚", "強": "强", "費": "费", "購": "购", "項": "项", "據": "据",
        "國": "国", "護": "护", "權": "权", "類": "类", "屬": "属", "製": "制", "廢": "废", "現": "现",
        "歲": "岁", "歸": "归", "單": "单", "無": "无", "補": "补", "確": "确", "認": "认", "獲": "获",
        "營": "营", "業": "业", "會": "会", "體": "体", "於": "于", "級": "级", "縣": "县",
        "區": "区", "鎮": "镇", "鄉": "乡", "報": "报", "發": "发", "門": "门", "義": "义",
        "內": "内", "過": "过", "執": "执", "詢": "询", "訪": "访", "舉": "举", "複": "复", "覆": "复", "組": "组",
        "織": "织", "後": "后", "動": "动", "況": "况", "問": "问", "題": "题", "繳": "缴", "納": "纳", "產": "产",
        "險": "险", "衛": "卫", "詳": "详", "條": "条", "讓": "让", "應": "应", "實": "实",
        // Words of labels, headings and names that traditional-script copies of reports carry.
        "對": "对", "檔": "档", "當": "当", "經": "经", "濟": "济", "環": "环", "態": "态", "設": "设",
        "監": "监", "員": "员", "調": "调", "劃": "划", "徵": "征", "獎": "奖", "給": "给", "檢": "检",
        "稅": "税", "統": "统", "號": "号", "萬": "万", "額": "额", "價": "价", "戶": "户", "網": "网",
        "頁": "页", "諮": "咨", "職": "职", "責": "责", "導": "导", "領": "领", "辦": "办", "證": "证",
        "決": "决", "簽": "签", "採": "采", "稱": "称", "從": "从", "來": "来", "時": "时", "間": "间",
        "紀": "纪", "錄": "录", "勞": "劳", "為": "为", "這": "这", "們": "们", "說": "说", "見": "见",
        "將": "将", "兩": "两", "傳": "传", "眾": "众", "衆": "众", "團": "团", "醫": "医", "療": "疗",
        "學": "学", "藥": "药", "節": "节", "點": "点", "擬": "拟", "廳": "厅", "廣": "广", "東": "东",
        "華": "华", "龍": "龙", "陽": "阳", "興": "兴", "雲": "云", "貴": "贵", "寧": "宁", "長": "长",
        "馬": "马", "鳳": "凤", "黃": "黄", "禮": "礼", "祿": "禄", "壽": "寿", "灣": "湾", "嶺": "岭",
        "橋": "桥", "莊": "庄", "園": "园", "場": "场", "樓": "楼", "壩": "坝", "溝": "沟", "車": "车",
        "鐵": "铁", "電": "电", "氣": "气", "圖": "图", "館": "馆", "聯": "联", "繫": "系", "係": "系",
        "郵": "邮", "編": "编", "碼": "码", "變": "变", "參": "参", "異": "异", "標": "标", "評": "评",
        "測": "测", "觀": "观", "視": "视", "閱": "阅", "穩": "稳", "災": "灾", "農": "农", "漁": "渔",
        "黨": "党", "辭": "辞", "願": "愿",
        // The verbs that end an organ named at the start of a sentence (`MetadataReader.strongMarkers`:
        // “2022年,撫遠市自然資源局不斷強化…”), in their traditional forms.
        "嚴": "严", "圍": "围", "繞": "绕", "堅": "坚", "徹": "彻", "貫": "贯", "斷": "断", "極": "极",
        "積": "积", "紮": "扎", "終": "终", "緊": "紧", "續": "续", "習": "习", "進": "进", "鑒": "鉴",
    ]
}
