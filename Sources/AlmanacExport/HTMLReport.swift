import AlmanacModel
import Foundation
import Plot

/// The report as one self-contained, printable HTML5 page: no scripts, nothing fetched.
/// People's text goes in only through `text(_:)` (see `HTMLPage`).
enum HTMLReport: HTMLPage {
    static func render(_ report: ProgressReport) -> String {
        let title = "Progress report: \(report.title)"
        return document(
            title: title, css: HTMLStyle.css,
            header: .group(
                .h1(text(title)),
                .p(text("Generated \(ReportTimestamp.iso(report.generatedAt)). A step is overdue when its due date is before \(report.today) and it is neither done nor not applicable."))
            ),
            main: .group(
                summary(report),
                .if(report.since != nil, movement(report.since)),
                overdue(report),
                .forEach(report.outcomes) { outcome($0, who: report.showsWho, since: report.since) }
            ),
            footer: "Practice steps from \(report.title). Counts leave out steps marked not applicable."
        )
    }

    private static func summary(_ report: ProgressReport) -> Node<HTML.BodyContext> {
        .section(
            .attribute(named: "aria-labelledby", value: "report-summary"),
            .h2(.id("report-summary"), text("Summary")),
            ProgressChart.html(id: "report-chart", title: "Steps done of those applicable, per outcome",
                               bars: ProgressChart.bars(report.outcomes)),
            .table(
                .caption(text("Steps done of those applicable, per outcome")),
                .thead(.tr(
                    .th(.attribute(named: "scope", value: "col"), text("Outcome")),
                    .th(.attribute(named: "scope", value: "col"), text("Done of applicable")),
                    .th(.attribute(named: "scope", value: "col"), text("In progress")),
                    .th(.attribute(named: "scope", value: "col"), text("Overdue")),
                    .th(.attribute(named: "scope", value: "col"), text("Not applicable"))
                )),
                .tbody(.forEach(report.outcomes) { o in
                    summaryRow(.a(.href("#\(token(o.id))"), text("\(o.number). \(o.title)")), o.tally)
                }),
                .tfoot(summaryRow(text("All outcomes"), report.totals))
            )
        )
    }

    private static func overdue(_ report: ProgressReport) -> Node<HTML.BodyContext> {
        let overdue = report.overdue
        let columns = ["Step", "Outcome", "Status", "Owner", "Due"]
        return .section(
            .attribute(named: "aria-labelledby", value: "report-overdue"),
            .h2(.id("report-overdue"), text("Overdue steps")),
            .if(overdue.isEmpty, .p(text("No step is overdue.")), else: .table(
                .caption(text("Steps past their due date, earliest first")),
                .thead(.tr(.forEach(columns) { .th(.attribute(named: "scope", value: "col"), text($0)) })),
                .tbody(.forEach(overdue) { outcome, step in
                    .tr(
                        .th(.attribute(named: "scope", value: "row"),
                            .a(.href("#step-\(token(step.id))"), text(step.id))),
                        .td(text("\(outcome.number). \(outcome.title)")),
                        .td(text(StatusLabel.text(step.status))),
                        .td(text(step.owner ?? "")),
                        .td(.class("due"), text(step.due ?? ""))
                    )
                })
            ))
        )
    }

    private static func summaryRow(_ name: Node<HTML.BodyContext>, _ t: Tally) -> Node<HTML.TableContext> {
        .tr(
            .th(.attribute(named: "scope", value: "row"), name),
            .td(.class("count"), text("\(t.done) of \(t.applicable)")),
            .td(.class("count"), text("\(t.inProgress)")),
            .td(.class("count"), text("\(t.overdue)")),
            .td(.class("count"), text("\(t.notApplicable)"))
        )
    }

    /// `--since REVIEW`: the movement per outcome as the chart, with its words.
    private static func movement(_ since: ReportSince?) -> Node<HTML.BodyContext> {
        guard let since else { return .empty }
        let bars = since.diff.outcomes.map { ProgressChart.Bar(label: $0.title, words: ReviewDiffPage.words($0), value: $0.done.after, total: $0.applicable.after) }
        return .section(
            .attribute(named: "aria-labelledby", value: "report-since"),
            .h2(.id("report-since"), text("Since the review \(since.name) (\(since.day))")),
            .p(text(since.summary)),
            ProgressChart.html(id: "since-chart", title: "Done of applicable steps per outcome, now, with the movement since \(since.name)", bars: bars))
    }

    private static func outcome(_ o: OutcomeReport, who: Bool, since: ReportSince?) -> Node<HTML.BodyContext> {
        let t = o.tally
        let id = token(o.id)
        let themes = Dictionary(grouping: o.steps, by: \.themeNumber).sorted { $0.key < $1.key }
        let columns = ["Step", "Practice step", "Status", "Owner", "Due", "Notes", "Evidence"] + (who ? ["Who", "Answers"] : [])
            + (since.map { [$0.heading] } ?? [])
        return .section(
            .class("outcome"),
            .attribute(named: "aria-labelledby", value: id),
            .h2(.id(id), text("\(o.number). \(o.title)")),
            .p(text("\(t.done) of \(t.applicable) applicable steps done; \(t.inProgress) in progress; \(t.overdue) overdue."
                    + (who ? o.disagreementSentence.map { " " + $0 } ?? "" : ""))),
            .table(
                .caption(text("Practice steps for \(o.title), by theme")),
                .thead(.tr(.forEach(columns.indices) { i in
                    .th(.id("\(id)-c\(i)"), .attribute(named: "scope", value: "col"), text(columns[i]))
                })),
                .forEach(themes) { number, steps in
                    .tbody(
                        .tr(.th(.id("\(id)-t\(number)"), .attribute(named: "scope", value: "rowgroup"),
                                .attribute(named: "colspan", value: "\(columns.count)"),
                                text("Theme \(number): \(steps.first?.themeTitle ?? "")"))),
                        .forEach(steps) { stepRow($0, table: id, theme: "\(id)-t\(number)", who: who, since: since) }
                    )
                }
            )
        )
    }

    /// Cells name their headers explicitly (`headers`), as well as by `scope`: screen readers
    /// that ignore `scope="rowgroup"` still announce the theme.
    private static func stepRow(_ s: StepRow, table: String, theme: String, who: Bool, since: ReportSince?) -> Node<HTML.TableContext> {
        let row = "step-\(token(s.id))"
        func headers(_ column: Int) -> Node<HTML.BodyContext> {
            .attribute(named: "headers", value: "\(table)-c\(column) \(theme) \(row)")
        }
        return .tr(
            .th(.id(row), .attribute(named: "scope", value: "row"),
                .attribute(named: "headers", value: "\(table)-c0 \(theme)"), text(s.id)),
            .td(headers(1), text(s.text)),
            .td(headers(2), status(s.status), .unwrap(s.reason) { .group(.br(), .span(.class("reason"), text($0))) }),
            .td(headers(3), text(s.owner ?? "")),
            .td(headers(4), .class(s.overdue ? "due overdue" : "due"), text(s.due ?? ""),
                .if(s.overdue, .group(.br(), text("Overdue")))),
            .td(headers(5), .class("note"), text(s.note ?? "")),
            .td(headers(6), .class("evidence"), evidence(s.evidence)),
            .if(who, .group(.td(headers(7), .class("note"), text(s.who ?? "")),
                            .td(headers(8), .class("note"), text(s.answers ?? "")))),
            .if(since != nil, .td(headers(who ? 9 : 7), .class("note"), text(since?.change(s.id) ?? "")))
        )
    }
}
