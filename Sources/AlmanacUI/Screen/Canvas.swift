import AlmanacModel

/// Drawing primitives on a Screen. Everything clips to a rectangle, so no view can write
/// outside its area or trap at tiny sizes.
extension Screen {
    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    /// Writes `text` from column `x` of row `y`, clipped to `clip`; returns the column after it.
    /// A wide character that would straddle the right edge is left out.
    @discardableResult
    public mutating func put(_ text: some StringProtocol, x: Int, y: Int, style: Style = .normal, clip: Rect? = nil) -> Int {
        let clip = clip ?? bounds
        guard y >= clip.y, y < clip.maxY, y >= 0, y < height else { return x + DisplayWidth.of(text) }
        let right = min(clip.maxX, width)
        var col = x
        let left = max(clip.x, 0)
        // Most text is ASCII: one byte, one column, no grapheme breaking needed.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7f }) {
            return withRow(y) { row in
                for byte in text.utf8 {
                    if col >= right { return col + 1 }
                    if col >= left { row[col] = Cell(scalar: UInt32(byte), style: style) }
                    col += 1
                }
                return col
            }
        }
        // Latin text, punctuation and box drawing: each scalar is its own one-column cell.
        // Anything else starts again, grapheme by grapheme, over the same cells.
        let simple: Int? = asciiOnly ? nil : withRow(y) { row in
            for scalar in text.unicodeScalars {
                guard Self.isSingleColumnAlone(scalar) else { return nil }
                if col >= right { return col + 1 }
                if col >= left { row[col] = Cell(scalar: scalar.value, style: style) }
                col += 1
            }
            return col
        }
        if let simple { return simple }
        if asciiOnly { return put(Transliteration.ascii(String(text)), x: x, y: y, style: style, clip: clip) }
        col = x
        for ch in text {
            let w = DisplayWidth.of(ch)
            if w == 0 { continue }
            if col + w > right { col += w; break }
            if col >= clip.x && col >= 0 {
                self[col, y] = Cell(ch, style: style)
                if w == 2 { self[col + 1, y] = Cell(" ", style: style, continuation: true) }
            }
            col += w
        }
        return col
    }

    /// True for a scalar that is one column wide and never joins its neighbours into one
    /// character (no marks, joiners or emoji): the ranges the almanac's text and the views'
    /// symbols use. Anything else takes the grapheme-by-grapheme path.
    public static func isSingleColumnAlone(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v >= 0x20 && v < 0x7F { return true }
        if v >= 0xA0 && v < 0x300 { return v != 0xAD }
        // Dashes, quotes, bullets; box drawing and blocks: one column each in every table.
        if (0x2010...0x2027).contains(v) || (0x2500...0x259F).contains(v) { return true }
        return v >= 0x2010 && v < 0x2C00 && !(0x2028...0x206F).contains(v) && DisplayWidth.of(s) == 1
    }

    /// Writes a styled line; `override` replaces every run's style (e.g. for a selected row).
    @discardableResult
    public mutating func put(_ line: StyledLine, x: Int, y: Int, clip: Rect? = nil, restyle: ((Style) -> Style)? = nil) -> Int {
        var col = x
        for run in line.runs {
            col = put(run.text, x: col, y: y, style: restyle?(run.style) ?? run.style, clip: clip)
        }
        return col
    }

    /// Fills a rectangle with spaces in a style.
    public mutating func fill(_ rect: Rect, style: Style = .normal, character: Character = " ") {
        let r = rect.clipped(to: bounds)
        guard !r.isEmpty else { return }
        let cell = Cell(character, style: style)
        for y in r.y..<r.maxY { withRow(y) { row in for x in r.x..<r.maxX { row[x] = cell } } }
    }

    /// Changes the style of the cells in a rectangle, keeping their characters.
    public mutating func restyle(_ rect: Rect, _ change: (Style) -> Style) {
        let r = rect.clipped(to: bounds)
        guard !r.isEmpty else { return }
        for y in r.y..<r.maxY {
            for x in r.x..<r.maxX {
                var c = self[x, y]
                c.style = change(c.style)
                self[x, y] = c
            }
        }
    }

    /// Draws a border around `rect` with an optional title in its top edge; without `sides`,
    /// just the top and bottom rules (for a pane as wide as the screen).
    public mutating func box(_ rect: Rect, title: String? = nil, glyphs: Glyphs, style: Style = Style(.border),
                             titleStyle: Style = Style(.title, bold: true), sides: Bool = true) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let edge = Rect(x: rect.x + 1, y: rect.y, width: rect.width - 2, height: 1)
        fill(edge, style: style, character: glyphs.horizontal)
        fill(Rect(x: edge.x, y: rect.maxY - 1, width: edge.width, height: 1), style: style, character: glyphs.horizontal)
        if sides {
            let side = Rect(x: rect.x, y: rect.y + 1, width: 1, height: rect.height - 2)
            fill(side, style: style, character: glyphs.vertical)
            fill(Rect(x: rect.maxX - 1, y: side.y, width: 1, height: side.height), style: style, character: glyphs.vertical)
        }
        put(String(sides ? glyphs.topLeft : glyphs.horizontal), x: rect.x, y: rect.y, style: style)
        put(String(sides ? glyphs.topRight : glyphs.horizontal), x: rect.maxX - 1, y: rect.y, style: style)
        put(String(sides ? glyphs.bottomLeft : glyphs.horizontal), x: rect.x, y: rect.maxY - 1, style: style)
        put(String(sides ? glyphs.bottomRight : glyphs.horizontal), x: rect.maxX - 1, y: rect.maxY - 1, style: style)
        if let title, rect.width > 4 {
            let room = rect.width - 4
            put(" " + Truncate.fit(title, room - 2, ellipsis: glyphs.ellipsis) + " ", x: rect.x + 1, y: rect.y,
                style: titleStyle, clip: Rect(x: rect.x + 1, y: rect.y, width: rect.width - 2, height: 1))
        }
    }
}

extension Rect {
    /// The part of this rectangle inside `other`.
    public func clipped(to other: Rect) -> Rect {
        let x0 = max(x, other.x), y0 = max(y, other.y)
        let x1 = min(maxX, other.maxX), y1 = min(maxY, other.maxY)
        return Rect(x: x0, y: y0, width: x1 - x0, height: y1 - y0)
    }
}
