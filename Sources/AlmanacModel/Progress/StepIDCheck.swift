/// Checks step ids typed by a user against the content, suggesting the nearest real ones.
public enum StepIDCheck {
    /// The message for the first unknown id in `ids`, or nil when all are known:
    /// `unknown step 'inclusion.9.9'; did you mean inclusion.1.3, …?`
    public static func problem(_ ids: [String], known: [String]) -> String? {
        let knownSet = Set(known)
        guard let bad = ids.first(where: { !knownSet.contains($0) }) else { return nil }
        let near = closest(to: bad, in: known)
        let shown = DisplayText.safe(bad)
        if near.isEmpty { return "unknown step '\(shown)'; 'almanac steps' lists the step ids" }
        return "unknown step '\(shown)'; did you mean \(near.joined(separator: ", "))? ('almanac steps' lists them)"
    }

    /// Up to `limit` ids nearest by edit distance, in content order among equals.
    public static func closest(to text: String, in known: [String], limit: Int = 3) -> [String] {
        let target = Array(text.lowercased().unicodeScalars.prefix(80))
        let scored = known.enumerated().map { (index, id) in
            (distance(target, Array(id.unicodeScalars)), index, id)
        }
        let best = scored.sorted { ($0.0, $0.1) < ($1.0, $1.1) }
        // Suggestions further than half the id away are noise.
        let cutoff = max(3, target.count / 2)
        return best.prefix(limit).filter { $0.0 <= cutoff }.map(\.2)
    }

    /// Levenshtein distance.
    static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
