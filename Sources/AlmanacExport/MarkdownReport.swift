/// The report as GitHub-flavoured Markdown: a summary table, the overdue steps, then a heading
/// and a table per outcome.
enum MarkdownReport {
    static func render(_ report: ProgressReport) -> String {
        var lines: [String] = []
        lines.append("# Progress report: \(escape(report.title))")
        lines.append("")
        lines.append("Generated \(ReportTimestamp.iso(report.generatedAt)). Overdue means due before \(report.today) and not done.")
        lines.append("")
        lines.append("## Summary")
        lines.append("")
        lines.append(row(["Outcome", "Done of applicable", "In progress", "Overdue", "Not applicable"]))
        lines.append(row(["---", "---:", "---:", "---:", "---:"]))
        for outcome in report.outcomes {
            lines.append(summaryRow("\(outcome.number). \(escape(outcome.title))", outcome.tally))
        }
        lines.append(summaryRow("**All outcomes**", report.totals))
        lines.append("")
        lines.append("## Overdue steps")
        lines.append("")
        let overdue = report.overdue
        if overdue.isEmpty {
            lines.append("No step is overdue.")
        } else {
            lines.append(row(["Step", "Outcome", "Status", "Owner", "Due"]))
            lines.append(row(Array(repeating: "---", count: 5)))
            for (outcome, step) in overdue {
                lines.append(row([step.id, "\(outcome.number). \(escape(outcome.title))", StatusLabel.text(step.status),
                                  escape(step.owner ?? ""), escape(step.due ?? "")]))
            }
        }
        for outcome in report.outcomes {
            lines.append("")
            lines.append("## \(outcome.number). \(escape(outcome.title))")
            lines.append("")
            let t = outcome.tally
            lines.append("\(t.done) of \(t.applicable) applicable steps done."
                         + (report.showsWho ? outcome.disagreementSentence.map { " " + $0 } ?? "" : ""))
            lines.append("")
            let who = report.showsWho ? ["Who", "Answers"] : []
            let since = report.since.map { [escape($0.heading)] } ?? []
            lines.append(row(["Step", "Theme", "Practice step", "Status", "Owner", "Due", "Notes", "Evidence"] + who + since))
            lines.append(row(Array(repeating: "---", count: 8 + who.count + since.count)))
            for step in outcome.steps {
                lines.append(row([
                    step.id, "\(step.themeNumber). \(escape(step.themeTitle))", escape(step.text),
                    status(step), escape(step.owner ?? ""), escape(step.due ?? ""),
                    escape(step.note ?? ""), evidence(step.evidence),
                ] + (report.showsWho ? [escape(step.who ?? ""), escape(step.answers ?? "")] : [])
                  + (report.since.map { [escape($0.change(step.id))] } ?? [])))
            }
        }
        if let since = report.since {
            lines += ["", "## Since the review \(escape(since.name)) (\(since.day))", "", escape(since.summary), ""]
            lines += since.diff.outcomes.map { "- " + escape(ReviewDiffPage.words($0)) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func summaryRow(_ name: String, _ t: Tally) -> String {
        row([name, "\(t.done) of \(t.applicable)", "\(t.inProgress)", "\(t.overdue)", "\(t.notApplicable)"])
    }

    /// The status, and for a step that is not applicable, why: `Not applicable: no parks`.
    static func status(_ step: StepRow) -> String {
        StatusLabel.text(step) + (step.reason.map { ": " + escape($0) } ?? "")
    }

    /// One item a line; only `http(s)`/`mailto` URLs as links (`[label](<url>)`: the URL has no
    /// spaces, brackets or quotes, so it cannot end the link early), the rest as literal text.
    static func evidence(_ items: [ReportEvidence]) -> String {
        items.map { e in
            guard let link = e.link else { return escape(e.line) }
            return "[\(escape(e.label ?? e.text))](<\(link)>)" + (e.label == nil ? "" : " " + escape("(\(e.text))"))
        }.joined(separator: "<br>")
    }

    static func row(_ cells: [String]) -> String {
        "| " + cells.joined(separator: " | ") + " |"
    }

    /// Text made literal inside a heading or table cell: the punctuation that means something
    /// inline is backslash-escaped (so `<script>` shows as text, `&lt;` stays as typed and `|`
    /// cannot end a cell) and line breaks become `<br>`. Line-start markers (`#`, `-`, `1.`) need
    /// nothing: user text never starts a line.
    static func escape(_ text: String) -> String {
        var out = ""
        for ch in text {
            switch ch {
            case "\n": out += "<br>"
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "&", "~":
                out += "\\" + String(ch)
            default: out.append(ch)
            }
        }
        return out
    }
}
