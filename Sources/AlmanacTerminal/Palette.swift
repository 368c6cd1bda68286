import AlmanacUI
import CNcursesw

/// A theme turned into curses attributes and colour pairs, one per role (pair = role + 1).
struct Palette {
    private var attributes: [attr_t]
    private var pairs: [Int16]
    /// Roles whose looks refuse a style's bold (see `TerminalTheme.Look.takesBold`).
    private var takesBold: [Bool]

    /// Sets up colour pairs for `theme` on the current screen; mono gets attributes only.
    init(theme: TerminalTheme, background: TerminalBackground) {
        let colour = theme.usesColour && has_colors() && start_color() != ERR
        let terminalDefaults = colour && use_default_colors() != ERR
        attributes = []
        pairs = []
        takesBold = []
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
            if colour {
                pair = Int16(role.rawValue) + 1
                // Without default-colour support -1 is invalid: fall back to white on black.
                let fg = look.foreground < 0 && !terminalDefaults ? Int16(COLOR_WHITE) : look.foreground
                let bg = look.background < 0 && !terminalDefaults ? Int16(COLOR_BLACK) : look.background
                init_pair(pair, fg, bg)
            }
            attributes.append(attr)
            pairs.append(pair)
        }
    }

    /// Attributes and colour pair for a cell's style.
    func attributes(for style: Style) -> (attr: attr_t, pair: Int16) {
        let i = Int(style.role.rawValue)
        var attr = attributes[i]
        if style.bold, takesBold[i] { attr |= almanac_a_bold() }
        if style.underline { attr |= almanac_a_underline() }
        if style.reverse { attr ^= almanac_a_reverse() }
        return (attr, pairs[i])
    }
}
