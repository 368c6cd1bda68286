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
/// The character is kept as up to three scalars (a base and the marks drawn over it) rather
/// than as a `Character`, so a cell is 16 bytes of plain data with no padding: a frame is
/// made, copied and compared with the painter's last one as memory (`Screen.rowsEqual`),
/// without reference counting. Marks past the second on one base are dropped (a terminal
/// cell rarely shows more).
public struct Cell: Hashable, Sendable {
    /// The base scalar and up to two marks (0 when absent); `continuationMark` as the base
    /// for the right half of a wide character.
    public private(set) var scalars: (UInt32, UInt32, UInt32)
    public var style: Style

    /// Not a Unicode scalar, so it cannot be confused with one.
    @usableFromInline static let continuationMark: UInt32 = 0xFFFF_FFFF

    public init(_ character: Character = " ", style: Style = .normal, continuation: Bool = false) {
        var s: (UInt32, UInt32, UInt32) = (0x20, 0, 0)
        if continuation {
            s.0 = Self.continuationMark
        } else {
            for (i, scalar) in character.unicodeScalars.prefix(3).enumerated() {
                switch i {
                case 0: s.0 = scalar.value
                case 1: s.1 = scalar.value
                default: s.2 = scalar.value
                }
            }
        }
        self.scalars = s
        self.style = style
    }

    /// A cell holding one scalar (the fast way for ASCII text).
    public init(scalar: UInt32, style: Style = .normal) {
        self.scalars = (scalar, 0, 0)
        self.style = style
    }

    /// True for the right half of a wide character; the driver skips it.
    @inlinable
    public var continuation: Bool { scalars.0 == Self.continuationMark }

    public var character: Character {
        guard !continuation else { return " " }
        var text = String.UnicodeScalarView()
        for value in [scalars.0, scalars.1, scalars.2] where value != 0 {
            if let scalar = Unicode.Scalar(value) { text.append(scalar) }
        }
        return text.isEmpty ? " " : Character(String(text))
    }

    public static let blank = Cell()

    @inlinable
    public static func == (a: Cell, b: Cell) -> Bool {
        a.scalars.0 == b.scalars.0 && a.scalars.1 == b.scalars.1 && a.scalars.2 == b.scalars.2 && a.style == b.style
    }

    public func hash(into h: inout Hasher) {
        h.combine(scalars.0); h.combine(scalars.1); h.combine(scalars.2); h.combine(style)
    }
}
