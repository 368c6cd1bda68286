import Foundation

/// The report formats `almanac export --format` accepts.
public enum ExportFormat: String, CaseIterable, Sendable {
    case markdown, csv, html, json, ics

    /// The whole document in this format. `calendarKey` names the progress for the calendar's
    /// UIDs (see `ICSReport`); the other formats ignore it.
    public func render(_ report: ProgressReport, calendarKey: String = "") throws -> String {
        switch self {
        case .markdown: return MarkdownReport.render(report)
        case .csv: return try CSVReport.render(report)
        case .html: return HTMLReport.render(report)
        case .json: return try JSONReport.render(report)
        case .ics: return ICSReport.render(report, calendarKey: calendarKey)
        }
    }
}
