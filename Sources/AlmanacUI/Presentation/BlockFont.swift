/// A built-in 5-pixel-high font for titles in large letters.
///
/// Drawn with Unicode block elements (`█`, or `▀▄` at half height) and, for terminals without
/// them, with `#`. Each glyph is rows of `#` (ink) and `.` (paper).
public enum BlockFont {
    public static let pixelHeight = 5

    static let glyphs: [Character: [String]] = [
        "A": [".##.", "#..#", "####", "#..#", "#..#"],
        "B": ["###.", "#..#", "###.", "#..#", "###."],
        "C": [".###", "#...", "#...", "#...", ".###"],
        "D": ["###.", "#..#", "#..#", "#..#", "###."],
        "E": ["####", "#...", "###.", "#...", "####"],
        "F": ["####", "#...", "###.", "#...", "#..."],
        "G": [".###", "#...", "#.##", "#..#", ".###"],
        "H": ["#..#", "#..#", "####", "#..#", "#..#"],
        "I": ["###", ".#.", ".#.", ".#.", "###"],
        "J": ["..##", "...#", "...#", "#..#", ".##."],
        "K": ["#..#", "#.#.", "##..", "#.#.", "#..#"],
        "L": ["#...", "#...", "#...", "#...", "####"],
        "M": ["#...#", "##.##", "#.#.#", "#...#", "#...#"],
        "N": ["#...#", "##..#", "#.#.#", "#..##", "#...#"],
        "O": [".##.", "#..#", "#..#", "#..#", ".##."],
        "P": ["###.", "#..#", "###.", "#...", "#..."],
        "Q": [".##.", "#..#", "#..#", "#.##", ".###"],
        "R": ["###.", "#..#", "###.", "#.#.", "#..#"],
        "S": [".###", "#...", ".##.", "...#", "###."],
        "T": ["#####", "..#..", "..#..", "..#..", "..#.."],
        "U": ["#..#", "#..#", "#..#", "#..#", ".##."],
        "V": ["#...#", "#...#", "#...#", ".#.#.", "..#.."],
        "W": ["#...#", "#...#", "#.#.#", "##.##", "#...#"],
        "X": ["#...#", ".#.#.", "..#..", ".#.#.", "#...#"],
        "Y": ["#...#", ".#.#.", "..#..", "..#..", "..#.."],
        "Z": ["####", "...#", ".##.", "#...", "####"],
        "0": [".##.", "#.##", "##.#", "#..#", ".##."],
        "1": [".#.", "##.", ".#.", ".#.", "###"],
        "2": ["###.", "...#", ".##.", "#...", "####"],
        "3": ["###.", "...#", ".##.", "...#", "###."],
        "4": ["#..#", "#..#", "####", "...#", "...#"],
        "5": ["####", "#...", "###.", "...#", "###."],
        "6": [".##.", "#...", "###.", "#..#", ".##."],
        "7": ["####", "...#", "..#.", ".#..", ".#.."],
        "8": [".##.", "#..#", ".##.", "#..#", ".##."],
        "9": [".##.", "#..#", ".###", "...#", ".##."],
        "-": ["...", "...", "###", "...", "..."],
        "&": [".#..", "#.#.", ".#..", "#.#.", ".#.#"],
        ".": [".", ".", ".", ".", "#"],
        ",": [".", ".", ".", "#", "#"],
        "'": ["#", "#", ".", ".", "."],
        ":": [".", "#", ".", "#", "."],
        "?": ["###.", "...#", ".##.", "....", ".#.."],
    ]

    /// How pixels become cells.
    public enum Mode: Hashable, Sendable, CaseIterable {
        /// A pixel is two cells wide and one high: square pixels, the largest letters.
        case double
        /// A pixel is one cell: tall narrow letters.
        case single
        /// Two pixels stacked in one cell with half blocks: small square letters.
        case half

