import AlmanacModel

/// My work: the count and filters, every step that matches as a row, and the selected step.
enum MyWorkView {
    struct Input: Equatable {
        var total: Int
        var rows: [Row]
        var selected: Int
        var scroll: Int
        var filters: MyWorkFilters
        /// The last review's name, for the changed-since filter; nil when there is none.
        var review: String?
        /// The owner filter's name as shown (display-safe).
        var owner: String
        var detail: Detail?
        var unicode: Bool

        struct Row: Equatable {
            var status: StepStatus
            var number: String
            var title: String
            /// Display-safe.
            var owner: String?
            var due: String?
            var overdue: Bool
            var outcome: String
            /// Kept on show after a change here, though the filters no longer let it through.
            var kept: Bool
        }

        struct Detail: Equatable {
            var id: String
            var outcome: String
            var text: String
            /// Display-safe, on one line.
            var note: String?
        }

        /// Rows kept on show that no longer match.
        var keptCount: Int { rows.filter(\.kept).count }
    }

    /// The list's columns at a width: the title takes what is left; the outcome goes first,
    /// then the owner, when the title would be too short to read. The owner and outcome columns
    /// are no wider than their longest entry needs (`owners`, `outcomes`: display widths), so a
    /// list with short names or none gives the steps' text the room.
    struct Columns: Equatable {
        static let box = 4, number = 7, due = 19
        var owner: Int
        var outcome: Int
        var title: Int

        init(width: Int, owners: Int = .max, outcomes: Int = .max) {
            // The marker (2 columns) is drawn by the list.
            let rest = width - 2 - Self.box - Self.number - Self.due
            owner = rest - 25 - 31 >= 60 ? 25 : 17
            outcome = rest - owner - 31 >= 40 ? 31 : 24
            if rest - owner - outcome < 30 { outcome = 0 }
            if rest - owner - outcome < 20 { owner = 0 }
            // A space before each, and room for its heading.
            let ownerNeed = max("Owner".count, owners), outcomeNeed = max("Outcome".count, outcomes)
            if owner > 0, ownerNeed < owner { owner = ownerNeed + 1 }
            if outcome > 0, outcomeNeed < outcome { outcome = outcomeNeed + 1 }
            title = max(1, rest - owner - outcome)
        }

        /// The columns for these rows.
        init(width: Int, rows: [Input.Row]) {
            self.init(width: width, owners: rows.map { DisplayWidth.of($0.owner ?? "") }.max() ?? 0,
                      outcomes: rows.map { DisplayWidth.of($0.outcome) }.max() ?? 0)
        }
    }

    static func draw(_ input: Input, _ screen: inout Screen, _ layout: GuideLayout) {
        let g = Glyphs.of(unicode: input.unicode)
        let header = layout.workHeader
        let (listBox, detailBox) = layout.workPanes
        let columns = Columns(width: listBox.width - 2, rows: input.rows)
        drawHeader(input, &screen, header, columns: columns, glyphs: g)

        let rows = input.rows
        let y = ListView.draw(&screen, listBox, title: "My work", count: rows.count, row: { i in
            self.row(rows[i], columns, glyphs: g)
        }, selected: input.selected, scroll: input.scroll, focused: true, glyphs: g)
        if rows.isEmpty {
            let inner = listBox.inset(1)
            let text = Rect(x: inner.x + 2, y: inner.y, width: max(0, inner.width - 3), height: inner.height)
            let lines = emptyAdvice(input).flatMap { StyledWrap.lines([Run($0, Styles.dim)], width: max(1, text.width)) }
            for (i, line) in lines.enumerated() where i < text.height {
                screen.put(line, x: text.x, y: text.y + i, clip: text)
            }
        }
        screen.cursor = (listBox.x + 1, y ?? listBox.y + 1)
        if !detailBox.isEmpty { drawDetail(input.detail, &screen, detailBox, glyphs: g) }
    }

