import AlmanacModel
import Foundation

/// The colour themes the driver knows. The UI core only names them; colours live in the driver.
public enum ThemeName: String, CaseIterable, Hashable, Sendable {
    case standard = "default"
    case highContrast = "high-contrast"
    case mono

    /// The theme `t` switches to next.
    public var next: ThemeName {
        let all = Self.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }

    /// Accepts the names users type: `default`, `high-contrast` (or `contrast`), `mono`.
    public init?(name: String) {
        switch name.lowercased() {
        case "default", "standard": self = .standard
        case "high-contrast", "highcontrast", "contrast": self = .highContrast
        case "mono", "monochrome": self = .mono
        default: return nil
        }
    }

    /// What every command says of a name `init(name:)` does not know.
    public static func unknown(_ name: String) -> String {
        "unknown theme '\(DisplayText.safe(name))'; use " + allCases.map(\.rawValue).joined(separator: ", ").replacingLastComma()
    }
}

private extension String {
    /// `a, b, c` → `a, b or c`.
    func replacingLastComma() -> String {
        guard let r = range(of: ", ", options: .backwards) else { return self }
        return replacingCharacters(in: r, with: " or ")
    }
}
