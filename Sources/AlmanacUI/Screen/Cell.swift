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

    // Written out (not synthesised) so other modules can inline it: the painter compares
    // every cell of every frame.
    @inlinable
    public static func == (a: Style, b: Style) -> Bool {
        a.role == b.role && a.bold == b.bold && a.underline == b.underline && a.reverse == b.reverse
    }

    public func hash(into h: inout Hasher) {
        h.combine(role); h.combine(bold); h.combine(underline); h.combine(reverse)
    }
}

/// One terminal cell: a character and its style. A wide character occupies its cell and
/// the next, which holds `continuation` so the grid stays column-aligned.
///
/// The character is kept as up to four scalars (a base and the marks drawn over it, which is
/// all a terminal cell can show) rather than as a `Character`, so a cell is plain data: a
/// frame is made, copied and compared with the painter's last one without reference counting.
public struct Cell: Hashable, Sendable {
    /// The base scalar and up to three more (0 when absent).
    public private(set) var scalars: (UInt32, UInt32, UInt32, UInt32)
    public var style: Style
    /// True for the right half of a wide character; the driver skips it.
    public var continuation: Bool
    /// Explicit, always zero: with it a cell has no padding bytes, so rows of cells compare
    /// as memory (`Screen.rowsEqual`), which the painter does for every row of every frame.
    private var padding: (UInt8, UInt8, UInt8) = (0, 0, 0)

    public init(_ character: Character = " ", style: Style = .normal, continuation: Bool = false) {
        var s: (UInt32, UInt32, UInt32, UInt32) = (0x20, 0, 0, 0)
        for (i, scalar) in character.unicodeScalars.prefix(4).enumerated() {
            switch i {
            case 0: s.0 = scalar.value
            case 1: s.1 = scalar.value
            case 2: s.2 = scalar.value
            default: s.3 = scalar.value
            }
        }
        self.scalars = s
        self.style = style
        self.continuation = continuation
    }

    /// A cell holding one scalar (the fast way for ASCII text).
    public init(scalar: UInt32, style: Style = .normal) {
        self.scalars = (scalar, 0, 0, 0)
        self.style = style
        self.continuation = false
    }

    public var character: Character {
        var text = String.UnicodeScalarView()
        for value in [scalars.0, scalars.1, scalars.2, scalars.3] where value != 0 {
            if let scalar = Unicode.Scalar(value) { text.append(scalar) }
        }
        return text.isEmpty ? " " : Character(String(text))
    }

    public static let blank = Cell()

    @inlinable
    public static func == (a: Cell, b: Cell) -> Bool {
        a.scalars.0 == b.scalars.0 && a.scalars.1 == b.scalars.1 && a.scalars.2 == b.scalars.2
            && a.scalars.3 == b.scalars.3 && a.style == b.style && a.continuation == b.continuation
    }

    public func hash(into h: inout Hasher) {
        h.combine(scalars.0); h.combine(scalars.1); h.combine(scalars.2); h.combine(scalars.3)
        h.combine(style); h.combine(continuation)
    }
}
