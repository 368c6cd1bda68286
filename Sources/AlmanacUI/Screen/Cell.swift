/// How a cell is drawn. Roles, not colours: the driver maps them to a theme's colours,
/// so themes (default, high-contrast, mono) change in one place.
public enum Role: UInt8, Sendable, CaseIterable {
    case normal, title, heading, dim, selected, accent, done, warning, error, border, status
}

public struct Style: Hashable, Sendable {
    public var role: Role
    public var bold: Bool
    public var underline: Bool
    public var reverse: Bool

    public init(_ role: Role = .normal, bold: Bool = false, underline: Bool = false, reverse: Bool = false) {
        self.role = role
        self.bold = bold
        self.underline = underline
        self.reverse = reverse
    }

    public static let normal = Style()
}

/// One terminal cell: a character and its style. A wide character occupies its cell and
/// the next, which holds `continuation` so the grid stays column-aligned.
public struct Cell: Hashable, Sendable {
    public var character: Character
    public var style: Style
    /// True for the right half of a wide character; the driver skips it.
    public var continuation: Bool

    public init(_ character: Character = " ", style: Style = .normal, continuation: Bool = false) {
        self.character = character
        self.style = style
        self.continuation = continuation
    }

    public static let blank = Cell()
}
