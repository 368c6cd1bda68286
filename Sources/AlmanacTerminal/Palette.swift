import AlmanacUI
import CNcursesw

/// A theme turned into curses attributes and colour pairs, one per role (pair = role + 1).
struct Palette {
    private var attributes: [attr_t]
    private var pairs: [Int16]
    /// Roles whose looks refuse a style's bold (see `TerminalTheme.Look.takesBold`).
    private var takesBold: [Bool]
    /// Each role's background as drawn (-1: the terminal's own), which is all a space shows.
    private var backgrounds: [Int16]

    /// Sets up colour pairs for `theme` on the current screen; mono gets attributes only.
    init(theme: TerminalTheme, background: TerminalBackground) {
        let colour = theme.usesColour && has_colors() && start_color() != ERR
        let terminalDefaults = colour && use_default_colors() != ERR
        attributes = []
        pairs = []
        takesBold = []
        backgrounds = []
        // A terminal without colour gets the mono looks, which were designed for it.
        let theme = colour ? theme : .mono
        let depth = TerminalTheme.Depth(colours: Int(almanac_colours()))
        for role in Role.allCases {
            let look = theme.look(role, on: background, depth: depth)
            takesBold.append(look.takesBold)
            var attr = almanac_a_normal()
            if look.bold { attr |= almanac_a_bold() }
            if look.underline { attr |= almanac_a_underline() }
            if look.reverse { attr |= almanac_a_reverse() }
            if look.dim { attr |= almanac_a_dim() }
            var pair: Int16 = 0
            var shown: Int16 = -1
            if colour {
                pair = Int16(role.rawValue) + 1
                // Without default-colour support -1 is invalid: fall back to white on black.
                let fg = look.foreground < 0 && !terminalDefaults ? Int16(COLOR_WHITE) : look.foreground
                let bg = look.background < 0 && !terminalDefaults ? Int16(COLOR_BLACK) : look.background
                init_pair(pair, fg, bg)
                shown = bg
            }
            backgrounds.append(shown)
            attributes.append(attr)
            pairs.append(pair)
        }
    }

    /// Attributes and colour pair for a cell's style.
    /// What a space shows in each style, indexed by `spaceKey`: its background, or -2 when the
    /// style reverses or underlines (which colour a space). Two styles with the same entry draw
    /// a space alike, so the painter lets a space join a run in the other style and curses
    /// sends one colour change fewer: each costs a terminfo expansion, a fifth of a first frame.
    func spaceLooks() -> [Int16] {
        let colouring = almanac_a_reverse() | almanac_a_underline()
        var table = [Int16](repeating: -2, count: Role.allCases.count * 8)
        for role in Role.allCases {
            for bits in 0..<8 {
                let style = Style(role, bold: bits & 4 != 0, underline: bits & 2 != 0, reverse: bits & 1 != 0)
                if attributes(for: style).attr & colouring == 0 { table[Self.spaceKey(style)] = backgrounds[Int(role.rawValue)] }
            }
        }
        return table
    }

    static func spaceKey(_ style: Style) -> Int {
        Int(style.role.rawValue) * 8 + (style.bold ? 4 : 0) + (style.underline ? 2 : 0) + (style.reverse ? 1 : 0)
    }

    func attributes(for style: Style) -> (attr: attr_t, pair: Int16) {
        let i = Int(style.role.rawValue)
        var attr = attributes[i]
        if style.bold, takesBold[i] { attr |= almanac_a_bold() }
        if style.underline { attr |= almanac_a_underline() }
        if style.reverse { attr ^= almanac_a_reverse() }
        return (attr, pairs[i])
    }
}
