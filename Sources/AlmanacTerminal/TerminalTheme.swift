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
    }

    /// The theme to use: the one asked for, else mono when `NO_COLOR` is set (no-color.org), else default.
    public static func resolve(requested: TerminalTheme?, environment: [String: String]) -> TerminalTheme {
        if let requested { return requested }
        if let noColour = environment["NO_COLOR"], !noColour.isEmpty { return .mono }
        return .default
    }

    /// Whether the theme uses colour pairs at all.
    public var usesColour: Bool { self != .mono }

    // Curses' eight base colours (COLOR_BLACK...COLOR_WHITE), spelled here so themes read as data.
    private static let terminal: Colour = -1, black: Colour = 0, red: Colour = 1, green: Colour = 2,
        yellow: Colour = 3, blue: Colour = 4, magenta: Colour = 5, cyan: Colour = 6, white: Colour = 7

    public func look(_ role: Role) -> Look {
        switch self {
        case .default: return Self.defaultLook(role)
        case .highContrast: return Self.highContrastLook(role)
        case .mono: return Self.monoLook(role)
        }
    }

    private static func defaultLook(_ role: Role) -> Look {
        let t = terminal
        switch role {
        case .normal: return Look(foreground: t, background: t)
        case .title: return Look(foreground: cyan, background: t, bold: true)
        case .heading: return Look(foreground: blue, background: t, bold: true)
        case .dim: return Look(foreground: t, background: t, dim: true)
        case .selected: return Look(foreground: white, background: blue, bold: true)
        case .accent: return Look(foreground: magenta, background: t)
        case .done: return Look(foreground: green, background: t)
        case .warning: return Look(foreground: yellow, background: t, bold: true)
        case .error: return Look(foreground: white, background: red, bold: true)
        case .border: return Look(foreground: blue, background: t)
        case .status: return Look(foreground: black, background: cyan)
        }
    }

    /// White on black with bold, bright colours; no dim text, selection by reverse video.
    private static func highContrastLook(_ role: Role) -> Look {
        switch role {
        case .normal, .dim: return Look(foreground: white, background: black, bold: role == .normal)
        case .title, .heading: return Look(foreground: yellow, background: black, bold: true, underline: role == .heading)
        case .selected: return Look(foreground: black, background: yellow, bold: true)
        case .accent: return Look(foreground: cyan, background: black, bold: true)
        case .done: return Look(foreground: green, background: black, bold: true)
        case .warning: return Look(foreground: yellow, background: black, bold: true)
        case .error: return Look(foreground: white, background: red, bold: true)
        case .border: return Look(foreground: white, background: black)
        case .status: return Look(foreground: black, background: white, bold: true)
        }
    }

    private static func monoLook(_ role: Role) -> Look {
        let t = terminal
        switch role {
        case .normal, .border, .done: return Look(foreground: t, background: t)
        case .title: return Look(foreground: t, background: t, bold: true)
        case .heading: return Look(foreground: t, background: t, bold: true, underline: true)
        case .dim: return Look(foreground: t, background: t, dim: true)
        case .selected, .status: return Look(foreground: t, background: t, reverse: true)
        case .accent, .warning: return Look(foreground: t, background: t, bold: true)
        case .error: return Look(foreground: t, background: t, bold: true, reverse: true)
        }
    }
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
