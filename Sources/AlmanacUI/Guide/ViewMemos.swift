/// Small caches the views keep between frames, for work whose inputs rarely change but that
/// costs much with cold caches: counting each outcome's ticked steps (a pass over the
/// progress), the outcomes pane's rows, and the status bar's row of key hints (text
/// measured and laid out). Like
/// `FrameMemo`, only caches: a frame is the same with or without them. One thread only.
final class ViewMemos: @unchecked Sendable {
    /// Ticked and total steps per outcome, and the `GuideApp.tallyRevision` they were made for.
    var tallies: (revision: Int, value: [(done: Int, total: Int)])?
    /// The outcomes pane's rows (titles, bars, counts) and what they were made from.
    var outcomeRows: (key: OutcomeRowsKey, rows: [[Run]])?
    /// The status bar's cells and what they were drawn from.
    var statusBar: (key: StatusBarKey, cells: [Cell])?
    private var revisions = 0

    /// A number no state sharing these memos has had: a state's `tallyRevision`.
    func nextRevision() -> Int {
        revisions += 1
        return revisions
    }
}

/// Where the status bar is and what it shows.
struct StatusBarKey: Equatable {
    var rect: Rect
    var input: StatusBar.Input
}
