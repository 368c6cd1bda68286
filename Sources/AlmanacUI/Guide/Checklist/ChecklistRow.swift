import AlmanacModel

/// A checklist step's rows in the content pane: what changes with progress.
enum ChecklistRow {
    /// The checklist's steps and their progress: all a row draws.
    struct Steps: Equatable {
        var steps: [Step]
        var progress: [StepProgress?]
        var today: String
        /// Which steps changed since the last review, while its marks are shown.
        var changed: [Bool] = []
    }

    /// The parts of a step line that change with progress: marker and check box on the first
    /// line, status, owner and due date on the line below.
    static func draw(_ steps: Steps, _ index: Int, _ screen: inout Screen, line: DocLine,
                     x: Int, y: Int, clip: Rect, selected: Bool, focused: Bool, glyphs g: Glyphs) {
        let step = steps.steps[index]
        let p = steps.progress[index]
        let status = p?.status ?? .notStarted
        switch line.kind {
        case .stepFirst:
            let marker = selected ? String(focused ? g.marker : g.idleMarker) : " "
            screen.put(marker, x: x, y: y, style: Style(.accent, bold: true), clip: clip)
            screen.put(status.box(check: String(g.check)), x: x + GuideLayout.checkBoxColumns.lowerBound, y: y, style: Styles.checkBox(status, room: false), clip: clip)
        case .stepMeta:
            // Most useful first, the note last: it takes whatever width is left, and a narrow
            // pane cuts it from the end.
            var runs: [Run] = []
            if steps.changed.indices.contains(index), steps.changed[index] {
                runs += [Run("changed", Style(.warning, bold: true)), Run(g.dot, Styles.dim)]
            }
            switch status {
            case .done: runs.append(Run("done", Style(.done, bold: true)))
            case .inProgress: runs.append(Run("in progress", Style(.accent, bold: true)))
            case .notApplicable: runs.append(Run("not applicable", Styles.dim))
            case .notStarted: runs.append(Run("not started", Styles.dim))
            }
            if let due = p?.due {
                let late = p?.isOverdue(today: steps.today) ?? false
                runs += late ? [Run(g.dot, Styles.dim), Run("overdue " + due, Style(.error, bold: true))]
                    : [Run(g.dot + "due ", Styles.dim), Run(due)]
            }
            // People's text may hold control characters (typed through a command, or a damaged
            // file): shown escaped, as every command shows it.
            if let owner = p?.owner { runs += [Run(g.dot + "owner ", Styles.dim), Run(DisplayText.safe(owner))] }
            // A small count: the items themselves are in the step's editor.
            if let n = p?.evidence.count, n > 0 { runs += [Run(g.dot, Styles.dim), Run("\(n) evidence", Styles.dim)] }
            runs += [Run(g.dot, Styles.dim), Run(step.id, Styles.dim)]
            if let note = p?.note { runs += [Run(g.dot + "note: ", Styles.dim), Run(DisplayText.safe(g.oneLine(note)))] }
            // Cut with an ellipsis rather than mid-word when the facts do not fit.
            var cx = x + RenderedDocument.stepIndent
            for r in runs {
                let room = clip.maxX - cx
                if room <= 0 { break }
                let text = DisplayWidth.of(r.text) > room ? Truncate.fit(r.text, room, ellipsis: g.ellipsis) : r.text
                cx = screen.put(text, x: cx, y: y, style: r.style, clip: clip)
            }
        default:
            break
        }
    }
}
