import AlmanacModel

/// Everything a walkthrough screen's pages are laid out from but the almanac, which a state
/// and every copy sharing its memo hold unchanged (`let`). Of the progress, the steps: the
/// place saved with it changes on every screen and no screen shows it.
///
/// The pages are made from this value alone (`pages(in:)`), so the page memo's key cannot
/// leave out anything a layout reads.
struct WalkthroughPagesKey: Equatable {
    var stop: WalkthroughStop
    var steps: [String: StepProgress]
    var expanded: Set<Int>
    var layout: WalkthroughLayout
    var ascii: Bool

    /// The screen's text flowed onto pages below its title.
    func pages(in almanac: Almanac) -> [[TextLine]] {
        let body = WalkthroughContent.body(stop, almanac, Progress(steps: steps), expanded: expanded,
                                           width: layout.textWidth, ascii: ascii)
        let title = WalkthroughView.titleLines(WalkthroughContent.title(stop, almanac), layout)
        return TextFlow.pages(body, width: layout.textWidth, height: layout.bodyHeight - (title.count - 1))
    }
}
