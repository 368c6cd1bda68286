/// A piece of text in one style.
public struct TextRun: Hashable, Sendable {
    public var text: String
    public var style: Style

    public init(_ text: String, _ style: Style = .normal) {
        self.text = text
        self.style = style
    }
}

/// One line ready to draw: runs side by side, and the step it shows, if any, for tick mode.
public struct TextLine: Hashable, Sendable {
    public var runs: [TextRun]
    public var step: String?
    public var centred: Bool
    /// Drawn across the wide area (block letters) rather than the text column.
    public var wide = false

    public init(_ runs: [TextRun], step: String? = nil, centred: Bool = false) {
        self.runs = runs
        self.step = step
        self.centred = centred
    }

    public init(_ text: String, _ style: Style = .normal, centred: Bool = false) {
        self.init([TextRun(text, style)], centred: centred)
    }

    public static let empty = TextLine([])

    public var text: String { runs.map(\.text).joined() }
    public var isEmpty: Bool { runs.allSatisfy { $0.text.isEmpty } }
}