    /// The count, what each filter lets through and its key, and the columns' headings.
    static func drawHeader(_ input: Input, _ screen: inout Screen, _ rect: Rect, columns: Columns, glyphs g: Glyphs) {
        guard rect.height >= 3 else { return }
        let f = input.filters
        var count = [Run(" \(input.rows.count - input.keptCount) of \(Plural.count(input.total, "step"))", Style(.heading, bold: true))]
        if input.keptCount > 0 {
            count.append(Run(g.dot + "\(input.keptCount) changed here \(input.keptCount == 1 ? "stays" : "stay") until a filter changes",
                             Style(.warning, bold: true)))
        } else {
            count.append(Run(", overdue first, then by due date", Styles.dim))
        }
        if !f.isDefault { count.append(Run(g.dot + "x clears", Styles.dim)) }
        screen.put(StyledLine(count), x: rect.x, y: rect.y, clip: Rect(x: rect.x, y: rect.y, width: rect.width, height: 1))

        // The owner last: a long name is what a narrow screen cuts.
        let changed = input.review == nil ? "no review yet" : f.changedOnly ? "since '\(input.review!)'" : "all"
        let filters: [(String, String, Bool)] = [
            ("Progress p: ", f.status.name, f.status != .notDone),
            ("Overdue d: ", f.overdueOnly ? "only" : "all", f.overdueOnly),
            ("Changed r: ", changed, f.changedOnly),
            ("Owner o: ", input.owner, f.owner != .anyone),
        ]
        var runs: [Run] = [Run(" ")]
        for (i, (name, value, set)) in filters.enumerated() {
            if i > 0 { runs.append(Run("  ")) }
            runs += [Run(name, Styles.dim), Run(value, set ? Style(.accent, bold: true) : Style())]
        }
        screen.put(StyledLine(runs), x: rect.x, y: rect.y + 1, clip: Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: 1))

        // Headings over the list's columns (inside its border and marker).
        var x = rect.x + 1 + 2 + Columns.box
        let y = rect.y + 2
        let clip = Rect(x: rect.x, y: y, width: rect.width, height: 1)
        for (text, width) in [("No.", Columns.number), ("Step", columns.title), ("Owner", columns.owner),
                              ("Due", Columns.due), ("Outcome", columns.outcome)] where width > 0 {
            screen.put(text, x: x + (text == "Owner" || text == "Due" || text == "Outcome" ? 1 : 0), y: y, style: Styles.dim, clip: clip)
            x += width
        }
    }

    static func row(_ r: Input.Row, _ c: Columns, glyphs g: Glyphs) -> [Run] {
        func cell(_ text: String, _ width: Int) -> String {
            let t = Truncate.fit(text, width, ellipsis: g.ellipsis)
            return t + String(repeating: " ", count: max(0, width - DisplayWidth.of(t)))
        }
        let boxStyle = Styles.checkBox(r.status, room: false)
        var runs = [Run(r.status.box(check: String(g.check)) + " ", boxStyle),
                    Run(cell(r.number, Columns.number - 1) + " ", Styles.dim),
                    Run(cell(r.title, c.title), r.kept ? Styles.dim : Style())]
        if c.owner > 0 { runs.append(Run(" " + cell(r.owner ?? "", c.owner - 1))) }
        // Overdue in words as well as colour.
        let due = r.due.map { r.overdue ? $0 + " overdue" : $0 } ?? ""
        runs.append(Run(" " + cell(due, Columns.due - 1), r.overdue ? Style(.error, bold: true) : Style()))
        if c.outcome > 0 { runs.append(Run(" " + cell(r.outcome, c.outcome - 1), Styles.dim)) }
        return runs
    }

    /// What an empty list says: why, and how to widen it.
    static func emptyAdvice(_ input: Input) -> [String] {
        let f = input.filters
        if f.isDefault { return ["Every step is done or not applicable.", "p shows them: done, not applicable or all."] }
        var ways: [String] = []
        if f.status != .all { ways.append("p another status") }
        if f.overdueOnly { ways.append("d any due date") }
        if f.changedOnly { ways.append("r unchanged steps too") }
        if f.owner != .anyone { ways.append("o another owner") }
        return ["No step matches these filters.", "x clears them" + (ways.isEmpty ? "." : "; or " + ways.joined(separator: ", ") + ".")]
    }

    static func drawDetail(_ detail: Input.Detail?, _ screen: inout Screen, _ box: Rect, glyphs g: Glyphs) {
        screen.box(box, title: "Step", glyphs: g)
        guard let d = detail else { return }
        let inner = box.inset(1)
        let text = Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height)
        guard text.width > 0 else { return }
        var lines = [StyledLine([Run(d.id, Style(.heading, bold: true)), Run(g.dot + d.outcome, Styles.dim)])]
        // The note before the step's text: the list's row shows the text's start, never the note.
        if let note = d.note { lines.append(StyledLine([Run("Note: ", Styles.dim), Run(Truncate.fit(note, text.width - 6, ellipsis: g.ellipsis))])) }
        lines += StyledWrap.lines([Run(d.text)], width: text.width)
        for (i, l) in lines.prefix(text.height).enumerated() {
            // The last row that fits says when more is cut.
            let cut = i == text.height - 1 && lines.count > text.height
            screen.put(cut ? StyledLine([Run(Truncate.fit(l.plain, text.width - DisplayWidth.of(g.ellipsis), ellipsis: "") + g.ellipsis)]) : l,
                       x: text.x, y: text.y + i, clip: text)
        }
    }
}
