/// The pages of the last screens or slides laid out, each with everything it was laid out from.
///
/// A page turn needs the current screen's pages twice (to know whether there is a next page,
/// then to draw one), and the presenter view again for its thumbnail: without this, each
/// re-wraps the whole screen. The key holds every input of the layout, so a kept layout is
/// used only for exactly those inputs: it cannot go stale. Only a cache: a frame is the same
/// with or without it (tests check this over random walks). Copies of a state share it; the
/// key tells their layouts apart. One thread only, as the driver renders.
final class PageMemo<Key: Equatable, Page>: @unchecked Sendable {
    /// Most recent first: the current screen and the one before it (Backspace, the thumbnail).
    private var kept: [(key: Key, pages: [Page])] = []
    private let capacity: Int
    /// Layouts made afresh, for tests to see that the memo is used at all.
    private(set) var made = 0

    init(capacity: Int = 2) {
        self.capacity = max(1, capacity)
    }

    func pages(for key: Key, make: () -> [Page]) -> [Page] {
        if let i = kept.firstIndex(where: { $0.key == key }) {
            let hit = kept.remove(at: i)
            kept.insert(hit, at: 0)
            return hit.pages
        }
        let pages = make()
        made += 1
        kept.insert((key, pages), at: 0)
        if kept.count > capacity { kept.removeLast() }
        return pages
    }
}
