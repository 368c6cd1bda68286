import AlmanacModel

/// A status in the words screens use: "not applicable", "in progress".
enum StatusWords {
    static func of(_ s: StepStatus) -> String {
        switch s {
        case .notStarted: "not started"
        case .inProgress: "in progress"
        case .done: "done"
        case .notApplicable: "not applicable"
        }
    }
}
