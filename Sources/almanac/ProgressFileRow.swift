import AlmanacModel
import AlmanacStorage

/// One progress file summarised for a table (`compare`, `profiles`): its counts, or why it
/// could not be read. The JSON shape of both commands.
struct ProgressFileRow: Encodable {
    var name: String
    var file: String
    var done: Int?
    var total: Int?
    var outcomes: [ProgressSummary.OutcomeCount]?
    var error: String?
    /// `compare`: every step's status as this file (or member) holds it; steps a member never
    /// answered are left out.
    var statuses: [String: String]?

    /// The row for `file`, and the whole message when it could not be read (for standard error).
    static func load(name: String, file: String, almanac: AlmanacModel.Almanac, today: String,
                     perOutcome: Bool) -> (row: ProgressFileRow, problem: String?, progress: AlmanacModel.Progress?) {
        let store = ProgressStore(path: file)
        guard store.exists else {
            return (ProgressFileRow(name: name, file: file, error: "no such file"),
                    "cannot read \(ProgressText.path(file)): no such file; check the name", nil)
        }
        do throws(ProgressError) {
            let progress = try store.load()
            return (row(name: name, file: file, progress, almanac: almanac, today: today, perOutcome: perOutcome), nil, progress)
        } catch {
            return (ProgressFileRow(name: name, file: file, error: error.problem), error.description, nil)
        }
    }

    static func row(name: String, file: String, _ progress: AlmanacModel.Progress, almanac: AlmanacModel.Almanac,
                    today: String, perOutcome: Bool) -> ProgressFileRow {
        let s = ProgressSummary(progress, outcomes: almanac.outcomes, today: today)
        return ProgressFileRow(name: name, file: file, done: s.done, total: s.total, outcomes: perOutcome ? s.outcomes : nil)
    }
}
