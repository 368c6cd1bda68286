/// A frame: a grid of cells for a given size, plus where the terminal's cursor should rest.
///
/// Views write into a Screen; the driver copies it to the terminal. Screen readers and
/// magnifiers follow the real cursor, so every frame says where it belongs.
public struct Screen: Hashable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]
    /// Column and row for the terminal cursor (the selected item or a text field's caret).
    public var cursor: (x: Int, y: Int) {
        get { (cursorX, cursorY) }
        set { cursorX = max(0, min(newValue.x, max(0, width - 1))); cursorY = max(0, min(newValue.y, max(0, height - 1))) }
    }
    private var cursorX = 0
    private var cursorY = 0
    /// True when nothing on the frame is chosen (a projected slide): no block in a corner.
    public var cursorHidden = false
    /// The colour theme the driver should map roles through for this frame.
    public var theme: ThemeName = .standard
    /// True on a terminal that shows ASCII only: text put on the frame is transliterated
    /// first (– to -, £ to GBP), so it keeps its meaning instead of turning blank.
    public var asciiOnly = false
    /// What this frame was made from, when it was made by changing an earlier frame: the
    /// driver then paints only what changed instead of comparing every row. Not part of
    /// what the frame shows, so not compared by `==`.
    public var lineage: Lineage?

    /// How a frame was made from an earlier one. Plain numbers, no arrays: it is made for
    /// every frame, when an allocation costs more than the rest of it.
    public struct Lineage: Hashable, Sendable {
        /// Tells the earlier frame apart from every other (see `FrameMemo`).
        public var base = 0
        /// This frame's own number, for a later frame's `base`.
        public var serial = 0
        /// Rows `top...bottom` of the base moved by `by` (positive: up), as `scroll` moves them.
        public var top = 0, bottom = 0, by = 0
        /// Rows drawn after the move, one bit each (bit y for row y); every other row is the
        /// base's, moved or not. Rows from 64 on are not counted: all of them count as drawn.
        public var drawn: UInt64 = 0

        public init() {}

        public mutating func markDrawn(_ y: Int) {
            if y >= 0 && y < 64 { drawn |= 1 << UInt64(y) }
        }

        public func isDrawn(_ y: Int) -> Bool {
            y >= 64 || (y >= 0 && drawn & (1 << UInt64(y)) != 0)
        }
    }

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.cells = Array(repeating: .blank, count: self.width * self.height)
    }

    /// `old` with `rows` moved by `by` as `scroll` moves them, made in one pass over the cells
    /// rather than a copy and then a move.
    public init(_ old: Screen, scrolling rows: ClosedRange<Int>, by: Int) {
        width = old.width
        height = old.height
        cursorX = old.cursorX
        cursorY = old.cursorY
        cursorHidden = old.cursorHidden
        theme = old.theme
        asciiOnly = old.asciiOnly
        let w = old.width, h = old.height
        cells = old.cells.withUnsafeBufferPointer { source in
            Array(unsafeUninitializedCapacity: w * h) { target, count in
                guard let from = source.baseAddress, let to = target.baseAddress else { count = 0; return }
                for y in 0..<h {
                    let row = to + y * w
                    if !rows.contains(y) {
                        row.initialize(from: from + y * w, count: w)
                    } else if rows.contains(y + by) {
                        row.initialize(from: from + (y + by) * w, count: w)
                    } else {
                        row.initialize(repeating: .blank, count: w)
                    }
                }
                count = w * h
            }
        }
    }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
        set {
            guard x >= 0, y >= 0, x < width, y < height else { return }
            cells[y * width + x] = newValue
        }
    }

    /// Row `y`'s cells to write many at once (text), without a bounds and uniqueness check
    /// per cell. `y` must be on the screen.
    mutating func withRow<R>(_ y: Int, _ body: (UnsafeMutableBufferPointer<Cell>) -> R) -> R {
        let w = width
        return cells.withUnsafeMutableBufferPointer { buffer in
            body(UnsafeMutableBufferPointer(rebasing: buffer[y * w ..< (y + 1) * w]))
        }
    }

    /// Row `y` as plain text (wide characters once, continuations skipped): for tests.
    public func line(_ y: Int) -> String {
        var s = ""
        for x in 0..<width where !self[x, y].continuation { s.append(self[x, y].character) }
        return s
    }

    /// The whole frame as text with trailing spaces trimmed: what a snapshot test compares.
    public var text: String {
        (0..<height).map { y in
            var l = line(y)
            while l.last == " " { l.removeLast() }
            return l
        }.joined(separator: "\n")
    }

    /// Moves rows `rows` by `by` (positive: up, as a terminal scrolls), blanking the rows
    /// left behind: what a window holds after scrolling that region.
    public mutating func scroll(_ rows: ClosedRange<Int>, by: Int) {
        guard rows.lowerBound >= 0, rows.upperBound < height, by != 0 else { return }
        let w = width
        cells.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            // Rows move in place: up from the top when scrolling up, down from the bottom otherwise.
            let order = by > 0 ? Array(rows) : rows.reversed()
            for y in order {
                let from = y + by
                if rows.contains(from) {
                    (base + y * w).update(from: base + from * w, count: w)
                } else {
                    (base + y * w).update(repeating: .blank, count: w)
                }
            }
        }
    }

    public static func == (a: Screen, b: Screen) -> Bool {
        a.width == b.width && a.height == b.height && a.cells == b.cells && a.cursorX == b.cursorX && a.cursorY == b.cursorY && a.cursorHidden == b.cursorHidden && a.theme == b.theme
    }

    public func hash(into h: inout Hasher) {
        h.combine(width); h.combine(height); h.combine(cells); h.combine(cursorX); h.combine(cursorY); h.combine(cursorHidden); h.combine(theme)
    }
}
