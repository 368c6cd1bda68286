import AlmanacModel

/// The `?` overlay, generated from the key binding table.
enum HelpView {
    struct Input: Equatable {
        var scroll: Int
        var unicode: Bool
        var keys: GuideKeys
    }

    static func draw(_ input: Input, _ screen: inout Screen, _ layout: GuideLayout) {
        let glyphs = Glyphs.of(unicode: input.unicode)
        let rect = layout.helpBox
        guard rect.width > 4, rect.height > 2 else { return }
        screen.fill(layout.body)
        screen.box(rect, title: "Keys", glyphs: glyphs, style: Styles.focusedBorder,
                   titleStyle: Style(.title, bold: true, reverse: true))
        let inner = Rect(x: rect.x + 2, y: rect.y + 1, width: rect.width - 4, height: rect.height - 2)
        let all = HelpText.lines(width: inner.width, unicode: input.unicode, keys: input.keys)
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
