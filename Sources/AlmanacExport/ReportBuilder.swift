import AlmanacModel
import Foundation

extension ProgressReport {
    /// The report for this content and progress. `today` decides what is overdue and
    /// `generatedAt` is printed; both are passed in so the same inputs give the same bytes.
    ///
    /// Progress for ids the content does not know (another edition) is left out.
    /// With `team`, each step says who set its fields and, where members differ, who answered what.
    public init(almanac: Almanac, progress: AlmanacModel.Progress, today: CalendarDay, generatedAt: Date,
                team: TeamView? = nil) {
        let outcomes = almanac.outcomes.map { outcome in
            OutcomeReport(
                id: outcome.id, number: outcome.number, title: Self.safe(outcome.title),
                steps: outcome.themes.flatMap { theme in
                    theme.steps.map { step in
                        var row = Self.row(step, theme: theme, recorded: progress.steps[step.id], today: today)
                        if let team { (row.who, row.answers) = Self.who(step.id, in: team) }
                        return row
                    }
                })
        }
        self.init(title: Self.safe(almanac.index.title), generatedAt: generatedAt, today: today,
                  outcomes: outcomes, showsWho: team != nil)
    }

    /// People's names, per field, and the members' differing answers; nil for nothing to say.
    private static func who(_ step: String, in team: TeamView) -> (String?, String?) {
        let setBy = team.setBy[step] ?? [:]
        let who = StepField.allCases.compactMap { f in
            setBy[f].map { "\(f.rawValue): \($0.name), \(Timestamp.calendarDate($0.at))" }
        }.joined(separator: "; ")
        let spread = team.spread(of: step)
        let answers = spread.count > 1
            ? spread.map { "\(StatusLabel.text($0.0)): " + $0.1.joined(separator: ", ") }.joined(separator: "; ") : ""
        return (who.isEmpty ? nil : safe(who), answers.isEmpty ? nil : safe(answers))
    }

    private static func row(_ step: Step, theme: Theme, recorded: StepProgress?, today: CalendarDay) -> StepRow {
        let status = recorded?.status ?? .notStarted
        var row = StepRow(
            id: Self.safe(step.id), themeNumber: theme.number, themeTitle: Self.safe(theme.title),
            text: Self.safe(step.text), status: status,
            owner: Self.present(recorded?.owner), due: Self.present(recorded?.due),
            note: Self.present(recorded?.note), changed: recorded?.changed,
            overdue: recorded?.isOverdue(today: today.description) ?? false)
        // On one line each: an evidence item is a reference, not a paragraph.
        row.evidence = (recorded?.evidence ?? []).map { ReportEvidence($0) }
        row.reason = present(recorded?.shownReason)
        return row
    }

    /// Text as it may be shown: line breaks kept (Windows' `\r\n` as one), every other control
    /// character visible (`ESC` as `^[`).
    static func safe(_ text: String) -> String {
        DisplayText.safe(text.replacingOccurrences(of: "\r\n", with: "\n"), keepNewlines: true)
    }

    /// Safe text, or nil for nothing or only spaces (an owner cleared to "" is no owner).
    private static func present(_ text: String?) -> String? {
        guard let text, !text.allSatisfy(\.isWhitespace) else { return nil }
        return Self.safe(text)
    }
}
