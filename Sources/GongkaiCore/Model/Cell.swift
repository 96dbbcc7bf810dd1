import Foundation

/// One number of a report table, or the reason it is unknown.
///
/// Unknown is never zero: a cell the file leaves blank, prints as a dash or lacks entirely has
/// `value == nil`, and `status` keeps why, so pages can show the difference.
public struct Cell: Sendable, Hashable {
    /// Where a cell's value came from, or why there is none.
    public enum Status: String, Sendable, Hashable {
        /// The file prints a number.
        case printed
        /// The file has the cell but it is empty.
        case blank
        /// The file prints "/", "-", "—" or similar instead of a number.
        case dash
        /// The file prints something in the cell that is not a number.
        case unreadable
        /// The file lacks the cell: its row, its table, or the end of a row cut short.
        case missing
    }

    /// The number, or nil when unknown.
    public var value: Decimal?
    /// Why the value is what it is.
    public var status: Status
    /// The 1-based source line of the cell; nil when the file lacks it.
    public var line: Int?
    /// The printed text, kept when it is not a plain number (a unit, a sign word, a dash).
    public var text: String?

    /// Creates a cell.
    public init(value: Decimal?, status: Status, line: Int?, text: String? = nil) {
        self.value = value
        self.status = status
        self.line = line
        self.text = text
    }

    /// A number the file prints.
    public static func printed(_ value: Decimal, line: Int?, text: String? = nil) -> Cell {
        Cell(value: value, status: .printed, line: line, text: text)
    }

    /// A cell the file lacks.
    public static let missing = Cell(value: nil, status: .missing, line: nil)

    /// Whether the value is known.
    public var isKnown: Bool { value != nil }
}
