import AlmanacModel

/// A run of text drawn in one style.
public struct Run: Hashable, Sendable {
    public var text: String
    public var style: Style

    public init(_ text: String, _ style: Style = .normal) {
        self.text = text
        self.style = style
    }
}

/// One line of styled text, already fitted to a width.
public struct StyledLine: Hashable, Sendable {
    public var runs: [Run]
    /// Display columns, measured once when the line is built.
    public var width: Int

    public init(_ runs: [Run] = []) {
        self.runs = runs
        self.width = runs.reduce(0) { $0 + DisplayWidth.of($1.text) }
    }

    public init(_ text: String, _ style: Style = .normal) {
        self.init([Run(text, style)])
    }

    /// The text without styles.
    public var plain: String { runs.map(\.text).joined() }

    mutating func append(_ text: String, _ style: Style, width w: Int) {
        if let last = runs.last, last.style == style {
            runs[runs.count - 1].text += text
        } else {
            runs.append(Run(text, style))
        }
        width += w
    }
}
