import Foundation

/// The action plan as GitHub-flavoured Markdown: progress per outcome as a list, then one table
/// row per action. People's text is made literal by `MarkdownReport.escape`.
enum MarkdownPlan {
    static func render(_ plan: ActionPlan) -> String {
        let escape = MarkdownReport.escape, row = MarkdownReport.row
        var lines = ["# Action plan: \(escape(plan.title))", ""]
        lines.append(escape((plan.profile.map { "\($0). " } ?? "") + "As at \(plan.today): \(plan.summary)"))
        lines += ["", "## Progress per outcome", ""]
        // `1\.`: a list item starting `1.` would be read as a list inside the list.
        lines += ProgressChart.bars(plan.outcomes).map {
            "- " + escape($0.words).replacingOccurrences(of: "^([0-9]+)\\.", with: "$1\\\\.", options: .regularExpression)
        }
        lines += ["", "## Actions", ""]
        if plan.actions.isEmpty {
            lines.append("Nothing to do: every applicable step is done.")
        } else {
            lines.append(HTMLPlan.caption(plan.order) + ".")
            lines.append("")
            lines.append(row(["Step", "Practice step", "Outcome", "Theme", "Owner", "Due", "Status", "Latest note", "Evidence"]))
            lines.append(row(Array(repeating: "---", count: 9)))
            for a in plan.actions {
                let s = a.step
                lines.append(row([
                    s.id, escape(s.text), "\(a.outcomeNumber). \(escape(a.outcomeTitle))",
                    "\(s.themeNumber). \(escape(s.themeTitle))", escape(s.owner ?? ""), escape(s.due ?? ""),
                    StatusLabel.text(s), escape(a.shortNote() ?? ""), MarkdownReport.evidence(s.evidence),
                ]))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
