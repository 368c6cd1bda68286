import AlmanacModel

/// My work: opening it, its keys and clicks, and keeping its rows in step with progress.
extension GuideApp {
    /// Opens the list; the filters stay from last time, steps kept by a change do not.
    mutating func openMyWork() {
        if myWork.all.isEmpty {
            _ = loadAll()
            myWork = MyWorkState(outcomes: outcomes, chapters: content.chapters)
        }
        myWork.kept = []
        mode = .myWork
    }

    mutating func myWorkCommand(_ command: Command) -> [GuideEffect]? {
        if let moved = ListPaging.moved(myWork.selected, by: command, page: layout.workRows, count: myWork.rows.count) {
            selectWork(moved)
            return []
        }
        switch command {
        case .back:
            mode = .main
        case .toggleStep, .cycleStatus:
            guard let id = myWork.current?.step.id else { return [] }
            // The row stays on show after the change, though it may no longer match.
            if !readOnly { myWork.kept.insert(id) }
            return stepChange(command, id) ?? []
        case .open:
            openEditorFromMyWork()
        case .undo, .redo:
            return historyCommand(command)
        case .filterOwner:
            let owners = myWork.owners(in: progress)
            changeFilters { $0.nextOwner(among: owners) }
        case .filterStatus: changeFilters { $0.status = $0.status.next }
        case .filterOverdue: changeFilters { $0.overdueOnly.toggle() }
        case .filterChanged:
            guard lastReview != nil else {
                message = Self.noReview
                return []
            }
            changeFilters { $0.changedOnly.toggle() }
        case .clearFilters: changeFilters { $0 = MyWorkFilters() }
        default:
            return nil
        }
        return []
    }

    /// A new filter shows its list from the top, and lets go of the steps kept on show.
    mutating func changeFilters(_ change: (inout MyWorkFilters) -> Void) {
        change(&myWork.filters)
        myWork.kept = []
        myWork.selected = 0
        myWork.selectedID = nil
        myWork.scroll = 0
    }

    mutating func selectWork(_ i: Int) {
        let rows = myWork.rows
        guard !rows.isEmpty else { return }
        myWork.selected = max(0, min(i, rows.count - 1))
        myWork.selectedID = myWork.all[rows[myWork.selected]].step.id
    }

    /// Makes `id` a row (kept on show) and selects it: the step an undo or redo changed.
    mutating func revealInMyWork(_ id: String) {
        guard myWork.all.contains(where: { $0.step.id == id }) else { return }
        myWork.kept.insert(id)
        myWork.selectedID = id
    }

    /// The step editor on the selected step. The editor edits the checklist's selected step,
    /// so the main screen's place is moved to it and put back when the editor closes.
    mutating func openEditorFromMyWork() {
        guard let e = myWork.current else { return }
        let place = MyWorkState.Place(outcome: outcomeIndex, part: partIndex, step: stepIndex, focus: focus, scroll: contentScroll)
        outcomeIndex = e.outcome
        partIndex = parts.firstIndex(of: .practice) ?? partIndex
        stepIndex = e.index
        openEditor()
        if mode == .editor {
            myWork.editing = place
            myWork.kept.insert(e.step.id)
        } else {
            restore(place)
        }
    }

    /// After the editor saved or cancelled: back to My work if it was opened from there.
    mutating func returnFromEditor() {
        guard mode == .main, let place = myWork.editing else { return }
        myWork.editing = nil
        restore(place)
        mode = .myWork
    }

    private mutating func restore(_ place: MyWorkState.Place) {
        outcomeIndex = place.outcome
        partIndex = place.part
        stepIndex = place.step
        focus = place.focus
        contentScroll = place.scroll
    }

    /// The rows for the filters and the progress now, with the selection on the same step.
    /// The selected step stays on show when a change elsewhere makes it stop matching, as a
    /// change made here does; other rows come and go with the progress.
    mutating func refreshMyWork(_ layout: GuideLayout) {
        let changed = myWork.filters.changedOnly ? changedSinceLastReview : []
        var rows = myWork.matching(progress, today: today, changed: changed)
        if let id = myWork.selectedID, myWork.current?.step.id == id, !rows.contains(where: { myWork.all[$0].step.id == id }) {
            myWork.kept.insert(id)
            rows = myWork.matching(progress, today: today, changed: changed)
        }
        myWork.rows = rows
        if let id = myWork.selectedID, let i = rows.firstIndex(where: { myWork.all[$0].step.id == id }) {
            myWork.selected = i
        }
        myWork.selected = max(0, min(myWork.selected, rows.count - 1))
        myWork.selectedID = myWork.current?.step.id
        myWork.scroll = Self.scroll(myWork.scroll, keeping: myWork.selected, count: rows.count, rows: layout.workRows)
    }

    /// A click selects a row, and ticks it on its check box; the wheel moves the selection.
    mutating func myWorkMouse(_ layout: GuideLayout, wheel: Int, x: Int, y: Int) -> [GuideEffect] {
        if wheel != 0 {
            selectWork(myWork.selected + wheel)
            return []
        }
        let list = layout.workList
        guard list.contains(x: x, y: y) else { return [] }
        let row = myWork.scroll + y - list.y
        guard myWork.rows.indices.contains(row) else { return [] }
        selectWork(row)
        // `▸ [✓]`: the check box is the list's third to fifth columns.
        if x >= list.x + 2, x < list.x + 5 { return myWorkCommand(.toggleStep) ?? [] }
        return []
    }
}
