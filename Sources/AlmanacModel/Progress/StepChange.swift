import Foundation

/// What one person changed about one step: only the fields they changed, at one time.
///
/// Every screen and command records changes, never whole steps, so a tick never carries a
/// stale copy of a note, owner or due date that another process has since changed.
public struct StepChange: Hashable, Sendable {
    public var step: String
    public var values: [FieldValue]
    public var at: Date
    /// The note the person saw when they began typing a new one: if the file's note has changed
    /// since, saving keeps both (`ProgressStore.save`). Nil when the note is not changed.
    public var seenNote: String?

    public init(step: String, _ values: [FieldValue], at: Date, seenNote: String? = nil) {
        self.step = step
        self.values = values
        self.at = at
        self.seenNote = seenNote
    }

    /// The fields that differ from `old`; nil when nothing would change.
    public static func from(_ old: StepProgress, to new: StepProgress, step: String, at: Date) -> StepChange? {
        let values = StepField.allCases.compactMap { f in old[f] == new[f] ? nil : new[f] }
        return values.isEmpty ? nil : StepChange(step: step, values, at: at)
    }

    /// Plain words for a message: `status done, note cleared`.
    public var summary: String {
        values.map { v in
            switch v {
            case .status(let s): "status " + s.rawValue
            case .note(let t), .owner(let t), .due(let t): v.field.rawValue + (t.map { _ in " set" } ?? " cleared")
            }
        }.joined(separator: ", ")
    }
}

extension Progress {
    /// Applies a change field by field; a field changed later elsewhere keeps its later value.
    /// Returns the fields that took the change.
    @discardableResult
    public mutating func apply(_ change: StepChange) -> [StepField] {
        var step = self.step(change.step)
        var taken: [StepField] = []
        for value in change.values where change.at >= step.times[value.field] {
            step.set(value, at: change.at)
            taken.append(value.field)
        }
        if !taken.isEmpty { steps[change.step] = step }
        return taken
    }
}
