import AlmanacModel
import Foundation

/// Marking a step by its number, as the walkthrough and tick mode do: done, or back to not
/// started; and what the screen says about it. A status other than done or not started is never
/// replaced without a word.
struct StepMark {
    static let readOnly = "Nothing was changed: progress is read-only"

    let change: StepChange
    let message: String?

    /// `sayAlways`: a message for every mark (the walkthrough), not only for a replaced status.
    init(step id: String, number n: Int, in progress: AlmanacModel.Progress, at time: Date, sayAlways: Bool) {
        let was = progress.status(of: id)
        let becomes: StepStatus = was == .done ? .notStarted : .done
        change = StepChange(step: id, [.status(becomes)], at: time)
        if was == .inProgress || was == .notApplicable {
            message = "Step \(n) was \(StatusWords.of(was)); now \(StatusWords.of(becomes)). u undoes."
        } else if sayAlways {
            message = becomes == .done ? "Step \(n) marked as done. u undoes." : "Step \(n) unmarked. u undoes."
        } else {
            message = nil
        }
    }

    /// The line a screen shows for a session's answer, if any.
    static func message(for update: ProgressUpdate) -> String? {
        update.message ?? update.problem.map { "Not saved: " + $0 }
    }
}
