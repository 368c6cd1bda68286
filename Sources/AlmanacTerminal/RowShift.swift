import AlmanacUI

/// Rows of a frame that are the last frame's rows moved up or down together (a pane as wide
/// as the screen scrolled by a line or a few). The painter scrolls them in the window first,
/// so curses sends the terminal a scroll and only the new rows, not every row again.
struct RowShift: Equatable {
    /// The scrolling region, first and last row.
    var top: Int
    var bottom: Int
    /// Rows moved up (positive) or down (negative), as `wscrl` counts.
    var by: Int

    /// Shifts tried, most likely first: a line, then a few (mouse wheel).
    static let candidates = [1, -1, 2, -2, 3, -3]

    /// The shift that explains most of the changed rows, or nil when none explains enough
    /// of them to be worth a scroll.
    static func find(from old: Screen, to new: Screen) -> RowShift? {
        let h = new.height
        guard old.width == new.width, old.height == h, h >= 4, new.width > 0 else { return nil }
        let changed = (0..<h).filter { !same(new, $0, old, $0) }
        guard changed.count >= 3 else { return nil }
        for k in candidates {
            // A probe: the middle changed row must be an old row moved by k.
            let probe = changed[changed.count / 2]
            guard same(new, probe, old, probe + k) else { continue }
            // Grow the run of moved rows around the probe.
            var a = probe, b = probe
            while a - 1 >= 0, same(new, a - 1, old, a - 1 + k) { a -= 1 }
            while b + 1 < h, same(new, b + 1, old, b + 1 + k) { b += 1 }
            guard b - a + 1 >= 3 else { continue }
            // Rows a...b come from rows a+k...b+k: the region spans both.
            return RowShift(top: min(a, a + k), bottom: max(b, b + k), by: k)
        }
        return nil
    }

    /// True when row `y` of `a` equals row `z` of `b` (false when `z` is off the screen).
    static func same(_ a: Screen, _ y: Int, _ b: Screen, _ z: Int) -> Bool {
        Screen.rowsEqual(a, y, b, z)
    }
}
