import AlmanacModel

/// My work's filters: whose steps, which statuses, only overdue, only changed since the last
/// review. Each is changed by one key and steps through its values.
public struct MyWorkFilters: Hashable, Sendable {
    public enum Owner: Hashable, Sendable {
        case anyone
        /// Steps owned by this name, ignoring case and spaces around it.
        case named(String)
        case nobody
    }

    /// The status filter's values, in the order its key steps through them.
    public enum Status: CaseIterable, Hashable, Sendable {
        /// Applicable and not done: not started or in progress.
        case notDone, inProgress, notStarted, done, notApplicable, all

        public var name: String {
            switch self {
            case .notDone: "not done"
            case .inProgress: "in progress"
            case .notStarted: "not started"
            case .done: "done"
            case .notApplicable: "not applicable"
            case .all: "all"
            }
        }

        func admits(_ s: StepStatus) -> Bool {
            switch self {
            case .notDone: s == .notStarted || s == .inProgress
            case .inProgress: s == .inProgress
            case .notStarted: s == .notStarted
            case .done: s == .done
            case .notApplicable: s == .notApplicable
            case .all: true
            }
        }

        var next: Status {
            let all = Self.allCases
            return all[(all.firstIndex(of: self)! + 1) % all.count]
        }
    }

    public var owner: Owner = .anyone
    public var status: Status = .notDone
    public var overdueOnly = false
    public var changedOnly = false

    public init() {}

    /// True when nothing narrows the list beyond its default (every step not done).
    public var isDefault: Bool { self == MyWorkFilters() }

    /// An owner as the filter compares it: case and surrounding spaces do not count, so
    /// "sam" and "Sam " are one person, as `almanac plan --owner` takes them.
    static func ownerKey(_ owner: String?) -> String? {
        guard let t = owner?.trimmingSpaces, !t.isEmpty else { return nil }
        return t.lowercased()
    }

    /// Anyone, each of `owners` (as first spelt), then no owner, then anyone again.
    mutating func nextOwner(among owners: [String]) {
        switch owner {
        case .anyone: owner = owners.first.map(Owner.named) ?? .nobody
        case .named(let name):
            let i = owners.firstIndex { Self.ownerKey($0) == Self.ownerKey(name) }
            owner = i.flatMap { $0 + 1 < owners.count ? .named(owners[$0 + 1]) : nil } ?? .nobody
        case .nobody: owner = .anyone
        }
    }

    /// Whether a step with this progress passes, given whether it changed since the review.
    func admits(_ p: StepProgress?, today: String, changed: Bool) -> Bool {
        let status = p?.status ?? .notStarted
        guard self.status.admits(status) else { return false }
        if overdueOnly, !(p?.isOverdue(today: today) ?? false) { return false }
        if changedOnly, !changed { return false }
        switch owner {
        case .anyone: return true
        case .nobody: return Self.ownerKey(p?.owner) == nil
        case .named(let name): return Self.ownerKey(p?.owner) == Self.ownerKey(name)
        }
    }
}
