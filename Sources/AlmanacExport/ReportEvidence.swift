import AlmanacModel

/// One evidence item as reports and `--json` show it: `kind` (`url`, `file`, `document`) and
/// `link`, the target only an `http(s)` or `mailto` URL gets. The link is decided on the text as
/// typed, never on its display-safe copy (where `ESC` has become a harmless-looking `^[`).
public struct ReportEvidence: Hashable, Sendable, Encodable {
    public var text: String
    public var label: String?
    public var kind: String
    public var link: String?

    /// `displaySafe` for reports; commands' `--json` keeps the text as stored (JSON escapes it).
    public init(_ e: Evidence, displaySafe: Bool = true) {
        func shown(_ t: String) -> String { displaySafe ? DisplayText.safe(t) : t }
        text = shown(e.text)
        label = e.label.map(shown)
        kind = e.kind.rawValue
        link = e.link
    }

    /// `Label: text`, or the text alone.
    public var line: String { label.map { "\($0): \(text)" } ?? text }
}
