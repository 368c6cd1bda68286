import AlmanacModel

/// Small caches the views keep between frames, for work whose inputs rarely change but that
/// costs much with cold caches: counting each outcome's ticked steps (a pass over the
/// progress), the outcomes pane's rows, and the status bar's row of key hints (text
/// measured and laid out). Like
/// `FrameMemo`, only caches: a frame is the same with or without them. One thread only.
final class ViewMemos: @unchecked Sendable {
    /// Ticked and total steps per outcome, and what they were counted from.
    var tallies: (key: TalliesKey, value: [OutcomeCount])?
    /// The outcomes pane's rows (titles, bars, counts) and what they were made from.
    var outcomeRows: (key: OutcomeRowsKey, rows: [[Run]])?
    /// The status bar's cells and what they were drawn from.
    var statusBar: (key: StatusBarKey, cells: [Cell])?
}

/// What an outcome's step counts are made from: the progress's steps, and the outcomes loaded
/// (an outcome's steps before it loads follow the almanac's pattern).
struct TalliesKey: Equatable {
    var steps: [String: StepProgress]
    var outcomes: [Outcome?]
}

/// Done of applicable steps in one outcome, as the guide's panes and title bar show it.
struct OutcomeCount: Hashable {
    var done: Int
    var total: Int
}

/// Where the status bar is and what it shows.
struct StatusBarKey: Equatable {
    var rect: Rect
    var input: StatusBar.Input
}
