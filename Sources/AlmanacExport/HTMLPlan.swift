import Foundation
import Plot

/// The action plan as a committee paper: one printable HTML5 page, about 30 actions to a
/// sheet of A4 (see `HTMLStyle.plan`). People's text goes in only through `text(_:)`.
enum HTMLPlan: HTMLPage {
    static func render(_ plan: ActionPlan) -> String {
        let title = "Action plan: \(plan.title)"
        let columns = ["Practice step", "Outcome and theme", "Owner", "Due", "Status", "Latest note", "Evidence"]
        return document(
            title: title, css: HTMLStyle.css + "\n" + HTMLStyle.plan,
            header: .group(
                .h1(text(title)),
                .p(text((plan.profile.map { "\($0). " } ?? "") + "As at \(plan.today): \(plan.summary)"))
            ),
            main: .group(
                ProgressChart.html(id: "plan-chart", title: "Steps done of those applicable, per outcome",
                                   bars: ProgressChart.bars(plan.outcomes)),
                .section(
                    .attribute(named: "aria-labelledby", value: "plan-actions"),
                    .h2(.id("plan-actions"), text("Actions")),
                    .if(plan.actions.isEmpty, .p(text("Nothing to do: every applicable step is done.")), else: .table(
                        .class("actions"),
                        .caption(text(caption(plan.order))),
                        .thead(.tr(.forEach(columns) { .th(.attribute(named: "scope", value: "col"), text($0)) })),
                        .tbody(.forEach(plan.actions) { row($0) })
                    ))
                )
            ),
            footer: "Generated \(ReportTimestamp.iso(plan.generatedAt)). Steps neither done nor marked not applicable; "
                + "overdue: due before \(plan.today)."
        )
    }

    static func caption(_ order: ActionPlan.Order) -> String {
        switch order {
        case .due: return "Overdue first, then by due date"
        case .owner: return "Overdue first, then by owner"
        case .outcome: return "Overdue first, then by outcome"
        }
    }

    private static func row(_ a: ActionPlan.Action) -> Node<HTML.TableContext> {
        let s = a.step
        return .tr(
            .th(.attribute(named: "scope", value: "row"), .class("step"),
                .span(.class("step-id"), text(s.id)), text(" " + s.text)),
            .td(.class("outcome"), text("\(a.outcomeNumber). \(a.outcomeTitle)"),
                .span(.class("theme"), .br(), text("Theme \(s.themeNumber)"),
                      .span(.class("theme-title"), text(": \(s.themeTitle)")))),
            .td(.class("owner"), text(s.owner ?? "")),
            .td(.class(s.overdue ? "due overdue" : "due"), text(s.due ?? ""),
                .if(s.overdue, .span(.class("overdue-word"), .br(), text("Overdue")))),
            .td(.class("plan-status"), status(s.status)),
            .td(.class("note"), .unwrap(a.shortNote()) { .span(text($0)) }),
            .td(.class("evidence"), evidence(s.evidence))
        )
    }
}
