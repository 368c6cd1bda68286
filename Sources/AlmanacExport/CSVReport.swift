import CSV
import Foundation

/// The report as RFC 4180 CSV: a header row, then one row per step, CRLF line ends.
enum CSVReport {
    /// The columns `cells` fills; the action plan has these alone.
    static let stepHeader = [
        "outcome_number", "outcome_id", "outcome_title", "step_id", "theme_number", "theme_title",
        "step_text", "status", "overdue", "owner", "due", "note",
    ]
    static let header = stepHeader + ["changed"]

    /// Added by `--who`.
    static let whoHeader = ["who", "answers"]

    /// Added by `--since REVIEW`.
    static let sinceHeader = ["status_at_review", "movement", "change_since_review"]

    /// Last in every row of the report and the plan, so the columns before keep their places.
    static let evidenceHeader = ["evidence", "reason"]

    static func render(_ report: ProgressReport) throws -> String {
        var rows = [header + (report.showsWho ? whoHeader : []) + (report.since == nil ? [] : sinceHeader) + evidenceHeader]
        for outcome in report.outcomes {
            for step in outcome.steps {
                rows.append(cells(outcome.number, outcome.id, outcome.title, step)
                            + [step.changed.map(ReportTimestamp.iso) ?? ""]
                            + (report.showsWho ? [defused(step.who), defused(step.answers)] : [])
                            + (report.since.map { s in
                                let m = s.movement(step.id)
                                return [m?.statusBefore.rawValue ?? step.status.rawValue, m?.direction.rawValue ?? "same", defused(s.change(step.id))]
                            } ?? [])
                            + evidenceCells(step))
            }
        }
        return try document(rows)
    }

    /// A step's `stepHeader` columns, people's text defused.
    static func cells(_ number: Int, _ id: String, _ title: String, _ step: StepRow) -> [String] {
        [String(number), id, title, step.id, String(step.themeNumber), step.themeTitle, step.text,
         step.status.rawValue, step.overdue ? "yes" : "no", defused(step.owner), defused(step.due), defused(step.note)]
    }

    /// `evidenceHeader`'s columns: one item a line, `label: text`, each line defused (a
    /// spreadsheet may split them), and the reason.
    static func evidenceCells(_ step: StepRow) -> [String] {
        [step.evidence.map { defused($0.line) }.joined(separator: "\n"), defused(step.reason)]
    }

    /// The rows as one CSV document, CRLF line ends.
    static func document(_ rows: [[String]]) throws -> String {
        let stream = OutputStream(toMemory: ())
        let writer = try CSVWriter(stream: stream, newline: .crlf)
        for row in rows { try writer.write(row: row) }
        stream.close()
        guard let data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data else {
            throw CSVError.cannotWriteStream
        }
        // RFC 4180 allows a final line break; files without one confuse `cat` and line counts.
        return String(decoding: data, as: UTF8.self) + "\r\n"
    }

    /// People's text that a spreadsheet would run as a formula (`=`, `+`, `-`, `@` first, or a
    /// tab, space or carriage return, which spreadsheets skip before looking) gets a leading
    /// `'`, the usual guard against CSV injection; everything else is as typed.
    static func defused(_ text: String?) -> String {
        guard let text else { return "" }
        guard let first = text.unicodeScalars.first, "=+-@\t\r ".unicodeScalars.contains(first) else { return text }
        return "'" + text
    }
}
