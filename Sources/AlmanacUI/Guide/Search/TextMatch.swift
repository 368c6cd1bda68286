/// Case-insensitive matching on UTF-8 bytes: ASCII letters fold, everything else must match
/// exactly. The almanac is almost all ASCII, and byte offsets map straight back to the text.
public enum TextMatch {
    @inline(__always)
    static func fold(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }

    public static func folded(_ s: String) -> [UInt8] { s.utf8.map(fold) }

    /// Byte offsets where `needle` (already folded) starts in `haystack` (already folded).
    public static func offsets(of needle: [UInt8], in haystack: [UInt8], limit: Int = .max) -> [Int] {
        guard !needle.isEmpty, needle.count <= haystack.count else { return [] }
        var out: [Int] = []
        let first = needle[0]
        var i = 0
        let last = haystack.count - needle.count
        while i <= last && out.count < limit {
            if haystack[i] == first {
                var j = 1
                while j < needle.count && haystack[i + j] == needle[j] { j += 1 }
                if j == needle.count { out.append(i); i += needle.count; continue }
            }
            i += 1
        }
        return out
    }
}
