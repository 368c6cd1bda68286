import AlmanacModel

/// Where a person is in the line mode (`almanac read`): each place prints as lines, and its
/// numbers open the places listed there.
enum LinePlace: Hashable, Sendable {
    case contents
    case introduction
    case annexA
    case annexB
    /// An outcome's numbered parts.
    case outcome(Int)
    /// A part of an outcome, read; its practice part is the checklist, its case studies a list.
    case part(Int, Part)
    case caseStudy(Int, Int)
    /// A step, by outcome and position among its nine.
    case step(Int, Int)
    /// Search hits, ten to a page.
    case results(query: String, page: Int)

    /// The outcome this place is in, if any.
    var outcome: Int? {
        switch self {
        case .outcome(let o), .part(let o, _), .caseStudy(let o, _), .step(let o, _): o
        default: nil
        }
    }
}

/// The whole almanac in reading order, so `next` reads it from the introduction to Annex B.
struct ReadingOrder {
    let places: [LinePlace]

    init(_ almanac: Almanac) {
        var places: [LinePlace] = [.introduction]
        for (o, outcome) in almanac.outcomes.enumerated() {
            places += Part.all(of: outcome).map { LinePlace.part(o, $0) }
        }
        places += [.annexA, .annexB]
        self.places = places
    }

    func after(_ place: LinePlace) -> LinePlace? { neighbour(of: place, by: 1) }
    func before(_ place: LinePlace) -> LinePlace? { neighbour(of: place, by: -1) }

    private func neighbour(of place: LinePlace, by step: Int) -> LinePlace? {
        guard let i = places.firstIndex(of: place), places.indices.contains(i + step) else { return nil }
        return places[i + step]
    }
}
