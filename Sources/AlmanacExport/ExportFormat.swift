import Foundation

/// The report formats `almanac export --format` accepts.
public enum ExportFormat: String, CaseIterable, Sendable {
    case markdown, csv, html, json

    /// The whole document in this format.
    public func render(_ report: ProgressReport) throws -> String {
        switch self {
        case .markdown: return MarkdownReport.render(report)
        case .csv: return try CSVReport.render(report)
        case .html: return HTMLReport.render(report)
        case .json: return try JSONReport.render(report)
        }
    }
}
