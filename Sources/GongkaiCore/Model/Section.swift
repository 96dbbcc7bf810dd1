/// One of the six top-level sections of a report, as found in the file.
public struct Section: Sendable, Hashable {
    /// The section number, 1–6, decided by the heading's words rather than its numeral.
    public var number: Int
    /// The heading as printed, without markdown marks.
    public var heading: String
    /// The 1-based line of the heading.
    public var line: Int
    /// The section's text other than its tables.
    public var narrative: Narrative

    /// Creates a section.
    public init(number: Int, heading: String, line: Int, narrative: Narrative) {
        self.number = number
        self.heading = heading
        self.line = line
        self.narrative = narrative
    }

    /// The official heading of section `number`.
    public static func officialHeading(_ number: Int) -> String {
        switch number {
        case 1: "一、总体情况"
        case 2: "二、主动公开政府信息情况"
        case 3: "三、收到和处理政府信息公开申请情况"
        case 4: "四、政府信息公开行政复议、行政诉讼情况"
        case 5: "五、存在的主要问题及改进情况"
        default: "六、其他需要报告的事项"
        }
    }
}

/// Running text of a report kept as markdown, for rendering with cmark-gfm.
public struct Narrative: Sendable, Hashable {
    /// The text as markdown: one paragraph per source paragraph, sub-headings as `###`.
    public var markdown: String
    /// The sub-headings recognised in the text, in order.
    public var subheadings: [Subheading]
    /// The 1-based source lines the text came from, in order.
    public var lines: [Int]
    /// The first source line of each markdown block (blocks are separated by a blank line).
    public var blockLines: [Int]

    /// Creates a narrative.
    public init(markdown: String, subheadings: [Subheading], lines: [Int], blockLines: [Int]) {
        self.markdown = markdown
        self.subheadings = subheadings
        self.lines = lines
        self.blockLines = blockLines
    }
}

/// A sub-heading inside a section's text: （一）…, 一是…, or a bold lead-in.
public struct Subheading: Sendable, Hashable {
    /// How the sub-heading is marked in the text.
    public enum Style: String, Sendable, Hashable {
        /// A line of its own starting with （一）, (1) or 1、.
        case numbered
        /// A paragraph starting with 一是, 二是, ….
        case ordinal
        /// A bold sentence leading a paragraph, `**（一）…。**`.
        case leadIn
    }

    /// The sub-heading text.
    public var title: String
    /// The 1-based source line.
    public var line: Int
    /// How it is marked.
    public var style: Style

    /// Creates a sub-heading.
    public init(title: String, line: Int, style: Style) {
        self.title = title
        self.line = line
        self.style = style
    }
}
