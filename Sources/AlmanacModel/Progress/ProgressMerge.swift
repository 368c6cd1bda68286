import Foundation

/// Two versions of one step that both set some field differently, and what was kept.
public struct MergeConflict: Hashable, Sendable {
    public var step: String
    /// The fields both sides set differently.
    public var fields: [StepField]
    /// The step as merged, with any carried-over text.
    public var kept: StepProgress
    /// The side whose values won the most recent of those fields.
    public var keptFrom: String
    /// The other side's step.
    public var lost: StepProgress
    public var lostFrom: String
    /// True when the losing side's note, owner or due date was appended to the kept note.
    public var carriedText: Bool
}

/// A step whose merged value differs from `ours`.
public struct MergeChange: Hashable, Sendable {
    public var step: String
    public var before: StepProgress?
    public var after: StepProgress
}

public struct MergeResult: Hashable, Sendable {
    public var merged: Progress
    /// Sorted by step id.
    public var changes: [MergeChange]
    /// Sorted by step id.
    public var conflicts: [MergeConflict]
}

/// Combines progress field by field: the later change of each field wins, and typed text
/// never disappears.
public enum ProgressMerge {
    /// One step from two sides: each field takes the side that set it later. Equal times (the
    /// same change seen twice, or two at one millisecond) pick the larger value, so the result
    /// never depends on which side is which, nor on the order files are merged in.
    public static func join(_ a: StepProgress, _ b: StepProgress) -> StepProgress {
        var out = a
        for f in StepField.allCases where takesOther(a, b, f) { out.set(b[f], at: b.times[f]) }
        return out
    }

    /// True when `b`'s value of `f` beats `a`'s.
    static func takesOther(_ a: StepProgress, _ b: StepProgress, _ f: StepField) -> Bool {
        let (ta, tb) = (a.times[f], b.times[f])
        if tb != ta { return tb > ta }
        let (va, vb) = (a[f], b[f])
        if va.isSet != vb.isSet { return vb.isSet }
        return va.text.utf8.lexicographicallyPrecedes(vb.text.utf8)
    }

    /// Joins every step: for saves and anything that must not depend on order.
    public static func join(_ a: Progress, _ b: Progress) -> Progress {
        var out = a
        out.version = Progress.schemaVersion
        for (id, t) in b.steps { out.steps[id] = a.steps[id].map { join($0, t) } ?? t }
        return out
    }

    /// Merges `theirs` into `ours` (`almanac merge`): the join, and where both sides set a note,
    /// owner or due date differently, the losing text is appended to the kept note as a line
    /// `[from <label>; owner …; due …] note`, so nothing typed is lost. Steps only one side
    /// knows, including ids the content does not know, are always kept.
    public static func merge(ours: Progress, theirs: Progress, oursLabel: String, theirsLabel: String) -> MergeResult {
        var merged = ours
        merged.version = Progress.schemaVersion
        var changes: [MergeChange] = []
        var conflicts: [MergeConflict] = []
        for (id, t) in theirs.steps {
            let o = ours.steps[id]
            guard let o else {
                merged.steps[id] = t
                changes.append(MergeChange(step: id, before: nil, after: t))
                continue
            }
            if o == t { continue }
            var result = join(o, t)
            // Text both sides hold, differently: the earlier would be lost. (A status is simply
            // the later one; it has no text to keep.)
            let clashing = [StepField.note, .owner, .due, .evidence, .reason].filter { f in
                o[f] != t[f] && o.times[f] != FieldTimes.never && t.times[f] != FieldTimes.never
                    && (takesOther(o, t, f) ? o[f] : t[f]).isSet
            }
            if !clashing.isEmpty {
                // The side that won the latest clashing field names the conflict.
                let latest = clashing.max { max(o.times[$0], t.times[$0]) < max(o.times[$1], t.times[$1]) }!
                let theirsWon = takesOther(o, t, latest)
                let loser = theirsWon ? o : t
                let line = carriedLine(winner: result, loser: loser, fields: clashing,
                                       from: theirsWon ? oursLabel : theirsLabel)
                if let line {
                    let note = result.note ?? ""
                    result.set(.note(note.isEmpty ? line : note + "\n" + line), at: max(result.times.note, loser.times.note))
                }
                conflicts.append(MergeConflict(step: id, fields: clashing, kept: result,
                                               keptFrom: theirsWon ? theirsLabel : oursLabel, lost: loser,
                                               lostFrom: theirsWon ? oursLabel : theirsLabel, carriedText: line != nil))
            }
            if result != o {
                merged.steps[id] = result
                changes.append(MergeChange(step: id, before: o, after: result))
            }
        }
        // Byte order: as good as any for ids, and far cheaper than String's Unicode ordering.
        changes.sort { $0.step.utf8.lexicographicallyPrecedes($1.step.utf8) }
        conflicts.sort { $0.step.utf8.lexicographicallyPrecedes($1.step.utf8) }
        return MergeResult(merged: merged, changes: changes, conflicts: conflicts)
    }

    /// The loser's text among the clashing fields that the winner does not already hold, or nil
    /// when nothing would be lost.
    static func carriedLine(winner: StepProgress, loser: StepProgress, fields: [StepField] = StepField.allCases,
                            from label: String) -> String? {
        let winnerNote = winner.note ?? ""
        let owner = fields.contains(.owner) ? loser.owner.flatMap { $0.isEmpty || $0 == winner.owner ? nil : $0 } : nil
        let due = fields.contains(.due) ? loser.due.flatMap { $0 == winner.due ? nil : $0 } : nil
        let reason = fields.contains(.reason) ? loser.reason.flatMap { $0.isEmpty || $0 == winner.reason ? nil : $0 } : nil
        // Evidence the kept list lacks: carried as text, not put back, so a removal still wins.
        let evidence = fields.contains(.evidence) ? loser.evidence.filter { !winner.evidence.contains($0) } : []
        var note = fields.contains(.note) ? loser.note ?? "" : ""
        // A note the winner starts with (the same, or since extended) or already carries from an
        // earlier merge would not be lost. Compared as bytes: this runs for every conflict.
        if !note.isEmpty,
           winnerNote.utf8.starts(with: note.utf8) || winnerNote.contains("] " + note) { note = "" }
        if note.isEmpty, owner == nil, due == nil, reason == nil, evidence.isEmpty { return nil }
        var tags = ["from \(label)"]
        if let owner { tags.append("owner \(owner)") }
        if let due { tags.append("due \(due)") }
        if let reason { tags.append("reason \(reason)") }
        tags += evidence.map { "evidence \($0.line)" }
        let line = "[" + tags.joined(separator: "; ") + "]" + (note.isEmpty ? "" : " " + note)
        // Merging the same files again must not append the same line twice.
        return winnerNote.contains(line) ? nil : line
    }
}

extension FieldValue {
    /// False for a cleared note, owner or due date.
    public var isSet: Bool {
        switch self {
        case .status: true
        case .note(let t), .owner(let t), .due(let t), .reason(let t): t != nil
        case .evidence(let items): !items.isEmpty
        }
    }
}
