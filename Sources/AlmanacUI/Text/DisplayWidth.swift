/// Terminal columns taken by characters and strings, as glibc's `wcwidth` counts them.
public enum DisplayWidth {
    /// Columns for one code point: 0 (combining, zero-width, control), 2 (wide) or 1.
    ///
    /// Controls are 0 here where `wcwidth` says -1: the UI never draws them, and a
    /// negative width would only make every caller check for it.
    @inlinable
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v >= 0x20 && v < 0x7F { return 1 }
        if v < 0x20 || (v >= 0x7F && v < 0xA0) { return 0 }
        return tableWidth(v)
    }

    @usableFromInline
    static func tableWidth(_ v: UInt32) -> Int {
        if v < 0x300 { return 1 }  // the table holds nothing below U+0300 but NUL
        if contains(WidthTable.zero, v) { return 0 }
        if v >= 0x1100 && contains(WidthTable.wide, v) { return 2 }
        return 1
    }

    private static func contains(_ ranges: [ClosedRange<UInt32>], _ v: UInt32) -> Bool {
        var lo = 0, hi = ranges.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            let r = ranges[mid]
            if v < r.lowerBound { hi = mid - 1 } else if v > r.upperBound { lo = mid + 1 } else { return true }
        }
        return false
    }

    /// Columns for a grapheme cluster: its scalars' widths, at most 2 (a base plus marks).
    @inlinable
    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        if scalars.count == 1 { return of(scalars.first!) }
        var w = 0
        for s in scalars { w += of(s) }
        return min(w, 2)
    }

    /// Columns for a string.
    public static func of(_ string: some StringProtocol) -> Int {
        var ascii = true
        for b in string.utf8 where b < 0x20 || b >= 0x7F { ascii = false; break }
        if ascii { return string.utf8.count }
        var w = 0
        for c in string { w += of(c) }
        return w
    }
}
