import AlmanacModel

/// One screen of the walkthrough: the welcome, a part of an outcome, or the ending.
public enum WalkthroughStop: Hashable, Sendable {
    /// The parts of an outcome, in the order a councillor meets them.
    public enum Part: String, Hashable, Sendable, CaseIterable {
        case statement, meaning, leaderCheck = "leader-check", guidance, caseStudy = "case-study", steps
    }

    case welcome
    case outcome(Int, Part)
    case ending

    /// What is stored in `Position.walkthrough`: `welcome`, `data/guidance`, `ending`.
    public func id(in almanac: Almanac) -> String {
        switch self {
        case .welcome: return "welcome"
        case .ending: return "ending"
        case .outcome(let i, let part): return "\(almanac.outcomes[i].id)/\(part.rawValue)"
        }
    }

    /// Every stop in order. Parts an outcome lacks (Leadership has no leader's check of its
    /// own) are left out, so no screen is empty.
    public static func all(in almanac: Almanac) -> [WalkthroughStop] {
        var stops: [WalkthroughStop] = [.welcome]
        for (i, o) in almanac.outcomes.enumerated() {
            for part in parts(of: o) { stops.append(.outcome(i, part)) }
        }
        stops.append(.ending)
        return stops
    }

    public static func parts(of o: Outcome) -> [Part] {
        Part.allCases.filter { part in
            switch part {
            case .leaderCheck: return o.leaderCheck != nil
            case .guidance: return !o.sections.isEmpty
            case .caseStudy: return !o.caseStudies.isEmpty
            default: return true
            }
        }
    }

    public var outcome: Int? {
        if case .outcome(let i, _) = self { return i }
        return nil
    }
}
