import Foundation

/// Makes the text of a damaged progress file parse again, keeping as much as it can: for
/// `repair`. Zero bytes (a crash mid-write) are taken out; a file cut short, or spoiled from
/// some point on, is cut back to the last complete member before the damage and closed.
enum ProgressMending {
    /// The mended text and what mending lost, or nil when it could not be mended.
    static func mend(_ data: Data) -> (value: JSONValue, note: String?)? {
        var bytes = [UInt8](data)
        var notes: [String] = []
        let zeros = bytes.count
        bytes.removeAll { $0 == 0 }
        if bytes.count != zeros { notes.append("\(zeros - bytes.count) zero bytes were taken out") }
        if let value = try? JSONParser.parse(Data(bytes)) { return (value, notes.first) }
        // Where parsing stops, then cut back member by member until the rest closes cleanly.
        var end = bytes.count
        do { _ = try JSONParser.parse(Data(bytes)) } catch { end = min(error.offset, bytes.count) }
        for _ in 0..<64 {
            guard let cut = lastMemberEnd(bytes, before: end) else { return nil }
            var candidate = Array(bytes[..<cut])
            candidate += closers(candidate)
            if let value = try? JSONParser.parse(Data(candidate)) {
                notes.append("everything from byte \(cut + 1) on was unreadable and left out")
                return (value, notes.joined(separator: "; "))
            }
            end = cut
        }
        return nil
    }

    /// The offset just past the last complete member before `end`: the position of a `,`
    /// outside strings (the member before it is whole), or just after an opening `{`.
    private static func lastMemberEnd(_ b: [UInt8], before end: Int) -> Int? {
        var inString = false, escaped = false
        var best: Int?
        for i in 0..<min(end, b.count) {
            let c = b[i]
            if inString {
                if escaped { escaped = false } else if c == 0x5C { escaped = true } else if c == 0x22 { inString = false }
                continue
            }
            switch c {
            case 0x22: inString = true
            case 0x2C: best = i
            case 0x7B, 0x5B: best = i + 1
            default: break
            }
        }
        return best
    }

    /// The brackets still open at the end of `b`, closed innermost first.
    private static func closers(_ b: [UInt8]) -> [UInt8] {
        var stack: [UInt8] = []
        var inString = false, escaped = false
        for c in b {
            if inString {
                if escaped { escaped = false } else if c == 0x5C { escaped = true } else if c == 0x22 { inString = false }
                continue
            }
            switch c {
            case 0x22: inString = true
            case 0x7B: stack.append(0x7D)
            case 0x5B: stack.append(0x5D)
            case 0x7D, 0x5D: if !stack.isEmpty { stack.removeLast() }
            default: break
            }
        }
        return stack.reversed()
    }
}
