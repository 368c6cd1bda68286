import AlmanacModel

/// What each view of the guide is given: built here from the state, so that no view reads
/// `GuideApp` and each view's input says all it draws.
extension GuideApp {
    var titleBarInput: TitleBar.Input {
        let t = tallies()
        let here = !outcomeLoaded && mode == .main ? content.index.title : location
        return TitleBar.Input(here: here, done: t.map(\.done).reduce(0, +), total: t.map(\.total).reduce(0, +), unicode: unicode)
    }

    var statusBarInput: StatusBar.Input {
        StatusBar.Input(hints: keys.hints(in: scopes), message: message, saveState: saveState, readOnly: readOnly, unicode: unicode)
    }

    func mainInput(_ layout: GuideLayout) -> MainView.Input {
        var rows: [[Run]] = []
        if !layout.outcomes.isEmpty {
            let (inner, barWidth) = MainView.outcomeColumns(layout)
            // The rows change only with the counts or the width: made once, then kept.
            let changed = reviewChanged
            let marked = changed.isEmpty ? [] : content.index.outcomes.map { o in changed.contains { $0.hasPrefix(o.id + ".") } }
            let counts = tallies()
            let key = OutcomeRowsKey(tallies: counts, inner: inner, unicode: unicode, marked: marked)
            if let kept = viewMemos.outcomeRows, kept.key == key {
                rows = kept.rows
            } else {
                rows = MainView.outcomeRows(titles: content.index.outcomes.map(\.title), tallies: counts, outcomes: content.chapters, inner: inner,
                                            barWidth: barWidth, glyphs: glyphs, marked: marked)
                viewMemos.outcomeRows = (key, rows)
            }
        }
        let outcome = currentOutcome
        let partsTitle = content.index.outcomes.indices.contains(outcomeIndex) ? content.index.outcomes[outcomeIndex].title : "Parts"
        let partTitles = layout.parts.isEmpty ? [] : parts.map { part in outcome.map { part.title(in: $0) } ?? "Overview" }
        return MainView.Input(outcomeRows: rows, outcomeIndex: outcomeIndex, outcomeScroll: outcomeScroll,
                              partsTitle: partsTitle, partTitles: partTitles, partIndex: partIndex, partScroll: partScroll,
                              focus: focus, content: layout.content.isEmpty ? nil : contentInput(layout), unicode: unicode)
    }

    func contentInput(_ layout: GuideLayout) -> ContentView.Input {
        let outcome = currentOutcome
        var input = ContentView.Input(title: outcome.map { currentPart.title(in: $0) } ?? "Loading", focused: focus == .content,
                                      problem: loadProblems[outcomeIndex], document: nil, scroll: contentScroll, checklist: nil,
                                      stepIndex: stepIndex, needles: search.highlight.map(TextMatch.folded), unicode: unicode)
        guard let outcome else { return input }
        // The wrapped document from the state, or (if drawn at another size) wrapped now.
        let checklist = currentPart == .practice
        let key = RenderedDocument.Key(outcome: outcomeIndex, checklist: checklist, width: layout.contentText.width, unicode: unicode)
        input.document = document?.key == key ? document!
            : RenderedDocument(key: key, parts: DocumentBuilder.parts(outcome, checklist: checklist, front: front))
        if checklist {
            let steps = outcome.steps
            let changed = reviewChanged
            input.checklist = ChecklistRow.Steps(steps: steps, progress: steps.map { progress.steps[$0.id] }, today: today,
                                                 changed: changed.isEmpty ? [] : steps.map { changed.contains($0.id) })
        }
        return input
    }

    /// `1 Connectivity`; the introduction and annexes have no number.
    static func numbered(_ o: Outcome) -> String { o.number > 0 ? "\(o.number) \(o.title)" : o.title }

    var helpInput: HelpView.Input { HelpView.Input(scroll: helpScroll, unicode: unicode, keys: keys) }

    func editorInput(_ layout: GuideLayout) -> EditorView.Input? {
        guard let e = editor else { return nil }
        let stepLines = editorStepLines(width: max(1, layout.editorText.width))
        let teamLines = team.map { TeamLines.of(e.stepID, in: $0, separator: "; ") } ?? []
        return EditorView.Input(editor: e, stepLines: stepLines,
                                status: progress.status(of: e.stepID), today: calendarToday, unicode: unicode,
                                team: teamLines, keys: editorKeys(), rows: editorRows(layout, stepLines: stepLines.count, team: teamLines))
    }

