/// One line ready to draw: the guide's runs side by side, plus what slides need and the guide's
/// `StyledLine` has no room for: the step it shows (tick mode), centring, the wide area.
public struct TextLine: Hashable, Sendable {
    public var runs: [Run]
    public var step: String?
    public var centred: Bool
    /// Drawn across the wide area (block letters) rather than the text column.
    public var wide = false

    public init(_ runs: [Run], step: String? = nil, centred: Bool = false) {
        self.runs = runs
        self.step = step
        self.centred = centred
    }

    public init(_ text: String, _ style: Style = .normal, centred: Bool = false) {
        self.init([Run(text, style)], centred: centred)
    }

    public static let empty = TextLine([])

    public var text: String { runs.map(\.text).joined() }
    public var isEmpty: Bool { runs.allSatisfy { $0.text.isEmpty } }
}
