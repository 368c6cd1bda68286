/// How many terminal columns text takes, as glibc's `wcwidth` counts them.
///
/// A pure table rather than `wcwidth` itself: the answer must not depend on the process's
/// locale, so plain commands, views and tests agree. The table (`WidthTable.swift`) is
/// generated from glibc by `Scripts/generate-width-table` and checked against it, code point
/// by code point, in `Tests/AlmanacUITests/DisplayWidthTests.swift`.
public enum DisplayWidth {
    /// Columns for one Unicode scalar: 0 (combining, zero-width, control), 1, or 2 (wide).
    /// Controls are 0 where `wcwidth` says -1: nothing draws them, and a negative width
    /// would make every caller check for it.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x300 { return v < 0x20 || (v >= 0x7F && v < 0xA0) ? 0 : 1 }
        if isZeroWidth(v) { return 0 }
        return isWide(v) ? 2 : 1
    }

    /// Columns for a string: the sum of its scalars' widths.
    /// Inlinable so that callers in other modules get code for their concrete string type: the
    /// unspecialised generic walked scalars through witness tables and cost the guide start-up time.
    @inlinable
    public static func of(_ text: some StringProtocol) -> Int {
        var total = 0
        for s in text.unicodeScalars {
            let v = s.value
            total += v >= 0x20 && v < 0x7F ? 1 : of(s)
        }
        return total
    }

    /// Columns for a grapheme cluster: its scalars' widths, at most 2 (a base plus marks).
    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        if scalars.count == 1 { return of(scalars.first!) }
        var w = 0
        for s in scalars { w += of(s) }
        return min(w, 2)
    }

    static func isZeroWidth(_ v: UInt32) -> Bool { contains(WidthTable.zero, v) }

    static func isWide(_ v: UInt32) -> Bool { v >= 0x1100 && contains(WidthTable.wide, v) }

    /// Binary search in sorted, disjoint ranges.
    static func contains(_ ranges: [ClosedRange<UInt32>], _ v: UInt32) -> Bool {
        var lo = 0, hi = ranges.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            let r = ranges[mid]
            if v < r.lowerBound { hi = mid - 1 } else if v > r.upperBound { lo = mid + 1 } else { return true }
        }
        return false
    }
}
