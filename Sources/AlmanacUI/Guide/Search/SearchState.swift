import AlmanacModel
/// The search screen and the hits `n`/`N` move between after it closes.
public struct SearchState: Sendable {
    public var field = TextField()
    public var hits: [GuideHit] = []
    public var selected = 0
    public var scroll = 0
    /// The query's terms, folded, which the content pane highlights once a hit was opened.
    public var highlight: [String] = []
    /// The hit last jumped to, for `n` and `N`.
    public var current: Int?
    /// The screen search was opened from, where Esc goes back to (My work, the case studies).
    public var returnMode: Mode = .main

    public init() {}
}
