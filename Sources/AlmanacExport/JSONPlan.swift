import Foundation

/// The action plan as JSON, for scripts. The structure (keys sorted, absent values `null`):
///
/// ```
/// { "format": "almanac-action-plan", "version": 1, "title": String, "profile": String?,
///   "generatedAt": "2026-11-25T10:00:00Z", "today": "2026-11-25", "order": "due|owner|outcome",
///   "actionCount": Int, "overdueCount": Int,
///   "outcomes": [ { "id": "data", "number": 2, "title": String, "done": Int, "applicable": Int } ],
///   "actions": [ { "outcome": "data", "outcomeNumber": 2, "outcomeTitle": String,
///                  the report's step: "id": "data.1.2", "theme": 1, "themeTitle": String,
///                  "text": String, "status": "not-started|in-progress", "overdue": Bool,
///                  "owner": String?, "due": String?, "note": String?, "reason": String?,
///                  "evidence": [ { "text", "label", "kind", "link" } ] (as in the report), "changed": String? } ] }
/// ```
/// Actions are in the plan's order; the note is whole. Text has been through `DisplayText.safe`.
enum JSONPlan {
    static let format = "almanac-action-plan"
    static let version = 1

    static func render(_ plan: ActionPlan) throws -> String { try JSONReport.text(Document(plan)) }

    private struct Document: Encodable {
        let plan: ActionPlan
        init(_ plan: ActionPlan) { self.plan = plan }

        enum Key: String, CodingKey {
            case format, version, title, profile, generatedAt, today, order, actionCount, overdueCount, outcomes, actions
        }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Key.self)
            try c.encode(JSONPlan.format, forKey: .format)
            try c.encode(JSONPlan.version, forKey: .version)
            try c.encode(plan.title, forKey: .title)
            try c.encode(plan.profile, forKey: .profile)
            try c.encode(ReportTimestamp.iso(plan.generatedAt), forKey: .generatedAt)
            try c.encode(plan.today.description, forKey: .today)
            try c.encode(plan.order.rawValue, forKey: .order)
            try c.encode(plan.actions.count, forKey: .actionCount)
            try c.encode(plan.overdueCount, forKey: .overdueCount)
            try c.encode(plan.outcomes.map(OutcomeEntry.init), forKey: .outcomes)
            try c.encode(plan.actions.map(ActionEntry.init), forKey: .actions)
        }
    }

    private struct OutcomeEntry: Encodable {
        let id: String, number: Int, title: String, done: Int, applicable: Int
        init(_ o: OutcomeReport) {
            (id, number, title) = (o.id, o.number, o.title)
            (done, applicable) = (o.tally.done, o.tally.applicable)
        }
    }

    private struct ActionEntry: Encodable {
        let action: ActionPlan.Action
        init(_ action: ActionPlan.Action) { self.action = action }

        enum Key: String, CodingKey { case outcome, outcomeNumber, outcomeTitle }

        /// The report's step, with its outcome.
        func encode(to encoder: Encoder) throws {
            try JSONReport.StepEntry(action.step).encode(to: encoder)
            var c = encoder.container(keyedBy: Key.self)
            try c.encode(action.outcomeID, forKey: .outcome)
            try c.encode(action.outcomeNumber, forKey: .outcomeNumber)
            try c.encode(action.outcomeTitle, forKey: .outcomeTitle)
        }
    }
}
