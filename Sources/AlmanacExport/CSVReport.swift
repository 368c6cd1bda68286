import CSV
import Foundation

/// The report as RFC 4180 CSV: a header row, then one row per step, CRLF line ends.
enum CSVReport {
    static let header = [
        "outcome_number", "outcome_id", "outcome_title", "step_id", "theme_number", "theme_title",
        "step_text", "status", "overdue", "owner", "due", "note", "changed",
    ]

    /// Added by `--who`.
    static let whoHeader = ["who", "answers"]

    static func render(_ report: ProgressReport) throws -> String {
        let stream = OutputStream(toMemory: ())
        let writer = try CSVWriter(stream: stream, newline: .crlf)
        try writer.write(row: header + (report.showsWho ? whoHeader : []))
        for outcome in report.outcomes {
            for step in outcome.steps {
                try writer.write(row: [
                    String(outcome.number), outcome.id, outcome.title, step.id, String(step.themeNumber),
                    step.themeTitle, step.text, step.status.rawValue, step.overdue ? "yes" : "no",
                    defused(step.owner), defused(step.due), defused(step.note),
                    step.changed.map(ReportTimestamp.iso) ?? "",
                ] + (report.showsWho ? [defused(step.who), defused(step.answers)] : []))
            }
        }
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
