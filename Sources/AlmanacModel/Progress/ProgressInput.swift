import Foundation

/// Parses what users type for a step's status and due date.
public enum ProgressInput {
    public static let acceptedStatuses = "not-started, in-progress, done, not-applicable (or todo, started, na)"

    /// A status from its name or a common short form, ignoring case.
    public static func status(_ text: String) -> StepStatus? {
        let key = text.trimmingCharacters(in: .whitespaces).lowercased().replacingOccurrences(of: "_", with: "-")
        if let s = StepStatus(rawValue: key) { return s }
        switch key {
        case "todo", "not started", "notstarted", "none": return .notStarted
        case "started", "doing", "in progress", "inprogress", "wip": return .inProgress
        case "complete", "completed", "finished", "ticked": return .done
        case "na", "n/a", "not applicable", "notapplicable", "skip", "skipped": return .notApplicable
        default: return nil
        }
    }

    /// A due date: `YYYY-MM-DD` that exists on the calendar.
    public static func isDueDate(_ text: String) -> Bool { Timestamp.isCalendarDate(text) }
}
