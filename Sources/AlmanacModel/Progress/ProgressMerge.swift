import Foundation

/// Two versions of one step that both changed, and what was kept.
public struct MergeConflict: Hashable, Sendable {
    public var step: String
    /// The later change, with any carried-over text, as it is now.
    public var kept: StepProgress
    public var keptFrom: String
    /// The earlier change, which lost.
    public var lost: StepProgress
    public var lostFrom: String
    /// True when the loser's note, owner or due date was appended to the kept note.
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

/// Combines two progress files step by step: the later change wins, and typed text never
/// disappears.
public enum ProgressMerge {
    /// Merges `theirs` into `ours`.
    ///
    /// With a `base` (what `ours` was loaded from), a step changed on one side only takes that
    /// side, and only steps changed on both sides conflict; this is how a save merges with a file
    /// another process changed meanwhile. Without one (merging two files), every step that
    /// differs counts as changed on both sides. In a conflict the later `changed` wins (ours on a
    /// tie), and the loser's note, owner and due date, where they would be lost, are appended to
    /// the winner's note as a line `[from <label>; owner …; due …] note`. Steps only one side
    /// knows, including ids the content does not know, are always kept.
    public static func merge(ours: Progress, theirs: Progress, base: Progress? = nil,
                             oursLabel: String, theirsLabel: String) -> MergeResult {
        var merged = ours
        merged.version = Progress.schemaVersion
        var changes: [MergeChange] = []
        var conflicts: [MergeConflict] = []

        func mergeStep(_ id: String, _ o: StepProgress?, _ t: StepProgress?) {
            if o == t { return }
            let result: StepProgress?
            if let base {
                let b = base.steps[id]
                if t == b {
                    result = o
                } else if o == b {
                    result = t
                } else {
                    result = resolve(id, o, t, oursLabel, theirsLabel, &conflicts)
                }
            } else {
                result = resolve(id, o, t, oursLabel, theirsLabel, &conflicts)
            }
            if result != o, let result {
                merged.steps[id] = result
                changes.append(MergeChange(step: id, before: o, after: result))
            }
        }
        // Their ids, then ours they lack: cheaper than building the set of all ids.
        for (id, t) in theirs.steps { mergeStep(id, ours.steps[id], t) }
        for (id, o) in ours.steps where theirs.steps[id] == nil { mergeStep(id, o, nil) }
        if let base, ours.position == base.position { merged.position = theirs.position }
        // Byte order: as good as any for ids, and far cheaper than String's Unicode ordering.
        changes.sort { $0.step.utf8.lexicographicallyPrecedes($1.step.utf8) }
        conflicts.sort { $0.step.utf8.lexicographicallyPrecedes($1.step.utf8) }
        return MergeResult(merged: merged, changes: changes, conflicts: conflicts)
    }

    private static func resolve(_ id: String, _ o: StepProgress?, _ t: StepProgress?,
                                _ oursLabel: String, _ theirsLabel: String,
                                _ conflicts: inout [MergeConflict]) -> StepProgress? {
        guard let o else { return t }
        guard let t else { return o }
        let oursWins = o.changed >= t.changed
        var (winner, loser) = oursWins ? (o, t) : (t, o)
        let loserLabel = oursWins ? theirsLabel : oursLabel
        let line = carriedLine(winner: winner, loser: loser, from: loserLabel)
        if let line {
            let note = winner.note ?? ""
            winner.note = note.isEmpty ? line : note + "\n" + line
        }
        conflicts.append(MergeConflict(step: id, kept: winner, keptFrom: oursWins ? oursLabel : theirsLabel,
                                       lost: loser, lostFrom: loserLabel, carriedText: line != nil))
        return winner
    }

    /// The loser's text the winner does not already hold, or nil when nothing would be lost.
    static func carriedLine(winner: StepProgress, loser: StepProgress, from label: String) -> String? {
        let winnerNote = winner.note ?? ""
        let owner = loser.owner.flatMap { $0.isEmpty || $0 == winner.owner ? nil : $0 }
        let due = loser.due.flatMap { $0 == winner.due ? nil : $0 }
        var note = loser.note ?? ""
        // A note the winner starts with (the same, or since extended) or already carries from an
        // earlier merge would not be lost. Compared as bytes: this runs for every conflict.
        if !note.isEmpty,
           winnerNote.utf8.starts(with: note.utf8) || winnerNote.contains("] " + note) { note = "" }
        if note.isEmpty, owner == nil, due == nil { return nil }
        var tags = ["from \(label)"]
        if let owner { tags.append("owner \(owner)") }
        if let due { tags.append("due \(due)") }
        let line = "[" + tags.joined(separator: "; ") + "]" + (note.isEmpty ? "" : " " + note)
        // Merging the same files again must not append the same line twice.
        return winnerNote.contains(line) ? nil : line
    }
}

