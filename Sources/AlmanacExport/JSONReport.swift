import AlmanacModel
import Foundation

/// The report as JSON, for scripts. The structure (keys sorted, absent values `null`):
///
/// ```
/// { "format": "almanac-progress-report", "version": 1, "title": String,
///   "generatedAt": "2026-11-25T10:00:00Z", "today": "2026-11-25",
///   "totals": Counts,
///   "outcomes": [ { "id": "connectivity", "number": 1, "title": String, Counts...,
///                   "steps": [ { "id": "connectivity.1.1", "theme": 1, "themeTitle": String,
///                                "text": String, "status": "not-started|in-progress|done|not-applicable",
///                                "overdue": Bool, "owner": String?, "due": String?, "note": String?,
///                                "reason": String? (why not applicable; null for other statuses),
///                                "evidence": [ { "text": String, "label": String?, "kind": "url|file|document",
///                                                "link": String? (only http(s) and mailto URLs) } ],
///                                "changed": "2026-11-20T09:00:00Z"?,
///                                "who": String, "answers": String (with --who, when there is one) } ] } ] }
/// Counts: "done", "applicable" (total minus not applicable), "total", "inProgress",
///         "overdue", "notApplicable".
/// ```
/// Text has been through `DisplayText.safe`: control characters appear as `^[` or `\u{9B}`, not raw.
enum JSONReport {
    static let format = "almanac-progress-report"
    static let version = 1

    static func render(_ report: ProgressReport) throws -> String { try text(Document(report)) }

    /// Pretty, keys sorted (stable for diffs), `/` as is, with a final line break.
    static func text(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }

    private struct Document: Encodable {
        let report: ProgressReport
        init(_ report: ProgressReport) { self.report = report }

        enum Key: String, CodingKey { case format, version, title, generatedAt, today, totals, outcomes, since }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Key.self)
            try c.encode(JSONReport.format, forKey: .format)
            try c.encode(JSONReport.version, forKey: .version)
            try c.encode(report.title, forKey: .title)
            try c.encode(ReportTimestamp.iso(report.generatedAt), forKey: .generatedAt)
            try c.encode(report.today.description, forKey: .today)
            try c.encode(Counts(report.totals), forKey: .totals)
            try c.encode(report.outcomes.map { OutcomeEntry($0, since: report.since) }, forKey: .outcomes)
            // Only with --since, so other reports keep their shape.
            if let since = report.since { try c.encode(SinceEntry(since), forKey: .since) }
        }
    }

    /// `"since": {"review": String, "day": "2027-01-15", "summary": String, "outcomes": [movement per outcome]}`.
    private struct SinceEntry: Encodable {
        let review: String, day: String, summary: String
        let outcomes: [ReviewDiff.OutcomeMovement]
        init(_ s: ReportSince) { (review, day, summary, outcomes) = (s.name, s.day, s.summary, s.diff.outcomes) }
    }

    private struct Counts: Encodable {
        let done, applicable, total, inProgress, overdue, notApplicable: Int
        init(_ t: Tally) {
            (done, applicable, total) = (t.done, t.applicable, t.total)
            (inProgress, overdue, notApplicable) = (t.inProgress, t.overdue, t.notApplicable)
        }
    }

    private struct OutcomeEntry: Encodable {
        let outcome: OutcomeReport
        let since: ReportSince?
        init(_ outcome: OutcomeReport, since: ReportSince?) { (self.outcome, self.since) = (outcome, since) }

        enum Key: String, CodingKey { case id, number, title, steps }

        func encode(to encoder: Encoder) throws {
            try Counts(outcome.tally).encode(to: encoder)
            var c = encoder.container(keyedBy: Key.self)
            try c.encode(outcome.id, forKey: .id)
            try c.encode(outcome.number, forKey: .number)
            try c.encode(outcome.title, forKey: .title)
            try c.encode(outcome.steps.map { StepEntry($0, since: since) }, forKey: .steps)
        }
    }

    /// Every key present, `null` when absent, as for steps.
    struct EvidenceEntry: Encodable {
        let e: ReportEvidence
        init(_ e: ReportEvidence) { self.e = e }
        enum Key: String, CodingKey { case text, label, kind, link }
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Key.self)
            try c.encode(e.text, forKey: .text)
            try c.encode(e.label, forKey: .label)
            try c.encode(e.kind, forKey: .kind)
            try c.encode(e.link, forKey: .link)
        }
    }

    /// Also each action of the plan (`JSONPlan`).
    struct StepEntry: Encodable {
        let step: StepRow
        let since: ReportSince?
        init(_ step: StepRow, since: ReportSince? = nil) { (self.step, self.since) = (step, since) }

        enum Key: String, CodingKey { case id, theme, themeTitle, text, status, overdue, owner, due, note, reason, evidence, changed, who, answers, sinceReview }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Key.self)
            try c.encode(step.id, forKey: .id)
            try c.encode(step.themeNumber, forKey: .theme)
            try c.encode(step.themeTitle, forKey: .themeTitle)
            try c.encode(step.text, forKey: .text)
            try c.encode(step.status.rawValue, forKey: .status)
            try c.encode(step.overdue, forKey: .overdue)
            // Explicit nulls: every step has every key, so scripts need no existence checks.
            try c.encode(step.owner, forKey: .owner)
            try c.encode(step.due, forKey: .due)
            try c.encode(step.note, forKey: .note)
            try c.encode(step.reason, forKey: .reason)
            try c.encode(step.evidence.map(EvidenceEntry.init), forKey: .evidence)
            try c.encode(step.changed.map(ReportTimestamp.iso), forKey: .changed)
            // Only with --who, so other reports keep their shape.
            try c.encodeIfPresent(step.who, forKey: .who)
            try c.encodeIfPresent(step.answers, forKey: .answers)
            // With --since: the status at the review, the movement and the change in words.
            if let since {
                let m = since.movement(step.id)
                try c.encode(["statusAtReview": m?.statusBefore.rawValue ?? step.status.rawValue,
                              "movement": m?.direction.rawValue ?? "same", "change": since.change(step.id)], forKey: .sinceReview)
            }
        }
    }
}
