import AlmanacModel

/// Words for statuses in the human-readable formats; never colour alone.
enum StatusLabel {
    static func text(_ status: StepStatus) -> String {
        switch status {
        case .notStarted: return "Not started"
        case .inProgress: return "In progress"
        case .done: return "Done"
        case .notApplicable: return "Not applicable"
        }
    }

    /// The status with "overdue" added when it is.
    static func text(_ row: StepRow) -> String {
        row.overdue ? "\(text(row.status)), overdue" : text(row.status)
    }
}
