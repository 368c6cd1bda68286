import AlmanacModel
import Foundation
import Plot

/// The report as one self-contained, printable HTML5 page: no scripts, nothing fetched.
///
/// Built with Plot. Plot escapes `<` and `>` in text but leaves `&…;` entities alone and never
/// escapes attribute values, so people's text goes only into text nodes, through `text(_:)`.
enum HTMLReport {
    static func render(_ report: ProgressReport) -> String {
        let title = "Progress report: \(report.title)"
        let html = HTML(
            .attribute(named: "lang", value: "en-GB"),
            .head(
                .meta(.charset(.utf8)),
                .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                .element(named: "title", nodes: [text(title)]),
                .style(HTMLStyle.css)
            ),
            .body(
                .header(
                    .h1(text(title)),
                    .p(text("Generated \(ReportTimestamp.iso(report.generatedAt)). A step is overdue when its due date is before \(report.today) and it is neither done nor not applicable."))
                ),
                .main(
                    summary(report),
                    overdue(report),
                    .forEach(report.outcomes) { outcome($0, who: report.showsWho) }
                ),
                .footer(
                    .p(text("Practice steps from \(report.title). Counts leave out steps marked not applicable."))
                )
            )
        )
        return html.render()
    }

    private static func summary(_ report: ProgressReport) -> Node<HTML.BodyContext> {
        .section(
            .attribute(named: "aria-labelledby", value: "report-summary"),
            .h2(.id("report-summary"), text("Summary")),
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

    private static func outcome(_ o: OutcomeReport, who: Bool) -> Node<HTML.BodyContext> {
        let t = o.tally
        let id = token(o.id)
        let themes = Dictionary(grouping: o.steps, by: \.themeNumber).sorted { $0.key < $1.key }
        let columns = ["Step", "Practice step", "Status", "Owner", "Due", "Notes"] + (who ? ["Who", "Answers"] : [])
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
                        .forEach(steps) { stepRow($0, table: id, theme: "\(id)-t\(number)", who: who) }
                    )
                }
            )
        )
    }

    /// Cells name their headers explicitly (`headers`), as well as by `scope`: screen readers
    /// that ignore `scope="rowgroup"` still announce the theme.
    private static func stepRow(_ s: StepRow, table: String, theme: String, who: Bool) -> Node<HTML.TableContext> {
        let row = "step-\(token(s.id))"
        func headers(_ column: Int) -> Node<HTML.BodyContext> {
            .attribute(named: "headers", value: "\(table)-c\(column) \(theme) \(row)")
        }
        return .tr(
            .th(.id(row), .attribute(named: "scope", value: "row"),
                .attribute(named: "headers", value: "\(table)-c0 \(theme)"), text(s.id)),
            .td(headers(1), text(s.text)),
            .td(headers(2), .span(.class("status status-\(s.status.rawValue)"),
                                  .span(.ariaHidden(true), text(symbol(s.status) + " ")),
                                  text(StatusLabel.text(s.status)))),
            .td(headers(3), text(s.owner ?? "")),
            .td(headers(4), .class(s.overdue ? "due overdue" : "due"), text(s.due ?? ""),
                .if(s.overdue, .group(.br(), text("Overdue")))),
            .td(headers(5), .class("note"), text(s.note ?? "")),
            .if(who, .group(.td(headers(6), .class("note"), text(s.who ?? "")),
                            .td(headers(7), .class("note"), text(s.answers ?? ""))))
        )
    }

    /// An id for attributes, which Plot writes unescaped: content ids are slugs already, but
    /// anything other than letters, digits, `.`, `_` and `-` is dropped to be sure.
    static func token(_ s: String) -> String {
        String(s.unicodeScalars.filter { $0.isASCII && (CharacterSet.alphanumerics.contains($0) || "._-".unicodeScalars.contains($0)) })
    }

    /// A shape beside the status word, so the column scans at a glance in print too.
    private static func symbol(_ status: StepStatus) -> String {
        switch status {
        case .done: return "✓"
        case .inProgress: return "◐"
        case .notStarted: return "○"
        case .notApplicable: return "–"
        }
    }

    /// A text node that shows `s` exactly: `&` is escaped here because Plot would pass an
    /// entity such as `&lt;` through and the page would show `<` instead of what was typed.
    static func text<Context>(_ s: String) -> Node<Context> {
        .text(s.replacingOccurrences(of: "&", with: "&amp;"))
    }
}
