/// The words every screen and command uses for a step's evidence.
public enum EvidenceWords {
    /// `1 evidence item`, `3 evidence items`.
    public static func count(_ n: Int) -> String { n == 1 ? "1 evidence item" : "\(n) evidence items" }

    /// `1. Board minutes: https://…`, display-safe on one line: how `show`, `steps`, the line mode and
    /// the editor number the items (`set --remove-evidence N` takes that number).
    public static func numbered(_ items: [Evidence]) -> [String] {
        items.enumerated().map { i, e in "\(i + 1). " + DisplayText.safe(e.line) }
    }
}
