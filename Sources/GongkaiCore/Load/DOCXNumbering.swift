/// Word's list numbering (`numbering.xml`, and numbering a paragraph style carries in
/// `styles.xml`): the label Word shows before a numbered paragraph, such as 一、 （二） 3.
/// Reports number their section headings this way as often as by typing the numbers, and the
/// section finder needs the label to know a heading.
struct DOCXNumbering {
    /// One level of a list: its number format, its label pattern (`%1、`, `（%2）`), its start.
    struct Level {
        var format: String
        var text: String
        var start: Int
    }

    /// The levels of each list instance (`w:num`), by `numId` then `ilvl`.
    private var levels: [String: [Int: Level]] = [:]
    /// The numbering a paragraph style gives, and the style it is based on.
    private var styles: [String: (numId: String?, level: Int?, basedOn: String?)] = [:]
    /// The current count of each level of each list instance.
    private var counters: [String: [Int: Int]] = [:]

    init(numbering: MarkupElement?, styles: MarkupElement?) {
        var abstract: [String: [Int: Level]] = [:]
        for definition in numbering?.children("abstractNum") ?? [] {
            guard let id = definition.attributes["abstractNumId"] else { continue }
            var levels: [Int: Level] = [:]
            for level in definition.children("lvl") {
                guard let index = level.attributes["ilvl"].flatMap({ Int($0) }) else { continue }
                levels[index] = Level(format: level.child("numFmt")?.attributes["val"] ?? "decimal",
                                      text: level.child("lvlText")?.attributes["val"] ?? "",
                                      start: level.child("start")?.attributes["val"].flatMap { Int($0) } ?? 1)
            }
            abstract[id] = levels
        }
        for instance in numbering?.children("num") ?? [] {
            guard let id = instance.attributes["numId"], let base = instance.child("abstractNumId")?.attributes["val"],
                  var levels = abstract[base] else { continue }
            for override in instance.children("lvlOverride") {
                guard let index = override.attributes["ilvl"].flatMap({ Int($0) }),
                      let start = override.child("startOverride")?.attributes["val"].flatMap({ Int($0) }) else { continue }
                levels[index]?.start = start
            }
            self.levels[id] = levels
        }
        for style in styles?.children("style") ?? [] {
            guard let id = style.attributes["styleId"] else { continue }
            let numberProperties = style.child("pPr")?.child("numPr")
            self.styles[id] = (numberProperties?.child("numId")?.attributes["val"],
                               numberProperties?.child("ilvl")?.attributes["val"].flatMap { Int($0) },
                               style.child("basedOn")?.attributes["val"])
        }
    }

    /// The label of a paragraph, counting it; "" when it is not numbered or is a bullet.
    mutating func label(for paragraph: MarkupElement) -> String {
        let properties = paragraph.child("pPr")
        var numId = properties?.child("numPr")?.child("numId")?.attributes["val"]
        var level = properties?.child("numPr")?.child("ilvl")?.attributes["val"].flatMap { Int($0) }
        var style = properties?.child("pStyle")?.attributes["val"]
        var hops = 0
        while numId == nil, let current = style, let definition = styles[current], hops < 10 {
            numId = definition.numId
            level = level ?? definition.level
            style = definition.basedOn
            hops += 1
        }
        let index = level ?? 0
        guard let numId, let levels = levels[numId], let definition = levels[index] else { return "" }
        var counts = counters[numId] ?? [:]
        counts[index] = (counts[index] ?? definition.start - 1) + 1
        for deeper in counts.keys where deeper > index { counts[deeper] = nil }
        counters[numId] = counts
        guard definition.format != "bullet", definition.format != "none" else { return "" }
        var label = definition.text
        for placeholder in 1...9 where label.contains("%\(placeholder)") {
            let levelIndex = placeholder - 1
            let value = counts[levelIndex] ?? levels[levelIndex]?.start ?? 1
            label = label.replacingOccurrences(of: "%\(placeholder)", with: Self.format(value, levels[levelIndex]?.format ?? "decimal"))
        }
        return label
    }

    /// A count written in a Word number format.
    static func format(_ value: Int, _ format: String) -> String {
        switch format {
        case "chineseCounting", "chineseCountingThousand", "japaneseCounting", "taiwaneseCounting", "ideographDigital":
            return chinese(value)
        case "lowerLetter", "upperLetter":
            guard value >= 1 else { return String(value) }
            let letter = Character(Unicode.Scalar(UInt8(96 + (value - 1) % 26 + 1)))
            let text = String(repeating: letter, count: (value - 1) / 26 + 1)
            return format == "upperLetter" ? text.uppercased() : text
        case "lowerRoman", "upperRoman":
            let text = roman(value)
            return format == "upperRoman" ? text.uppercased() : text
        case "decimalEnclosedCircle", "decimalEnclosedCircleChinese":
            guard (1...20).contains(value), let circled = Unicode.Scalar(0x2460 + UInt32(value - 1)) else { return String(value) }
            return String(Character(circled))
        case "decimalZero":
            return value < 10 ? "0\(value)" : String(value)
        default:
            return String(value)
        }
    }

    /// 1…99 in Chinese numerals (一, 十, 十一, 二十三); larger counts as digits.
    static func chinese(_ value: Int) -> String {
        let digits = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
        switch value {
        case 0...9: return digits[value]
        case 10...19: return "十" + (value == 10 ? "" : digits[value - 10])
        case 20...99: return digits[value / 10] + "十" + (value % 10 == 0 ? "" : digits[value % 10])
        default: return String(value)
        }
    }

    private static func roman(_ value: Int) -> String {
        guard (1...3999).contains(value) else { return String(value) }
        let table: [(Int, String)] = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
                                      (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
        var rest = value
        var out = ""
        for (amount, letters) in table {
            while rest >= amount {
                out += letters
                rest -= amount
            }
        }
        return out
    }
}
