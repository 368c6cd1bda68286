import AlmanacModel

/// Work the first screen did not need, done a piece at a time while no key is waiting: the
/// rest of the document on show, the outcomes either side, and their documents wrapped for
/// the content pane, so moving to the next outcome or into the reading view costs no wrapping.
extension GuideApp {
    enum IdleWork: Equatable {
        case front
        case completeDocument
        case load(Int)
        case wrap(outcome: Int, width: Int)
    }

    public mutating func idle() -> Bool {
        guard let work = nextIdleWork else { return false }
        defer { refresh() }
        switch work {
        case .front:
            loadFront()
        case .completeDocument:
            guard let doc = document, let outcome = outcomes[doc.key.outcome] else { return false }
            document = documents.document(doc.key, outcome: outcome, front: front)
        case .load(let i):
            load(i)
        case .wrap(let i, let width):
            guard let outcome = outcomes[i] else { return false }
            _ = documents.document(.init(outcome: i, checklist: false, width: width, unicode: unicode), outcome: outcome, front: front)
        }
        return true
    }

    /// The most useful piece of work left, or nil when there is none.
    var nextIdleWork: IdleWork? {
        guard !isFinished, mode == .main, !layout.tooSmall else { return nil }
        if front == nil, frontProblem == nil { return .front }
        if let doc = document, !doc.complete { return .completeDocument }
        // The outcome on show, ready for reading at full width.
        let reading = GuideLayout(width: width, height: height, mode: mode, focus: .content, banner: bannerRows(width)).contentText.width
        if outcomes.indices.contains(outcomeIndex), outcomes[outcomeIndex] != nil,
           !documents.isReady(.init(outcome: outcomeIndex, checklist: false, width: reading, unicode: unicode)) {
            return .wrap(outcome: outcomeIndex, width: reading)
        }
        // The outcomes either side (where Up and Down go), for the width of the pane they would
        // show in; not all twelve, to keep memory small.
        let paneWidth = layout.contentText.width
        let order = [outcomeIndex + 1, outcomeIndex - 1].filter(outcomes.indices.contains)
        for i in order where outcomes[i] == nil && loadProblems[i] == nil { return .load(i) }
        guard paneWidth > 0 else { return nil }
        for i in order where outcomes[i] != nil
            && !documents.isReady(.init(outcome: i, checklist: false, width: paneWidth, unicode: unicode)) {
            return .wrap(outcome: i, width: paneWidth)
        }
        return nil
    }
}
