/// A step's evidence with items removed by their numbers (1 first, as `show`, `steps` and the
/// line mode number them) and items added; the same item twice would be noise in every report,
/// so an item already there is not added again. `set` and `almanac read` both edit through this.
public enum EvidenceEdit {
    public enum Problem: Error, Equatable {
        /// The list is empty: there is nothing to remove.
        case nothingToRemove(Int)
        /// No item `number`; the items are numbered 1 to `count`.
        case noItem(number: Int, count: Int)
    }

    public static func apply(to list: [Evidence], removing numbers: [Int], adding: [Evidence]) -> Result<[Evidence], Problem> {
        for n in numbers where !list.indices.contains(n - 1) {
            return .failure(list.isEmpty ? .nothingToRemove(n) : .noItem(number: n, count: list.count))
        }
        let gone = Set(numbers.map { $0 - 1 })
        var out = list.enumerated().filter { !gone.contains($0.offset) }.map(\.element)
        for e in adding where !out.contains(e) { out.append(e) }
        return .success(out)
    }
}
