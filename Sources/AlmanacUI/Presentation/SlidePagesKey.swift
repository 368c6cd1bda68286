import AlmanacModel
import Foundation

/// Everything a slide's pages are laid out from but the almanac, which a state and every copy
/// sharing its memo hold unchanged (`let`). Of the progress, the steps: no slide shows a place.
struct SlidePagesKey: Equatable {
    var slide: Slide
    var steps: [String: StepProgress]
    var geometry: SlideGeometry
    var ascii: Bool
    var occasion: OccasionInputs?
}

/// What the opening and closing slides' `Occasion` is made from. Compared instead of the
/// occasion itself, which costs a date formatter and a pass over the decisions to make.
struct OccasionInputs: Equatable {
    var audience: String?
    var startedAt: Date
    var timeZone: TimeZone
    var scope: String?
    var before: [String: String]?
}
