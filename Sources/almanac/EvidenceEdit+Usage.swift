import AlmanacModel

extension EvidenceEdit {
    /// `set --remove-evidence N --evidence TEXT`: the list a step's evidence becomes, or a usage
    /// error naming the numbers that exist, so nothing is written.
    static func apply(to list: [Evidence], removing numbers: [Int], adding: [Evidence], step: String) throws -> [Evidence] {
        switch apply(to: list, removing: numbers, adding: adding) {
        case .success(let edited): return edited
        case .failure(.nothingToRemove(let n)):
            throw Failure.usage("\(step) has no evidence to remove (--remove-evidence \(n))")
        case .failure(.noItem(let n, let count)):
            throw Failure.usage("\(step) has no evidence item \(n); its items are numbered 1-\(count) (almanac steps lists them)")
        }
    }
}
