import AlmanacModel
/// The search screen: the query on top, hits below with their place and a snippet.
enum SearchView {
    struct Input: Equatable {
        struct Row: Equatable {
            var hit: GuideHit
            /// Where the hit is, e.g. `3 Democracy and participation › Put into practice`.
            var place: String
            var selected: Bool
        }
        var field: TextField
        var hitCount: Int
        /// The hits on show, from the list's scroll offset.
        var rows: [Row]
        var unicode: Bool
    }

    static func draw(_ input: Input, _ screen: inout Screen, _ layout: GuideLayout) {
        let g = Glyphs.of(unicode: input.unicode)
        let inputBox = layout.searchInput
        screen.box(inputBox, title: "Search the almanac", glyphs: g, style: Styles.focusedBorder,
                   titleStyle: Style(.title, bold: true, reverse: true))
        let field = Rect(x: inputBox.x + 2, y: inputBox.y + 1, width: inputBox.width - 4, height: 1)
        let prompt = "Find: "
        let visible = input.field.visible(width: max(1, field.width - prompt.count))
        var x = screen.put(prompt, x: field.x, y: field.y, style: Style(.accent, bold: true), clip: field)
        x = screen.put(visible.text, x: x, y: field.y, style: Style(bold: true), clip: field)

        let box = layout.searchListBox
        let count = input.hitCount
        let query = input.field.text.trimmingSpaces
        let title: String
        if query.count < 2 { title = "Type at least 2 characters" }
        else if count == 0 { title = "No matches for \"\(query)\"" }
        else { title = count >= 500 ? "\(count)+ matches" : Plural.count(count, "match", "matches") }
        screen.box(box, title: title, glyphs: g)
        let list = layout.searchList
        let needles = GuideSearch.terms(query).map(TextMatch.folded)
        for (r, row) in input.rows.prefix(layout.searchRows).enumerated() {
            let hit = row.hit, selected = row.selected, place = row.place
            let y = list.y + r * GuideLayout.searchRowsPerHit
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
