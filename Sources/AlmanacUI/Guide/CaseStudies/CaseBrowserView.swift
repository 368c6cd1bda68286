import AlmanacModel

/// The case studies browser: filters on top, the list, and the selected case study.
enum CaseBrowserView {
    static func draw(_ app: GuideApp, _ screen: inout Screen, _ layout: GuideLayout) {
        let g = app.glyphs
        let b = app.caseBrowser
        let shown = b.shown
        let outcomeName = b.outcomeFilter.map { i in
            app.content.index.outcomes.indices.contains(i) ? "\(i + 1) \(app.content.index.outcomes[i].title)" : "\(i + 1)"
        } ?? "all"
        let filters: [Run] = [
            Run(" Outcome (o): ", Style(.accent, bold: true)), Run(outcomeName),
            Run("   Category (c): ", Style(.accent, bold: true)), Run(b.categoryFilter ?? "all"),
            Run("   \(shown.count) of \(b.all.count)", Styles.dim),
        ]
        screen.put(StyledLine(filters), x: layout.body.x, y: layout.body.y, clip: layout.caseFilter)

        let (listBox, detailBox) = layout.casePanes
        let nameWidth = max(1, listBox.width - 4 - 4)
        let rows: [[Run]] = shown.map { e in
            let number = String(e.outcome + 1)
            return [Run(Truncate.pad(Truncate.fit(e.study.organisation, nameWidth, ellipsis: g.ellipsis), nameWidth)),
                    Run(String(repeating: " ", count: 4 - number.count) + number, Styles.dim)]
        }
        let y = ListView.draw(&screen, listBox, title: "Case studies", rows: rows, selected: b.selected,
                              scroll: b.scroll, focused: true, glyphs: g)
        if rows.isEmpty {
            screen.put("No case study matches these filters; x clears them.", x: listBox.x + 2, y: listBox.y + 1,
                       style: Styles.dim, clip: listBox.inset(1))
        }
        screen.cursor = (listBox.x + 1, y ?? listBox.y + 1)

        screen.box(detailBox, title: "Details", glyphs: g)
        guard shown.indices.contains(b.selected) else { return }
        let e = shown[b.selected]
        let inner = detailBox.inset(1)
        let text = Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height)
        guard text.width > 0 else { return }
        var lines: [StyledLine] = []
        lines += StyledWrap.lines([Run(e.study.organisation, Style(.heading, bold: true))], width: text.width)
        let outcomeTitle = app.content.index.outcomes.indices.contains(e.outcome) ? app.content.index.outcomes[e.outcome].title : ""
        lines += StyledWrap.lines([Run("Outcome: ", Styles.dim), Run("\(e.outcome + 1) \(outcomeTitle)")], width: text.width)
        if let cat = e.study.category {
            lines += StyledWrap.lines([Run("Category: ", Styles.dim), Run(cat)], width: text.width)
        }
        for name in e.study.councils {
            if let c = app.front?.notableCouncil(named: name) {
                lines += StyledWrap.lines([Run("Council: ", Styles.dim), Run("\(c.name), \(c.type), \(c.region)")], width: text.width)
            } else {
                lines += StyledWrap.lines([Run("Council: ", Styles.dim), Run(name)], width: text.width)
            }
        }
        for p in e.study.summary {
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
