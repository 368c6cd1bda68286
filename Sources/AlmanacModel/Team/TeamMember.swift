import Foundation

/// What a member does in the council: shown beside their name, never used to rank anyone.
public enum TeamRole: String, CaseIterable, Codable, Sendable {
    case officer, councillor, leader, facilitator
}

/// One person on one machine in a team folder. `id` names their file (`members/<id>.json`):
/// a slug of the name and six random characters, so two people who join in their own copies
/// of the folder before either syncs never pick the same file.
public struct TeamMember: Hashable, Sendable, Codable {
    public var id: String
    public var name: String
    public var role: TeamRole
    public var machine: String
    /// When they joined, `YYYY-MM-DD`.
    public var joined: String

    public init(id: String, name: String, role: TeamRole, machine: String, joined: String) {
        self.id = id
        self.name = name
        self.role = role
        self.machine = machine
        self.joined = joined
    }

    /// `sam-jones.k3f9q2`: lower-case letters, digits and dashes from the name, a dot, six
    /// random characters. Only these characters, so every sync engine and file system keeps it.
    public static func newID<R: RandomNumberGenerator>(name: String, using random: inout R) -> String {
        var slug = ""
        for c in name.lowercased().unicodeScalars {
            if ("a"..."z").contains(c) || ("0"..."9").contains(c) { slug.unicodeScalars.append(c) }
            else if !slug.isEmpty, slug.last != "-" { slug += "-" }
        }
        while slug.last == "-" { slug.removeLast() }
        if slug.isEmpty { slug = "member" }
        let alphabet = Array("abcdefghijkmnpqrstuvwxyz23456789")
        let tail = String((0..<6).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &random)] })
        return String(slug.prefix(40)) + "." + tail
    }

    /// True for ids `newID` makes (and so for the stem of a member file).
    public static func isID(_ text: Substring) -> Bool {
        guard let dot = text.lastIndex(of: "."), text.index(after: dot) < text.endIndex else { return false }
        let slug = text[..<dot], tail = text[text.index(after: dot)...]
        return !slug.isEmpty && tail.count == 6
            && slug.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
            && tail.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) }
    }
}

/// One field a member set, when: their history, from which the team's history is read.
public struct HistoryEntry: Hashable, Sendable {
    public var step: String
    public var value: FieldValue
    public var at: Date

    public init(step: String, value: FieldValue, at: Date) {
        self.step = step
        self.value = value
        self.at = at
    }
}

/// A member's own file: who they are, the fields they set (a progress of their own), and the
/// changes they made, newest last.
public struct MemberFile: Hashable, Sendable {
    public var member: TeamMember
    public var progress: Progress
    public var history: [HistoryEntry]
    /// Older entries are dropped: the history is for "who changed what lately", not an archive.
    public static let historyLimit = 1000

    public init(member: TeamMember, progress: Progress = Progress(), history: [HistoryEntry] = []) {
        self.member = member
        self.progress = progress
        self.history = history
    }

    /// Takes in another copy of this member's file (a sync engine's conflict copy): fields
    /// joined, history merged without repeats, oldest first.
    public mutating func absorb(_ other: MemberFile) {
        progress = ProgressMerge.join(progress, other.progress)
        let seen = Set(history)
        history += other.history.filter { !seen.contains($0) }
        history.sort { $0.at < $1.at }
    }

    /// Records a change as this member's: their own view of the step, and the history.
    public mutating func record(_ change: StepChange) {
        let taken = progress.apply(change)
        for value in change.values where taken.contains(value.field) {
            history.append(HistoryEntry(step: change.step, value: value, at: change.at))
        }
        if history.count > Self.historyLimit { history.removeFirst(history.count - Self.historyLimit) }
    }
}
