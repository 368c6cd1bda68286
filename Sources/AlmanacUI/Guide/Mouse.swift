/// Clicks select what they land on (a check box click ticks); the wheel scrolls.
extension GuideApp {
    mutating func handleMouse(_ button: MouseButton, x: Int, y: Int) -> [GuideEffect] {
        let layout = self.layout
        guard !layout.tooSmall else { return [] }
        let wheel = button == .wheelUp ? -3 : (button == .wheelDown ? 3 : 0)
        if showingHelp {
            if wheel != 0 { helpScroll += wheel } else { showingHelp = false }
            return []
        }
        switch mode {
        case .main: return mainMouse(layout, wheel: wheel, x: x, y: y)
        case .myWork: return myWorkMouse(layout, wheel: wheel, x: x, y: y)
        case .caseBrowser:
            let list = layout.caseList
            if wheel != 0 { caseBrowser.selected += wheel; return [] }
            if list.contains(x: x, y: y) { caseBrowser.selected = caseBrowser.scroll + y - list.y }
        case .search:
            let list = layout.searchList
            if wheel != 0 { search.selected += wheel; return [] }
            if list.contains(x: x, y: y) {
                let row = search.scroll + (y - list.y) / GuideLayout.searchRowsPerHit
                if row == search.selected { return searchCommand(.open) }
                search.selected = row
            }
        case .editor:
            guard let e = editor else { return [] }
            let rows = editorRows(layout)
            if let (field, item) = layout.editorField(at: y, rows: rows) {
                editor?.field = field
                if let item { editor?.selectedEvidence = min(e.evidence.count - 1, item + rows.firstItem(selected: e.selectedEvidence, count: e.evidence.count)) }
            }
        }
        return []
    }

    mutating func mainMouse(_ layout: GuideLayout, wheel: Int, x: Int, y: Int) -> [GuideEffect] {
        let outcomesInner = layout.outcomes.inset(1)
        let partsInner = layout.parts.inset(1)
        let text = layout.contentText
        if wheel != 0 {
            if outcomesInner.contains(x: x, y: y) { selectOutcome(outcomeIndex + wheel.signum()) }
            else if partsInner.contains(x: x, y: y) { selectPart(partIndex + wheel.signum()) }
            else if currentPart == .practice { contentScroll += wheel }
            else { scrollContent(by: wheel) }
            return []
        }
        if outcomesInner.contains(x: x, y: y) {
            focus = .outcomes
            selectOutcome(outcomeScroll + y - outcomesInner.y)
        } else if partsInner.contains(x: x, y: y) {
            focus = .parts
            selectPart(partScroll + y - partsInner.y)
        } else if layout.content.contains(x: x, y: y) {
            focus = .content
            guard let doc = document, text.contains(x: x, y: y) else { return [] }
            let n = contentScroll + y - text.y
            guard doc.lines.indices.contains(n), let step = doc.lines[n].step else { return [] }
            stepIndex = step
            if case .stepFirst = doc.lines[n].kind, x < text.x + GuideLayout.checkBoxColumns.upperBound {
                return checklistCommand(.toggleStep) ?? []
            }
        }
        return []
    }
}
