import AlmanacModel
import Foundation
import Plot

/// `review diff --format html|markdown`: what moved since a review, for a committee — per
/// outcome a bar of done-of-applicable now (with the movement in words beside it), then
/// each step that moved.
public enum ReviewDiffPage: HTMLPage {
    public static func html(_ diff: ReviewDiff, from: String, fromDay: String, to: String) -> String {
        let title = "Since the review '\(from)' (\(fromDay)) to \(to)"
        let bars = diff.outcomes.map { o in
            ProgressChart.Bar(label: o.title, words: words(o), value: o.done.after, total: o.applicable.after)
        }
        let moved: [Node<HTML.BodyContext>] = diff.outcomes.filter { !$0.movements.isEmpty }.map { o in
            .section(
                .h2(text(o.title)),
                .table(
                    .thead(.tr(.th(.attribute(named: "scope", value: "col"), "Step"), .th(.attribute(named: "scope", value: "col"), "What"),
                               .th(.attribute(named: "scope", value: "col"), "Change"))),
                    .tbody(.forEach(o.movements) { m in
                        .tr(.th(.attribute(named: "scope", value: "row"), text(m.place)), .td(text(m.text)), .td(text(change(m))))
                    })))
        }
        return document(title: title, css: HTMLStyle.css,
                        header: .group(.h1(text(title)), .p(text(summary(diff)))),
                        main: .group([ProgressChart.html(id: "movement", title: "Done of applicable steps per outcome, now", bars: bars)] + moved),
                        footer: "Movement counts steps towards done (forward) or away from it (back); not applicable is neither.")
    }

    public static func markdown(_ diff: ReviewDiff, from: String, fromDay: String, to: String) -> String {
        var out = ["# Since the review '\(MarkdownReport.escape(from))' (\(fromDay)) to \(MarkdownReport.escape(to))", "", summary(diff), ""]
        for o in diff.outcomes { out.append("- " + MarkdownReport.escape(words(o))) }
        for o in diff.outcomes where !o.movements.isEmpty {
            out += ["", "## \(MarkdownReport.escape(o.title))", "", "| Step | What | Change |", "|---|---|---|"]
            for m in o.movements {
                out.append("| \(MarkdownReport.escape(m.place)) | \(MarkdownReport.escape(m.text)) | \(MarkdownReport.escape(change(m))) |")
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    static func summary(_ diff: ReviewDiff) -> String {
        let m = diff.movements
        return m.isEmpty ? "Nothing moved." : "\(Plural.count(m.count, "step")) changed: \(m.filter { $0.direction == .forward }.count) forward, "
            + "\(m.filter { $0.direction == .back }.count) back."
    }

    static func words(_ o: ReviewDiff.OutcomeMovement) -> String {
        var s = "\(o.title): \(o.done.before) → \(o.done.after) of \(o.applicable.after) done"
        if o.forward > 0 || o.back > 0 { s += " (\(o.forward) forward, \(o.back) back)" }
        return s
    }

    /// What changed on one step, in words: "Done → In progress; owner Sam → Priya; note added".
    public static func change(_ m: ReviewDiff.Movement) -> String {
        var what: [String] = []
        if m.statusBefore != m.statusAfter { what.append("\(StatusLabel.text(m.statusBefore)) → \(StatusLabel.text(m.statusAfter))") }
        // Owners are people's text: control characters shown, never sent.
        if m.ownerBefore != m.ownerAfter {
            what.append("owner \(m.ownerBefore.map { DisplayText.safe($0) } ?? "none") → \(m.ownerAfter.map { DisplayText.safe($0) } ?? "none")")
        }
        if m.dueBefore != m.dueAfter { what.append("due \(m.dueBefore ?? "none") → \(m.dueAfter ?? "none")") }
        if let note = m.note { what.append("note \(note)") }
        if m.evidenceBefore != m.evidenceAfter { what.append("evidence \(m.evidenceBefore) → \(m.evidenceAfter)") }
        else if what.isEmpty { what.append("evidence changed") }
        return what.joined(separator: "; ")
    }
}
