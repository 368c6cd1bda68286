import AlmanacModel

/// The case studies browser: filters on top, the list, and the selected case study.
enum CaseBrowserView {
    struct Input: Equatable {
        /// The outcome filter's name ("all", or "1 Connectivity") and the category's.
        var outcomeFilter: String
        var categoryFilter: String
        var typeFilter: String
        var regionFilter: String
        var total: Int
        /// The studies the filters show: organisation and outcome number.
        var shown: [Entry]
        var selected: Int
        var scroll: Int
        /// The selected study, in full.
        var detail: Detail?
        var unicode: Bool

        struct Entry: Equatable {
            var organisation: String
            var outcomeNumber: Int
        }

        struct Detail: Equatable {
            var organisation: String
            var outcome: String
            var category: String?
            /// One line each: "Worcestershire County Council, county, West Midlands", or a name.
            var councils: [String]
            var summary: [RichText]
        }
    }

    static func draw(_ input: Input, _ screen: inout Screen, _ layout: GuideLayout) {
        let g = Glyphs.of(unicode: input.unicode)
        // Only the filters in use, so that four fit at 80 columns; with none, the keys for them.
        let active = [("Outcome o", input.outcomeFilter), ("Category c", input.categoryFilter),
                      ("Type a", input.typeFilter), ("Region r", input.regionFilter)].filter { $0.1 != "all" }
        var filters: [Run] = [Run(" \(input.shown.count) of \(input.total)", Styles.dim)]
        if active.isEmpty {
            filters.append(Run("  Filter by o outcome, c category, a council type, r region", Styles.dim))
        } else {
            for (name, value) in active { filters += [Run("  \(name): ", Style(.accent, bold: true)), Run(value)] }
            filters.append(Run("  x clears", Styles.dim))
        }
        screen.put(StyledLine(filters), x: layout.body.x, y: layout.body.y, clip: layout.caseFilter)

        let (listBox, detailBox) = layout.casePanes
        let nameWidth = max(1, listBox.width - 4 - 4)
        let rows: [[Run]] = input.shown.map { e in
            let number = String(e.outcomeNumber)
            return [Run(Truncate.pad(Truncate.fit(e.organisation, nameWidth, ellipsis: g.ellipsis), nameWidth)),
                    Run(String(repeating: " ", count: 4 - number.count) + number, Styles.dim)]
        }
        let y = ListView.draw(&screen, listBox, title: "Case studies", rows: rows, selected: input.selected,
                              scroll: input.scroll, focused: true, glyphs: g)
        if rows.isEmpty {
            screen.put("No case study matches these filters; x clears them.", x: listBox.x + 2, y: listBox.y + 1,
                       style: Styles.dim, clip: listBox.inset(1))
        }
        screen.cursor = (listBox.x + 1, y ?? listBox.y + 1)

        screen.box(detailBox, title: "Details", glyphs: g)
        guard let e = input.detail else { return }
        let inner = detailBox.inset(1)
        let text = Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height)
        guard text.width > 0 else { return }
        var lines: [StyledLine] = []
        lines += StyledWrap.lines([Run(e.organisation, Style(.heading, bold: true))], width: text.width)
        lines += StyledWrap.lines([Run("Outcome: ", Styles.dim), Run(e.outcome)], width: text.width)
        if let cat = e.category {
            lines += StyledWrap.lines([Run("Category: ", Styles.dim), Run(cat)], width: text.width)
        }
        for council in e.councils {
            lines += StyledWrap.lines([Run("Council: ", Styles.dim), Run(council)], width: text.width)
        }
        for p in e.summary {
            lines.append(StyledLine())
            lines += StyledWrap.lines(p.runs(), width: text.width)
        }
        for (i, l) in lines.enumerated() where i < text.height {
            screen.put(l, x: text.x, y: text.y + i, clip: text)
        }
        if lines.count > text.height {
            screen.put(" Enter opens it in full ", x: detailBox.maxX - 26, y: detailBox.maxY - 1, style: Styles.dim,
                       clip: Rect(x: detailBox.x + 1, y: detailBox.maxY - 1, width: detailBox.width - 2, height: 1))
        }
    }
}
