import AlmanacModel
import Foundation

/// Everything a slide's pages are laid out from but the almanac, which a state and every copy
/// sharing its memo hold unchanged (`let`). Of the progress, the steps: no slide shows a place.
///
/// The pages are made from this value alone (`pages(in:)`), so the page memo's key cannot
/// leave out anything a layout reads.
struct SlidePagesKey: Equatable {
    var slide: Slide
    var steps: [String: StepProgress]
    var geometry: SlideGeometry
    var ascii: Bool
    var occasion: OccasionInputs?

    func pages(in almanac: Almanac) -> [SlidePage] {
        let progress = AlmanacModel.Progress(steps: steps)
        return SlideLayout.pages(slide, almanac: almanac, progress: progress, geometry: geometry, ascii: ascii,
                                 occasion: occasion?.occasion(for: slide, almanac: almanac, progress: progress) ?? Occasion())
    }
}

/// What the opening and closing slides' `Occasion` is made from. Compared instead of the
/// occasion itself, which costs a date formatter and a pass over the decisions to make.
struct OccasionInputs: Equatable {
    var audience: String?
    var startedAt: Date
    var utcOffset: Int
    var scope: String?
    var before: [String: String]?

    /// Who the session is for and its date; on the closing slide, the room's decisions too.
    func occasion(for slide: Slide, almanac: Almanac, progress: AlmanacModel.Progress) -> Occasion {
        let date = PresentApp.day(startedAt, utcOffset: utcOffset)
        switch slide.kind {
        case .opening: return Occasion(audience: audience, date: date)
        case .closing:
            return Occasion(audience: audience, date: date, decisions: SessionDecisions.list(
                almanac: almanac, scope: scope, before: before ?? [:], progress: progress, since: startedAt))
        default: return Occasion()
        }
    }
}
