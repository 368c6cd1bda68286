import AlmanacUI

/// How roles look. Themes are data, so every role's look can be read and tested in one place.
public enum TerminalTheme: String, CaseIterable, Sendable {
    case `default` = "default"
    case highContrast = "high-contrast"
    /// Attributes only, no colour: for `NO_COLOR`, monochrome terminals and projectors that wash colour out.
    case mono

    /// A curses colour number; -1 is the terminal's own foreground or background.
    public typealias Colour = Int16

    public struct Look: Hashable, Sendable {
        public var foreground: Colour
        public var background: Colour
        public var bold = false
        public var underline = false
        public var reverse = false
        public var dim = false
        /// False where a style's bold must not be added: bold black turns grey in xterm
        /// (colours 0-7 are drawn bright when bold), which fails the contrast measure.
        public var takesBold = true

        public init(foreground: Colour, background: Colour, bold: Bool = false, underline: Bool = false,
                    reverse: Bool = false, dim: Bool = false, takesBold: Bool = true) {
            self.foreground = foreground
            self.background = background
            self.bold = bold
            self.underline = underline
            self.reverse = reverse
            self.dim = dim
            self.takesBold = takesBold
        }
    }

    /// How many colours the terminal has: themes pick from 256 when they can, else from 8.
    public enum Depth: CaseIterable, Sendable {
        case basic, extended

        public init(colours: Int) { self = colours >= 256 ? .extended : .basic }
    }

    /// The theme to use: the one asked for, else mono when `NO_COLOR` is set (no-color.org), else default.
    public static func resolve(requested: TerminalTheme?, environment: [String: String]) -> TerminalTheme {
        if let requested { return requested }
        if let noColour = environment["NO_COLOR"], !noColour.isEmpty { return .mono }
        return .default
    }

    /// Whether the theme uses colour pairs at all.
    public var usesColour: Bool { self != .mono }

    /// How `role` looks on a terminal with this background and this many colours.
    public func look(_ role: Role, on background: TerminalBackground = .dark, depth: Depth = .extended) -> Look {
        ThemeTables.table(self, background, depth)(role)
    }

    /// The contrast a role needs: 3:1 for borders (not text), 4.5:1 for all text.
    public static func requiredContrast(_ role: Role) -> Double { role == .border ? 3 : 4.5 }
}

extension TerminalTheme {
    /// The driver's looks for a theme the UI core names.
    public init(_ name: ThemeName) {
        switch name {
        case .standard: self = .default
        case .highContrast: self = .highContrast
        case .mono: self = .mono
        }
    }
}

extension ThemeName {
    public init(_ theme: TerminalTheme) {
        switch theme {
        case .default: self = .standard
        case .highContrast: self = .highContrast
        case .mono: self = .mono
        }
    }
}
