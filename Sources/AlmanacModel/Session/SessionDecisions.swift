import Foundation

/// One step the room changed during a presentation: its status before and after, and which
/// of its other fields were set.
public struct SessionDecision: Hashable, Sendable {
    public var step: String
    /// "Data 1.2": the outcome's title and the step's number in it.
    public var place: String
    public var text: String
    public var before: StepStatus
    public var after: StepStatus
    /// Owner, due date and note as set during the session, e.g. `owner Sam Jones`.
    public var fields: [String]

    public var statusChanged: Bool { before != after }
}

/// The room's decisions: what differs between the progress when the presentation began
/// (`before`, statuses only) and now, plus fields set since it began.
public enum SessionDecisions {
    /// The statuses to compare with later: every step not "not started", by id.
    public static func baseline(_ progress: Progress) -> [String: String] {
        var out: [String: String] = [:]
        for (id, p) in progress.steps where p.status != .notStarted { out[id] = p.status.rawValue }
        return out
    }

    /// Changes to the steps of `scope` (an outcome id, or nil for all), in almanac order.
    public static func list(almanac: Almanac, scope: String?, before: [String: String], progress: Progress,
                            since start: Date) -> [SessionDecision] {
        var out: [SessionDecision] = []
        for o in almanac.outcomes where scope == nil || o.id == scope {
            for theme in o.themes {
                for step in theme.steps {
                    let was = before[step.id].flatMap(StepStatus.init(rawValue:)) ?? .notStarted
                    let now = progress.step(step.id)
                    var fields: [String] = []
                    if now.times.owner > start, let owner = now.owner { fields.append("owner " + owner) }
                    if now.times.due > start, let due = now.due { fields.append("due " + due) }
                    if now.times.note > start, now.note != nil { fields.append("note added") }
                    guard was != now.status || !fields.isEmpty else { continue }
                    out.append(SessionDecision(step: step.id, place: "\(o.title) \(theme.number).\(step.number)", text: step.text,
                                               before: was, after: now.status, fields: fields))
                }
            }
        }
        return out
    }
}
