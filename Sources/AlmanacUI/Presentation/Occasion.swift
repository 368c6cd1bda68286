import AlmanacModel

/// What the opening and closing slides say beyond the almanac: who the session is for, its
/// date, and the room's decisions so far.
public struct Occasion: Hashable, Sendable {
    /// The council or profile the session is for, if known.
    public var audience: String?
    /// The day, as the room reads it: "1 December 2026".
    public var date: String
    public var decisions: [SessionDecision]

    public init(audience: String? = nil, date: String = "", decisions: [SessionDecision] = []) {
        self.audience = audience
        self.date = date
        self.decisions = decisions
    }
}
