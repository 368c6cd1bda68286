import AlmanacModel
import Foundation
import Plot

/// The room's decisions in a presentation, to send round afterwards (`present --summary`).
public enum SessionSummary {
    public enum Format: String, CaseIterable, Sendable { case markdown, html }

    /// `title` names the session ("Local Government Digitalisation Almanac: Housing"), `day` its date.
    public static func render(_ decisions: [SessionDecision], title: String, day: String, format: Format) -> String {
        switch format {
        case .markdown: return markdown(decisions, title: title, day: day)
        case .html: return html(decisions, title: title, day: day)
        }
    }

    static func change(_ d: SessionDecision) -> String {
        let status = d.statusChanged ? "\(StatusLabel.text(d.before)) → \(StatusLabel.text(d.after))" : StatusLabel.text(d.after)
        return ([status] + d.fields).joined(separator: "; ")
    }

    static func markdown(_ decisions: [SessionDecision], title: String, day: String) -> String {
        var out = ["# Decisions: \(MarkdownReport.escape(title))", "", "Session of \(MarkdownReport.escape(day)).", ""]
        if decisions.isEmpty {
            out.append("No steps were changed in this session.")
        } else {
            out += ["| Step | What | Change |", "|---|---|---|"]
            for d in decisions {
                out.append("| \(MarkdownReport.escape(d.place)) | \(MarkdownReport.escape(d.text)) | \(MarkdownReport.escape(change(d))) |")
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    static func html(_ decisions: [SessionDecision], title: String, day: String) -> String {
        let heading = "Decisions: \(title)"
        let body: Node<HTML.BodyContext> = decisions.isEmpty
            ? .p(HTMLReport.text("No steps were changed in this session."))
            : .table(
                .element(named: "caption", nodes: [HTMLReport.text("\(Plural.count(decisions.count, "step")) changed")]),
                .thead(.tr(.th(.attribute(named: "scope", value: "col"), "Step"), .th(.attribute(named: "scope", value: "col"), "What"),
                           .th(.attribute(named: "scope", value: "col"), "Change"))),
                .tbody(.forEach(decisions) { d in
                    .tr(.th(.attribute(named: "scope", value: "row"), HTMLReport.text(d.place)), .td(HTMLReport.text(d.text)), .td(HTMLReport.text(change(d))))
                }))
        return HTML(
            .attribute(named: "lang", value: "en-GB"),
            .head(.meta(.charset(.utf8)), .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                  .element(named: "title", nodes: [HTMLReport.text(heading)]), .style(HTMLStyle.css)),
            .body(.main(.h1(HTMLReport.text(heading)), .p(HTMLReport.text("Session of \(day).")), body))
        ).render()
    }
}
