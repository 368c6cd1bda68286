/// The pages of the last screens or slides laid out, each with everything it was laid out from.
///
/// A page turn needs the current screen's pages twice (to know whether there is a next page,
/// then to draw one), and the presenter view again for its thumbnail: without this, each
/// re-wraps the whole screen. The key holds every input of the layout, so a kept layout is
/// used only for exactly those inputs: it cannot go stale. Only a cache: a frame is the same
/// with or without it (tests check this over random walks). Copies of a state share it; the
/// key tells their layouts apart. One thread only, as the driver renders.
final class PageMemo<Key: Equatable, Page>: @unchecked Sendable {
    /// Most recent first: the current screen, the next (laid out while idle), the one before.
    private var kept: [(key: Key, pages: [Page])] = []
    private let capacity: Int
    /// Layouts made afresh and layouts found kept, for tests to see that the memo is used.
    private(set) var made = 0
    private(set) var hits = 0

    init(capacity: Int = 3) {
        self.capacity = max(1, capacity)
    }

    /// True when a layout for `key` is kept.
    func has(_ key: Key) -> Bool { kept.contains { $0.key == key } }

    func pages(for key: Key, make: () -> [Page]) -> [Page] {
        if let i = kept.firstIndex(where: { $0.key == key }) {
            let hit = kept.remove(at: i)
            kept.insert(hit, at: 0)
            hits += 1
            return hit.pages
        }
        let pages = make()
        made += 1
        kept.insert((key, pages), at: 0)
        if kept.count > capacity { kept.removeLast() }
        return pages
    }
}
