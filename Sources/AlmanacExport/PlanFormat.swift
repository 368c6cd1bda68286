/// The formats `almanac plan --format` accepts. Its own list, apart from `ExportFormat`: a
/// report format need not make sense for a plan.
public enum PlanFormat: String, CaseIterable, Sendable {
    case markdown, csv, html, json

    /// The whole document in this format.
    public func render(_ plan: ActionPlan) throws -> String {
        switch self {
        case .markdown: return MarkdownPlan.render(plan)
        case .csv: return try CSVPlan.render(plan)
        case .html: return HTMLPlan.render(plan)
        case .json: return try JSONPlan.render(plan)
        }
    }
}
