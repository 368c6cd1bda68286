import AlmanacModel
import Foundation

extension ProgressReport {
    /// The report for this content and progress. `today` decides what is overdue and
    /// `generatedAt` is printed; both are passed in so the same inputs give the same bytes.
    ///
    /// Progress for ids the content does not know (another edition) is left out.
    public init(almanac: Almanac, progress: AlmanacModel.Progress, today: CalendarDay, generatedAt: Date) {
        let outcomes = almanac.outcomes.map { outcome in
            OutcomeReport(
                id: outcome.id, number: outcome.number, title: Self.safe(outcome.title),
                steps: outcome.themes.flatMap { theme in
                    theme.steps.map { step in
                        Self.row(step, theme: theme, recorded: progress.steps[step.id], today: today)
                    }
                })
        }
        self.init(title: Self.safe(almanac.index.title), generatedAt: generatedAt, today: today,
                  outcomes: outcomes)
    }

    private static func row(_ step: Step, theme: Theme, recorded: StepProgress?, today: CalendarDay) -> StepRow {
        let status = recorded?.status ?? .notStarted
        return StepRow(
            id: Self.safe(step.id), themeNumber: theme.number, themeTitle: Self.safe(theme.title),
            text: Self.safe(step.text), status: status,
            owner: Self.present(recorded?.owner), due: Self.present(recorded?.due),
            note: Self.present(recorded?.note), changed: recorded?.changed,
            overdue: recorded?.isOverdue(today: today.description) ?? false)
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
