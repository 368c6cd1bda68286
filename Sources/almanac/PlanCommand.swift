import AlmanacExport
import AlmanacModel
import ArgumentParser
import Foundation

/// `almanac plan`: what is left to do, overdue first, for a committee paper or a team meeting.
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Write the action plan: the applicable steps not done, overdue first.",
        discussion: """
            Each action with its outcome, theme, owner, due date, status and note (cut to 200 \
            characters in Markdown and HTML; whole in CSV and JSON). Overdue actions come first, \
            earliest due first; the rest follow --by. The HTML is a committee paper for A4: a chart of \
            steps done per outcome, then about 16 actions on the first printed page and 28 on each after.
            """
    )

    @OptionGroup var content: ContentOptions

    @OptionGroup var progress: ProgressOptions

    // Strings, not enums, so a wrong value exits 2 with our own message.
    @Option(name: .long, help: ArgumentHelp("markdown, html, csv or json.", valueName: "format"))
    var format: String = "markdown"

    @Option(name: .long, help: ArgumentHelp("Only the actions this person owns (any case); none for those nobody owns.", valueName: "name"))
    var owner: String?

    @Option(name: .long, help: ArgumentHelp("Only this outcome: a number 1-12, an id or the start of its title.", valueName: "outcome"))
    var outcome: String?

    @Option(name: .long, help: ArgumentHelp("After the overdue actions: due (earliest first, undated last), owner (no owner last) or outcome (the almanac's order).", valueName: "order"))
    var by: String = "due"

    @OptionGroup var document: ReportOptions

    func run() throws {
        try reportingProgress {
            guard let format = PlanFormat(rawValue: format.lowercased()) else {
                throw Failure.usage("unknown format \"\(DisplayText.safe(format))\"; use one of: "
                                    + PlanFormat.allCases.map(\.rawValue).joined(separator: ", "))
            }
            guard let order = ActionPlan.Order(rawValue: by.lowercased()) else {
                throw Failure.usage("--by \"\(DisplayText.safe(by))\" is not an order; use one of: "
                                    + ActionPlan.Order.allCases.map(\.rawValue).joined(separator: ", "))
            }
            let day = try document.day()
            let (almanac, recorded) = try ReportInputs.load(content, progress)
            var outcomeID: String?
            if let outcome {
                switch OutcomeResolver(almanac.index).resolve(outcome) {
                case .found(let entry): outcomeID = entry.id
                case .notFound(let message): throw Failure.usage(DisplayText.safe(message))
                }
            }
            let report = ProgressReport(almanac: almanac, progress: recorded, today: day, generatedAt: Date())
            let plan = ActionPlan(report: report, order: order, owner: owner, outcome: outcomeID,
                                  profile: progress.profile.map { DisplayText.safe($0) })
            let text: String
            do {
                text = try format.render(plan)
            } catch {
                throw Failure.failed("cannot write the \(format.rawValue) plan: \(PlainErrors.message(for: error) ?? "\(error)")")
            }
            try document.emit(text)
        }
    }
}
