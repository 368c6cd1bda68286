import AlmanacModel
import Foundation

/// What a team knows about one step, as lines for the step detail: who set each field, what
/// each member answered when they differ, and the latest changes, newest first.
enum TeamLines {
    static func of(_ step: String, in team: TeamView, separator: String, history: Int = 5) -> [String] {
        var out: [String] = []
        if let setBy = team.setBy[step] {
            let parts = StepField.allCases.compactMap { f in
                setBy[f].map { "\(f.rawValue) by \(DisplayText.safe($0.name)) on \(Timestamp.calendarDate($0.at))" }
            }
            if !parts.isEmpty { out.append("Last changed: " + parts.joined(separator: separator)) }
        }
        let spread = team.spread(of: step)
        if spread.count > 1 {
            out.append("Answers: " + spread.map { status, names in
                StatusWords.of(status) + ": " + names.map { DisplayText.safe($0) }.joined(separator: ", ")
            }.joined(separator: separator))
        }
        for change in team.history(of: step).suffix(history).reversed() {
            out.append("\(Timestamp.format(change.at).prefix(16).replacingOccurrences(of: "T", with: " ")) "
                       + "\(DisplayText.safe(change.name)): \(describe(change.value))")
        }
        return out
    }

    static func describe(_ value: FieldValue) -> String {
        switch value {
        case .status(let s): return "status " + StatusWords.of(s)
        case .note(let t): return t.map { "note \"" + DisplayText.safe(String($0.prefix(60))) + ($0.count > 60 ? "…\"" : "\"") } ?? "note cleared"
        case .owner(let t): return t.map { "owner " + DisplayText.safe($0) } ?? "owner cleared"
        case .due(let t): return t.map { "due " + $0 } ?? "due date cleared"
        case .reason(let t): return t.map { "reason \"" + DisplayText.safe(String($0.prefix(60))) + ($0.count > 60 ? "…\"" : "\"") } ?? "reason cleared"
        case .evidence(let items): return items.isEmpty ? "evidence cleared" : "evidence: " + EvidenceWords.count(items.count)
        }
    }
}
