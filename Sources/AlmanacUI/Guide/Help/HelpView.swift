import AlmanacModel

/// The `?` overlay, generated from the key binding table.
enum HelpView {
    static let labelWidth = 12

    struct Input: Equatable {
        var scroll: Int
        var unicode: Bool
    }

    /// Groups in the order they first appear, each row `label  help`, wrapped to `width`.
    static func lines(width: Int, unicode: Bool) -> [StyledLine] {
        var groups: [String] = []
        for b in KeyMap.bindings where !groups.contains(b.group) { groups.append(b.group) }
        // The table lists narrow scopes first; the help reads better from the everyday keys.
        let order = ["Moving", "Finding", "Checklist", "Editing a step", "Search", "Case studies", "Other", "Help"]
        groups.sort { (order.firstIndex(of: $0) ?? 99) < (order.firstIndex(of: $1) ?? 99) }
        var out: [StyledLine] = []
        for group in groups {
            if !out.isEmpty { out.append(StyledLine()) }
            out.append(StyledLine(group, Style(.heading, bold: true)))
            for b in KeyMap.bindings where b.group == group {
                let label = Truncate.pad(KeyNames.display(b.label, unicode: unicode), labelWidth)
                out += StyledWrap.lines([Run(b.help)], width: max(1, width), prefix: Run(label + " ", Style(.accent, bold: true)),
                                  indent: labelWidth + 1)
            }
        }
        // The other ways in, for scripts and screen readers.
        out.append(StyledLine())
        out.append(StyledLine("Plain commands", Style(.heading, bold: true)))
        out += StyledWrap.lines([Run("Every part of the almanac and the checklist also works as plain commands that print "
                                     + "lines (almanac show, steps, tick, set, status, export; --json for scripts): "
                                     + "almanac --help lists them, man almanac explains them.")], width: max(1, width))
        return out
    }

    static func draw(_ input: Input, _ screen: inout Screen, _ layout: GuideLayout) {
        let glyphs: Glyphs = input.unicode ? .unicode : .ascii
        let rect = layout.helpBox
        guard rect.width > 4, rect.height > 2 else { return }
        screen.fill(layout.body)
        screen.box(rect, title: "Keys", glyphs: glyphs, style: Styles.focusedBorder,
                   titleStyle: Style(.title, bold: true, reverse: true))
        let inner = Rect(x: rect.x + 2, y: rect.y + 1, width: rect.width - 4, height: rect.height - 2)
        let all = lines(width: inner.width, unicode: input.unicode)
        for r in 0..<inner.height {
            let n = input.scroll + r
            guard all.indices.contains(n) else { break }
            screen.put(all[n], x: inner.x, y: inner.y + r, clip: inner)
        }
        let more = input.scroll + inner.height < all.count
        let shown = more ? (input.unicode ? " ↓ more · Esc closes " : " Down: more - Esc closes ") : " Esc closes "
        screen.put(shown, x: rect.maxX - 2 - DisplayWidth.of(shown), y: rect.maxY - 1, style: Styles.dim,
                   clip: Rect(x: rect.x + 1, y: rect.maxY - 1, width: rect.width - 2, height: 1))
        screen.cursor = (inner.x, inner.y)
    }
}
