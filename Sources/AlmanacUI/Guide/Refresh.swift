/// Keeping derived state in step with the rest after every event: the wrapped document for
/// the content pane's width, and every scroll offset clamped. Views never clamp.
extension GuideApp {
    mutating func refresh() {
        outcomeIndex = max(0, min(outcomeIndex, max(0, outcomeCount - 1)))
        partIndex = max(0, min(partIndex, parts.count - 1))
        stepIndex = max(0, min(stepIndex, max(0, currentStepCount - 1)))
        let layout = self.layout
        keptLayout = layout
        guard !layout.tooSmall else { return }
        if mode == .main { refreshDocument(layout) }
        if mode == .myWork { refreshMyWork(layout) }
        clampLists(layout)
        clampHelp(layout)
    }

    mutating func refreshDocument(_ layout: GuideLayout) {
        let text = layout.contentText
        guard text.width > 0, outcomes.indices.contains(outcomeIndex), outcomes[outcomeIndex] != nil else { return }
        let checklist = currentPart == .practice
        let key = RenderedDocument.Key(outcome: outcomeIndex, checklist: checklist, width: text.width, unicode: unicode)
        // Reading or scrolling needs the whole document; a glance from the lists needs only
        // the part on show (the idle time after the frame wraps the rest).
        let whole = checklist || focus == .content || followScroll
        let rows = max(1, text.height)
        let stale = document.map { $0.key != key || !$0.complete && (whole || !$0.covers(currentPart, rows: rows)) } ?? true
        if stale {
            // Keep the reader's place across a re-wrap: the item at the top stays at the top.
            // A part's first line (its rule) stays a part's first line.
            var anchor: Int? = nil
            var partAnchor: Part? = nil
            if let old = document, old.key.outcome == key.outcome, old.key.checklist == checklist, !revealPart {
                anchor = old.item(atLine: contentScroll)
                partAnchor = old.part(atLine: contentScroll).flatMap { old.lineStart(of: $0) == contentScroll ? $0 : nil }
            }
            guard let outcome = currentOutcome else { return }
            var doc: RenderedDocument? = nil
            if !whole, !documents.isReady(key) {
                doc = documents.prefix(key, outcome: outcome, front: front, showing: currentPart, rows: rows)
            }
            if doc?.covers(currentPart, rows: rows) != true {
                if !checklist { loadFront() }
                doc = documents.document(key, outcome: outcome, front: front)
            }
            document = doc
            if let part = partAnchor, let start = document?.lineStart(of: part) {
                contentScroll = start
            } else if let anchor, let doc = document, doc.itemStarts.indices.contains(anchor) {
                contentScroll = doc.itemStarts[anchor]
            }
            revealStep = true
        }
        guard let doc = document else { return }
        if revealPart, !checklist, let start = doc.lineStart(of: currentPart) {
            contentScroll = start
        }
        revealPart = false
        if let item = pendingItem, let i = doc.itemIndex(item, of: currentPart) {
            contentScroll = max(0, doc.itemStarts[i] - 1)
        }
        pendingItem = nil
        let viewport = max(1, text.height)
        if revealStep, checklist, doc.stepStarts.indices.contains(stepIndex) {
            let start = doc.stepStarts[stepIndex]
            var end = start
            while end + 1 < doc.lines.count, doc.lines[end + 1].step == stepIndex { end += 1 }
            // Show the theme heading above a theme's first step when there is room.
            let top = stepIndex % 3 == 0 ? max(0, start - 2) : start
            if top < contentScroll { contentScroll = top }
            if end >= contentScroll + viewport { contentScroll = end - viewport + 1 }
        }
        revealStep = false
        contentScroll = max(0, min(contentScroll, doc.lines.count - viewport))
        // Scrolling the reading document moves the parts pane to the part at the top.
        if followScroll, !checklist, let part = doc.part(atLine: contentScroll), let i = parts.firstIndex(of: part) {
            partIndex = i
        }
        followScroll = false
    }

    mutating func clampLists(_ layout: GuideLayout) {
        outcomeScroll = Self.scroll(outcomeScroll, keeping: outcomeIndex, count: outcomeCount, rows: layout.outcomes.height - 2)
        partScroll = Self.scroll(partScroll, keeping: partIndex, count: parts.count, rows: layout.parts.height - 2)
        // The browser's list is filtered afresh each time it is asked for: only while on show.
        if mode == .caseBrowser {
            let shown = caseBrowser.shown.count
            caseBrowser.selected = max(0, min(caseBrowser.selected, shown - 1))
            caseBrowser.scroll = Self.scroll(caseBrowser.scroll, keeping: caseBrowser.selected, count: shown,
                                             rows: layout.caseRows)
        }
        search.selected = max(0, min(search.selected, search.hits.count - 1))
        search.scroll = Self.scroll(search.scroll, keeping: search.selected, count: search.hits.count,
                                    rows: layout.searchRows)
    }

    mutating func clampHelp(_ layout: GuideLayout) {
        guard showingHelp else { return }
        let box = layout.helpBox
        let lines = HelpText.lines(width: box.width - 4, unicode: unicode, keys: keys).count
        helpScroll = max(0, min(helpScroll, lines - (box.height - 2)))
    }

    /// A list's first visible row, moved as little as possible to show `selected`.
    static func scroll(_ scroll: Int, keeping selected: Int, count: Int, rows: Int) -> Int {
        guard rows > 0, count > 0 else { return 0 }
        var s = scroll
        if selected < s { s = selected }
        if selected >= s + rows { s = selected - rows + 1 }
        return max(0, min(s, count - rows))
    }
}
