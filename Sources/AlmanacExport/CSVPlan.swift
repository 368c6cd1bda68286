/// The action plan as RFC 4180 CSV: the report's step columns (but `changed`) and its evidence
/// columns, one row per action in the plan's order, the note whole.
enum CSVPlan {
    static func render(_ plan: ActionPlan) throws -> String {
        try CSVReport.document([CSVReport.stepHeader + CSVReport.evidenceHeader] + plan.actions.map {
            CSVReport.cells($0.outcomeNumber, $0.outcomeID, $0.outcomeTitle, $0.step) + CSVReport.evidenceCells($0.step)
        })
    }
}
