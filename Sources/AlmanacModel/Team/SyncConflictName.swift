/// The names sync engines give the copies they make when two machines changed one file:
/// recognised, so the copy is merged and reported instead of ignored.
public struct SyncConflictName: Hashable, Sendable {
    public enum Engine: String, Sendable {
        case dropbox = "Dropbox"
        case syncthing = "Syncthing"
        case oneDrive = "OneDrive"
        case numbered = "a numbered copy"
    }

    /// The member whose file this is a copy of.
    public var memberID: String
    public var engine: Engine

    /// For a file name in the members folder (`sam.k3f9q2.json` is no copy, so nil):
    /// - Dropbox, Nextcloud: `sam.k3f9q2 (Sam's conflicted copy 2026-12-01).json`
    /// - Syncthing: `sam.k3f9q2.sync-conflict-20261201-101010-ABCDEF7.json`
    /// - OneDrive, SharePoint: `sam.k3f9q2-DESKTOP-1AB2.json`
    /// - Google Drive and others: `sam.k3f9q2 (1).json`
    public init?(fileName: String) {
        guard fileName.hasSuffix(".json") else { return nil }
        let stem = Substring(fileName.dropLast(5))
        if TeamMember.isID(stem) { return nil }
        if let open = stem.range(of: " (") , stem.hasSuffix(")") {
            let id = stem[..<open.lowerBound]
            let inside = stem[open.upperBound..<stem.index(before: stem.endIndex)]
            guard TeamMember.isID(id) else { return nil }
            memberID = String(id)
            engine = inside.lowercased().contains("conflict") ? .dropbox : .numbered
            if engine == .numbered, !inside.allSatisfy(\.isNumber) { return nil }
            return
        }
        if let mark = stem.range(of: ".sync-conflict-") {
            let id = stem[..<mark.lowerBound]
            guard TeamMember.isID(id) else { return nil }
            memberID = String(id)
            engine = .syncthing
            return
        }
        // OneDrive adds "-MACHINE" (letters, digits, dashes) after the name; the id ends at the
        // first dash after its dot and six characters.
        guard let dot = stem.firstIndex(of: "."),
              let end = stem.index(dot, offsetBy: 7, limitedBy: stem.endIndex), end < stem.endIndex,
              stem[end] == "-" else { return nil }
        let id = stem[..<end], machine = stem[stem.index(after: end)...]
        guard TeamMember.isID(id), !machine.isEmpty,
              machine.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) else { return nil }
        memberID = String(id)
        engine = .oneDrive
    }
}
