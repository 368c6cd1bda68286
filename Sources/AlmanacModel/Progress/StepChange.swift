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
    /// The evidence the person saw when they changed it: if the file's list has changed since,
    /// saving applies only their additions and removals to it (`rebasingEvidence`).
    public var seenEvidence: [Evidence]?

    public init(step: String, _ values: [FieldValue], at: Date, seenNote: String? = nil, seenEvidence: [Evidence]? = nil) {
        self.step = step
        self.values = values
        self.at = at
        self.seenNote = seenNote
        self.seenEvidence = seenEvidence
    }

    /// This change with its evidence list made from the list `current` holds: what the person
    /// added since `seenEvidence` is added and what they removed is removed, so an item another
    /// process added meanwhile is not lost. Unchanged when nothing changed elsewhere.
    public func rebasingEvidence(onto current: StepProgress) -> StepChange {
        guard let seen = seenEvidence, current.evidence != seen,
              let i = values.firstIndex(where: { $0.field == .evidence }),
              case .evidence(let mine) = values[i] else { return self }
        let removed = seen.filter { !mine.contains($0) }
        var list = current.evidence.filter { !removed.contains($0) }
        list += mine.filter { !seen.contains($0) && !list.contains($0) }
        var out = self
        out.values[i] = .evidence(list)
        return out
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
            case .note(let t), .owner(let t), .due(let t), .reason(let t): v.field.rawValue + (t.map { _ in " set" } ?? " cleared")
            case .evidence(let items): items.isEmpty ? "evidence cleared" : "evidence \(items.count)"
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
