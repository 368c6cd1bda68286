import AlmanacModel

/// The main screen: outcomes, parts and content panes, as many as fit.
enum MainView {
    static func draw(_ app: GuideApp, _ screen: inout Screen, _ layout: GuideLayout) {
        let g = app.glyphs
        var cursor: (Int, Int)? = nil

        if !layout.outcomes.isEmpty {
            let inner = layout.outcomes.width - 2 - 2  // less the marker
            let barWidth = inner >= 30 ? 5 : (inner >= 26 ? 3 : 0)
            // The rows change only with the counts or the width: made once, then kept.
            let key = OutcomeRowsKey(revision: app.tallyRevision, inner: inner, unicode: app.unicode)
            let rows: [[Run]]
            if let kept = app.viewMemos.outcomeRows, kept.key == key {
                rows = kept.rows
            } else {
                rows = outcomeRows(app, inner: inner, barWidth: barWidth)
                app.viewMemos.outcomeRows = (key, rows)
            }
            let y = ListView.draw(&screen, layout.outcomes, title: "Outcomes", rows: rows, selected: app.outcomeIndex,
                                  scroll: app.outcomeScroll, focused: app.focus == .outcomes, glyphs: g)
            if app.focus == .outcomes, let y { cursor = (layout.outcomes.x + 1, y) }
        }

        if !layout.parts.isEmpty {
            let room = layout.parts.width - 4
            let parts = app.parts
            let outcome = app.currentOutcome
            let row = { (i: Int) -> [Run] in
                [Run(Truncate.fit(outcome.map { parts[i].title(in: $0) } ?? "Overview", room, ellipsis: g.ellipsis))]
            }
            let title = app.content.index.outcomes.indices.contains(app.outcomeIndex)
                ? app.content.index.outcomes[app.outcomeIndex].title : "Parts"
            let y = ListView.draw(&screen, layout.parts, title: title, count: parts.count, row: row, selected: app.partIndex,
                                  scroll: app.partScroll, focused: app.focus == .parts, glyphs: g)
            if app.focus == .parts, let y { cursor = (layout.parts.x + 1, y) }
        }

        if !layout.content.isEmpty {
            if let c = ContentView.draw(app, &screen, layout) { cursor = cursor ?? c }
        }
        if let cursor { screen.cursor = cursor }
    }

    /// One row per outcome: number, title, a progress bar when there is room, and `done/total`.
    static func outcomeRows(_ app: GuideApp, inner: Int, barWidth: Int) -> [[Run]] {
        let g = app.glyphs
        let tallies = app.tallies()
        return app.content.index.outcomes.indices.map { i in
            let entry = app.content.index.outcomes[i]
            let t = tallies[i]
            let count = "\(t.done)/\(t.total)"
            let number = (i + 1 < 10 ? " " : "") + "\(i + 1) "
            let fixed = 3 + (barWidth > 0 ? barWidth + 1 : 0) + DisplayWidth.of(count) + 1
            let title = Truncate.pad(Truncate.fit(entry.title, inner - fixed, ellipsis: g.ellipsis), max(0, inner - fixed))
            var runs = [Run(number, Style(.dim)), Run(title + " ")]
            if barWidth > 0 {
                let filled = t.total == 0 ? 0 : (t.done * barWidth + t.total / 2) / t.total
                runs.append(Run(String(repeating: g.barFull, count: filled), Style(.done)))
                runs.append(Run(String(repeating: g.barEmpty, count: barWidth - filled) + " ", Style(.dim)))
            }
            runs.append(Run(count, t.done == t.total && t.total > 0 ? Style(.done, bold: true) : Style(.dim)))
            return runs
        }
    }
}

/// What the outcomes pane's rows are made from.
struct OutcomeRowsKey: Equatable {
    var revision: Int
    var inner: Int
    var unicode: Bool
}
