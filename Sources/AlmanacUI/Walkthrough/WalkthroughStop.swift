import AlmanacModel

/// One screen of the walkthrough: the welcome, a part of an outcome, or the ending.
public enum WalkthroughStop: Hashable, Sendable {
    /// The parts of an outcome, in the order a councillor meets them.
    public enum Part: String, Hashable, Sendable, CaseIterable {
        case statement, meaning, leaderCheck = "leader-check", guidance, caseStudy = "case-study", steps
    }

    case welcome
    /// `study` is which case study (0-based) a `.caseStudy` screen shows: each has its own
    /// screen, so Enter alone reads them all. It is 0 for every other part.
    case outcome(Int, Part, study: Int = 0)
    case ending

    /// What is stored in `Position.walkthrough`: `welcome`, `data/guidance`, `ending`. The
    /// first case study keeps the plain `…/case-study` that older files saved.
    public func id(in almanac: Almanac) -> String {
        switch self {
        case .welcome: return "welcome"
        case .ending: return "ending"
        case .outcome(let i, let part, let study):
            let base = "\(almanac.index.outcomes[i].id)/\(part.rawValue)"
            return study == 0 ? base : base + "-\(study + 1)"
        }
    }

    /// Every stop in order. Parts an outcome lacks (Leadership has no leader's check of its
    /// own) are left out, so no screen is empty. From the index's shapes: no outcome is decoded.
    public static func all(in almanac: Almanac) -> [WalkthroughStop] {
        var stops: [WalkthroughStop] = [.welcome]
        for i in almanac.outcomes.indices {
            let shape = almanac.shape(of: i)
            for part in parts(of: shape) {
                if part == .caseStudy {
                    stops += (0..<shape.caseStudies).map { .outcome(i, part, study: $0) }
                } else {
                    stops.append(.outcome(i, part))
                }
            }
        }
        stops.append(.ending)
        return stops
    }

    public static func parts(of o: Outcome) -> [Part] { parts(of: ContentIndex.Shape(of: o)) }

    public static func parts(of shape: ContentIndex.Shape) -> [Part] {
        Part.allCases.filter { part in
            switch part {
            case .leaderCheck: return shape.leaderCheck
            case .guidance: return shape.sections > 0
            case .caseStudy: return shape.caseStudies > 0
            default: return true
            }
        }
    }

    public var outcome: Int? {
        if case .outcome(let i, _, _) = self { return i }
        return nil
    }
}
