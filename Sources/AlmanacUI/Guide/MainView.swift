import AlmanacModel

/// The main screen: outcomes, parts and content panes, as many as fit.
enum MainView {
    /// Everything the three panes show.
    struct Input: Equatable {
        /// One row per outcome, already laid out for the pane's width (see `outcomeRows`).
        var outcomeRows: [[Run]]
        var outcomeIndex: Int
        var outcomeScroll: Int
        var partsTitle: String
        var partTitles: [String]
        var partIndex: Int
        var partScroll: Int
        var focus: Focus
        var content: ContentView.Input?
        var unicode: Bool
    }

    static func draw(_ input: Input, _ screen: inout Screen, _ layout: GuideLayout) {
        let g = Glyphs.of(unicode: input.unicode)
        var cursor: (Int, Int)? = nil

        if !layout.outcomes.isEmpty {
            let y = ListView.draw(&screen, layout.outcomes, title: "Outcomes", rows: input.outcomeRows, selected: input.outcomeIndex,
                                  scroll: input.outcomeScroll, focused: input.focus == .outcomes, glyphs: g)
            if input.focus == .outcomes, let y { cursor = (layout.outcomes.x + 1, y) }
        }

        if !layout.parts.isEmpty {
            let room = layout.parts.width - 4
            let titles = input.partTitles
            let row = { (i: Int) -> [Run] in [Run(Truncate.fit(titles[i], room, ellipsis: g.ellipsis))] }
            let y = ListView.draw(&screen, layout.parts, title: input.partsTitle, count: titles.count, row: row,
                                  selected: input.partIndex, scroll: input.partScroll, focused: input.focus == .parts, glyphs: g)
            if input.focus == .parts, let y { cursor = (layout.parts.x + 1, y) }
        }

        if !layout.content.isEmpty, let content = input.content {
            if let c = ContentView.draw(content, &screen, layout) { cursor = cursor ?? c }
        }
        if let cursor { screen.cursor = cursor }
    }

    /// The outcomes pane's inner width (less the marker) and the progress bar that fits in it.
    static func outcomeColumns(_ layout: GuideLayout) -> (inner: Int, barWidth: Int) {
        let inner = layout.outcomes.width - 2 - 2
        return (inner, inner >= 30 ? 5 : (inner >= 26 ? 3 : 0))
    }

    /// One row per outcome: number, title, a progress bar when there is room, and `done/total`.
    /// Rows past `outcomes` (the introduction, the annexes) have no number and no count.
    static func outcomeRows(titles: [String], tallies: [OutcomeCount], outcomes: Int = .max, inner: Int, barWidth: Int,
                            glyphs g: Glyphs, marked: [Bool] = []) -> [[Run]] {
        titles.indices.map { i in
            let title = titles[i]
            guard i < outcomes else {
                return [Run("   "), Run(Truncate.fit(title, max(1, inner - 3), ellipsis: g.ellipsis), Style(.dim))]
            }
            let t = tallies[i]
            let count = "\(t.done)/\(t.total)"
            let number = (i + 1 < 10 ? " " : "") + "\(i + 1) "
            // A changed outcome says so after its title: "Connectivity *".
            let isMarked = marked.indices.contains(i) && marked[i]
            let fixed = 3 + (barWidth > 0 ? barWidth + 1 : 0) + DisplayWidth.of(count) + 1 + (isMarked ? 2 : 0)
            let fitted = Truncate.fit(title, inner - fixed, ellipsis: g.ellipsis)
            var runs = [Run(number, Style(.dim)), Run(fitted)]
            if isMarked { runs.append(Run(" *", Style(.warning, bold: true))) }
            runs.append(Run(String(repeating: " ", count: max(0, inner - fixed - DisplayWidth.of(fitted))) + " "))
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
    var tallies: [OutcomeCount]
    var inner: Int
    var unicode: Bool
    /// Outcomes marked as changed since the last review (empty when the marks are hidden).
    var marked: [Bool]
}
