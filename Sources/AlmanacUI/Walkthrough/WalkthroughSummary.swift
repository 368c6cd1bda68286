import AlmanacModel

/// The ending: where the council stands, and which steps to look at next.
public struct WalkthroughSummary: Hashable, Sendable {
    public struct NextStep: Hashable, Sendable {
        public var outcome: String
        public var step: Step
    }

    public var tallies: [OutcomeTally]
    public var nextSteps: [NextStep]

    /// The next steps come from the weakest outcomes (least of what applies done; ties in the
    /// almanac's order): the first step not yet done in each, up to `count`.
    public init(almanac: Almanac, progress: Progress, count: Int = 3) {
        let tallies = OutcomeTally.all(almanac: almanac, progress: progress)
        self.tallies = tallies
        let weakest = tallies.indices.sorted { a, b in
            tallies[a].fraction != tallies[b].fraction ? tallies[a].fraction < tallies[b].fraction : a < b
        }
        var picked: [NextStep] = []
        for i in weakest where picked.count < count {
            let o = almanac.outcomes[i]
            if let step = o.steps.first(where: { progress.status(of: $0.id) != .done && progress.status(of: $0.id) != .notApplicable }) {
                picked.append(NextStep(outcome: o.title, step: step))
            }
        }
        nextSteps = picked
    }
}