        var columnsPerPixel: Int { self == .double ? 2 : 1 }
        var rows: Int { self == .half ? (BlockFont.pixelHeight + 1) / 2 : BlockFont.pixelHeight }
    }

    /// Whether every character of `text` has a glyph (case is ignored).
    public static func canDraw(_ text: String) -> Bool {
        text.uppercased().allSatisfy { $0 == " " || glyphs[$0] != nil }
    }

    /// A word's pixel rows: glyphs with one pixel between them.
    static func pixels(_ word: Substring) -> [String] {
        var rows = Array(repeating: "", count: pixelHeight)
        for (i, ch) in word.uppercased().enumerated() {
            guard let g = glyphs[ch] else { continue }
            for r in 0..<pixelHeight { rows[r] += (i > 0 ? "." : "") + g[r] }
        }
        return rows
    }

    /// Pixel rows for each line of `text` wrapped at spaces to `maxPixels`, or nil if a word
    /// alone is wider.
    static func pixelLines(_ text: String, maxPixels: Int) -> [[String]]? {
        let space = "..."
        var lines: [[String]] = []
        var current: [String] = []
        for word in text.split(separator: " ") {
            let p = pixels(word)
            let w = p[0].count
            if w > maxPixels { return nil }
            if current.isEmpty {
                current = p
            } else if current[0].count + space.count + w <= maxPixels {
                current = zip(current, p).map { $0 + space + $1 }
            } else {
                lines.append(current)
                current = p
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    /// Renders pixel rows as text rows in a mode. Byte by byte (the rows are ASCII `#` and `.`):
    /// built as Characters, the opening slide's title took 1.5 million instructions.
    static func render(_ rows: [String], mode: Mode, ascii: Bool) -> [String] {
        let hash = UInt8(ascii: "#")
        let full: [UInt8] = ascii ? [hash] : Array("█".utf8)
        switch mode {
        case .double, .single:
            let n = mode.columnsPerPixel
            return rows.map { row in
                var out: [UInt8] = []
                out.reserveCapacity(row.utf8.count * n * full.count)
                for pixel in row.utf8 {
                    for _ in 0..<n {
                        if pixel == hash { out += full } else { out.append(0x20) }
                    }
                }
                return String(decoding: out, as: UTF8.self)
            }
        case .half:
            // Half blocks exist only in Unicode: `layout` never asks for them without it.
            let block = Array("█".utf8), upper = Array("▀".utf8), lower = Array("▄".utf8)
            var out: [String] = []
            var r = 0
            while r < rows.count {
                let top = Array(rows[r].utf8)
                let bottom = r + 1 < rows.count ? Array(rows[r + 1].utf8) : Array(repeating: UInt8(ascii: "."), count: top.count)
                var line: [UInt8] = []
                line.reserveCapacity(top.count * 3)
                for (t, b) in zip(top, bottom) {
                    switch (t == hash, b == hash) {
                    case (true, true): line += block
                    case (true, false): line += upper
                    case (false, true): line += lower
                    case (false, false): line.append(0x20)
                    }
                }
                out.append(String(decoding: line, as: UTF8.self))
                r += 2
            }
            return out
        }
    }

    /// `text` in the largest block letters that fit `width` x `height` cells, one blank row
    /// between lines of letters; nil if none fit (the caller then falls back to plain text).
    /// Without Unicode (`ascii`), the half-height mode is not available.
    public static func layout(_ text: String, width: Int, height: Int, ascii: Bool = false) -> [String]? {
        guard canDraw(text), text.contains(where: { $0 != " " }) else { return nil }
        for mode in Mode.allCases where !(ascii && mode == .half) {
            guard let lines = pixelLines(text, maxPixels: width / mode.columnsPerPixel) else { continue }
            let rows = lines.count * mode.rows + (lines.count - 1)
            if rows > height { continue }
            var out: [String] = []
            for (i, line) in lines.enumerated() {
                if i > 0 { out.append("") }
                out += render(line, mode: mode, ascii: ascii)
            }
            return out
        }
        return nil
    }
}
