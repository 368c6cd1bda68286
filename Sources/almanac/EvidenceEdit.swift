import AlmanacModel

/// `set --remove-evidence N --evidence TEXT`: the list a step's evidence becomes, or a usage error
/// naming the numbers that exist, so nothing is written.
enum EvidenceEdit {
    static func apply(to list: [Evidence], removing numbers: [Int], adding: [Evidence], step: String) throws -> [Evidence] {
        for n in numbers where !list.indices.contains(n - 1) {
            throw Failure.usage(list.isEmpty
                ? "\(step) has no evidence to remove (--remove-evidence \(n))"
                : "\(step) has no evidence item \(n); its items are numbered 1-\(list.count) (almanac steps lists them)")
        }
        let gone = Set(numbers.map { $0 - 1 })
        var out = list.enumerated().filter { !gone.contains($0.offset) }.map(\.element)
        // The same item twice would be noise in every report.
        for e in adding where !out.contains(e) { out.append(e) }
        return out
    }
}
