/// The search screen: the query on top, hits below with their place and a snippet.
enum SearchView {
    static func draw(_ app: GuideApp, _ screen: inout Screen, _ layout: GuideLayout) {
        let g = app.glyphs
        let input = layout.searchInput
        screen.box(input, title: "Search the almanac", glyphs: g, style: Styles.focusedBorder,
                   titleStyle: Style(.title, bold: true, reverse: true))
        let field = Rect(x: input.x + 2, y: input.y + 1, width: input.width - 4, height: 1)
        let prompt = "Find: "
        let visible = app.search.field.visible(width: max(1, field.width - prompt.count))
        var x = screen.put(prompt, x: field.x, y: field.y, style: Style(.accent, bold: true), clip: field)
        x = screen.put(visible.text, x: x, y: field.y, style: Style(bold: true), clip: field)

        let box = layout.searchListBox
        let hits = app.search.hits
        let query = app.search.field.text.trimmingSpaces
        let title: String
        if query.count < 2 { title = "Type at least 2 characters" }
        else if hits.isEmpty { title = "No matches for \"\(query)\"" }
        else { title = "\(hits.count)\(hits.count >= 500 ? "+" : "") matches" }
        screen.box(box, title: title, glyphs: g)
        let list = layout.searchList
        let needles = GuideSearch.terms(query).map(TextMatch.folded)
        for r in 0..<layout.searchRows {
            let i = app.search.scroll + r
            guard hits.indices.contains(i) else { break }
            let hit = hits[i]
            let y = list.y + r * GuideLayout.searchRowsPerHit
            let selected = i == app.search.selected
            let place = placeName(app, hit)
            screen.put((selected ? String(g.marker) : " ") + " " + place, x: list.x, y: y,
                       style: selected ? Styles.selected : Style(.heading, bold: true), clip: list)
            let snippetWidth = list.width - 4
            let line = snippet(hit, width: snippetWidth, ellipsis: g.ellipsis)
            screen.put(line, x: list.x + 4, y: y + 1, clip: list)
            for needle in needles { ContentView.highlight(&screen, line, needle: needle, x: list.x + 4, y: y + 1, clip: list) }
            if selected {
                screen.restyle(Rect(x: list.x, y: y, width: list.width, height: 1), Styles.select)
            }
        }
        screen.cursor = (field.x + prompt.count + visible.caret, field.y)
    }

    /// `3 Democracy and participation › Put into practice`.
    static func placeName(_ app: GuideApp, _ hit: GuideHit) -> String {
        guard let o = app.outcomes[hit.outcome] else { return "Outcome \(hit.outcome + 1)" }
        return "\(o.number) \(o.title)\(app.glyphs.separator)\(hit.part.title(in: o))"
    }

    /// The text around the match, starting a little before it, on one line.
    static func snippet(_ hit: GuideHit, width: Int, ellipsis: String) -> StyledLine {
        let utf8 = hit.text.utf8
        let matchStart = utf8.index(utf8.startIndex, offsetBy: min(hit.offset, utf8.count))
        // Start up to a third of the width before the match, at a word boundary.
        var start = matchStart
        var back = 0
        while start > hit.text.startIndex && back < max(0, width / 3) {
            start = hit.text.index(before: start)
            back += 1
        }
        if start > hit.text.startIndex, let space = hit.text[start..<matchStart].firstIndex(of: " ") {
            start = hit.text.index(after: space)
        }
        let lead = start > hit.text.startIndex ? ellipsis : ""
        let rest = String(hit.text[start...])
        return StyledLine(Truncate.fit(lead + rest, width, ellipsis: ellipsis))
    }
}