    func searchInput(_ layout: GuideLayout) -> SearchView.Input {
        let first = max(0, search.scroll)
        let rows = search.hits.indices.dropFirst(first).prefix(layout.searchRows).map { i in
            let hit = search.hits[i]
            let place = outcomes[hit.outcome].map { "\(Self.numbered($0))\(glyphs.separator)\(hit.part.title(in: $0))" }
                ?? "Outcome \(hit.outcome + 1)"
            return SearchView.Input.Row(hit: hit, place: place, selected: i == search.selected)
        }
        return SearchView.Input(field: search.field, hitCount: search.hits.count, rows: rows, unicode: unicode)
    }

    var caseBrowserInput: CaseBrowserView.Input {
        let b = caseBrowser
        let shown = b.shown
        var detail: CaseBrowserView.Input.Detail?
        if shown.indices.contains(b.selected) {
            let e = shown[b.selected]
            let councils = e.study.councils.map { name in
                front?.notableCouncil(named: name).map { "\($0.name), \($0.type), \($0.region)" } ?? name
            }
            detail = .init(organisation: e.study.organisation, outcome: outcomeName(e.outcome), category: b.category(of: e),
                           councils: councils, summary: e.study.summary)
        }
        return CaseBrowserView.Input(
            outcomeFilter: b.outcomeFilter.map(outcomeName) ?? "all", categoryFilter: b.categoryFilter ?? "all",
            typeFilter: b.typeFilter ?? "all", regionFilter: b.regionFilter ?? "all",
            total: b.all.count, shown: shown.map { .init(organisation: $0.study.organisation, outcomeNumber: $0.outcome + 1) },
            selected: b.selected, scroll: b.scroll, detail: detail, unicode: unicode)
    }

    func myWorkInput(_ layout: GuideLayout) -> MyWorkView.Input {
        let w = myWork
        let changed = w.filters.changedOnly ? changedSinceLastReview : []
        let rows = w.rows.map { i -> MyWorkView.Input.Row in
            let e = w.all[i]
            let p = progress.steps[e.step.id]
            return .init(status: p?.status ?? .notStarted, number: e.number, title: e.step.text,
                         owner: p?.owner.map { DisplayText.safe(glyphs.oneLine($0)) }, due: p?.due.map { DisplayText.safe($0) },
                         overdue: p?.isOverdue(today: today) ?? false, outcome: outcomeName(e.outcome),
                         kept: !w.filters.admits(p, today: today, changed: changed.contains(e.step.id)))
        }
        var detail: MyWorkView.Input.Detail?
        if let e = w.current {
            detail = .init(id: e.step.id, outcome: outcomeName(e.outcome), text: e.step.text,
                           note: progress.steps[e.step.id]?.note.map { DisplayText.safe(glyphs.oneLine($0)) })
        }
        let owner: String
        switch w.filters.owner {
        case .anyone: owner = "anyone"
        case .nobody: owner = "no owner"
        case .named(let name): owner = DisplayText.safe(name)
        }
        return MyWorkView.Input(total: w.all.count, rows: rows, selected: w.selected, scroll: w.scroll, filters: w.filters,
                                review: lastReview.map { DisplayText.safe($0.name) }, owner: owner, detail: detail, unicode: unicode)
    }

    /// `1 Connectivity`, for the outcome at position `i`.
    func outcomeName(_ i: Int) -> String {
        let index = content.index.outcomes
        return index.indices.contains(i) ? "\(i + 1) \(index[i].title)" : "\(i + 1)"
    }

    /// Where the user is, e.g. `1 Connectivity › Put into practice`.
    var location: String {
        let sep = glyphs.separator
        switch mode {
        case .caseBrowser: return "Case studies"
        case .myWork: return "My work"
        case .search: return "Search"
        case .editor: return "Editing " + (editor?.stepID ?? "")
        case .main:
            guard let o = currentOutcome else { return "Outcome \(outcomeIndex + 1)" }
            var s = Self.numbered(o)
            if focus != .outcomes { s += sep + currentPart.title(in: o) }
            if focus == .content, let step = currentStep { s += sep + step.id }
            return s
        }
    }
}
