import Foundation

/// The team's progress read from every member's file: merged field by field (the later change
/// of each field wins, as in `almanac merge`), with who set each field and what each member
/// said. Pure: the storage layer reads the files and hands them in.
public struct TeamView: Hashable, Sendable {
    /// A file in the members folder that could be read.
    public struct Source: Hashable, Sendable {
        public var fileName: String
        public var file: MemberFile
        /// Set when this file is a sync engine's conflict copy of a member's file.
        public var conflict: SyncConflictName?

        public init(fileName: String, file: MemberFile, conflict: SyncConflictName? = nil) {
            self.fileName = fileName
            self.file = file
            self.conflict = conflict
        }
    }

    /// A file that could not be read (damaged, half-synced): named, and skipped.
    public struct Damaged: Hashable, Sendable {
        public var fileName: String
        public var problem: String

        public init(fileName: String, problem: String) {
            self.fileName = fileName
            self.problem = problem
        }
    }

    /// Who set a field last, and when.
    public struct SetBy: Hashable, Sendable {
        public var name: String
        public var at: Date
    }

    /// One change in the team's history of a step.
    public struct Change: Hashable, Sendable {
        public var name: String
        public var value: FieldValue
        public var at: Date
    }

    public private(set) var merged = Progress()
    /// Every member, by id, with their own view (their file joined with its conflict copies).
    public private(set) var members: [String: MemberFile] = [:]
    public private(set) var conflictCopies: [Source] = []
    /// Each member's own file as it is, without their conflict copies.
    public private(set) var ownFiles: [String: MemberFile] = [:]
    public private(set) var damaged: [Damaged]
    /// step → field → who set the value the team sees.
    public private(set) var setBy: [String: [StepField: SetBy]] = [:]

    public init(sources: [Source], damaged: [Damaged] = []) {
        self.damaged = damaged
        for source in sources.sorted(by: { $0.fileName < $1.fileName }) {
            let id = source.conflict?.memberID ?? source.file.member.id
            if source.conflict != nil { conflictCopies.append(source) } else { ownFiles[id] = source.file }
            if var known = members[id] {
                known.absorb(source.file)
                // The member's own file names them; a copy only when it is all there is.
                if source.conflict == nil { known.member = source.file.member }
                members[id] = known
            } else {
                members[id] = source.file
            }
        }
        // Members in a stable order, so equal times resolve the same way on every machine.
        let ids = members.keys.sorted()
        for id in ids {
            for (step, own) in members[id]!.progress.steps {
                merged.steps[step] = merged.steps[step].map { ProgressMerge.join($0, own) } ?? own
            }
        }
        for id in ids {
            let file = members[id]!
            for (step, own) in file.progress.steps {
                let seen = merged.step(step)
                for f in StepField.allCases where own.times[f] != FieldTimes.never && own.times[f] == seen.times[f]
                    && own[f] == seen[f] && setBy[step]?[f] == nil {
                    setBy[step, default: [:]][f] = SetBy(name: file.member.name, at: own.times[f])
                }
            }
        }
    }

    /// True when the member's own file already holds everything in this copy, so the copy can
    /// be deleted; false while only this view holds it (the member's next save writes it in).
    public func isTakenIn(_ copy: Source) -> Bool {
        guard let id = copy.conflict?.memberID, let own = ownFiles[id] else { return false }
        return ProgressMerge.join(own.progress, copy.file.progress).steps == own.progress.steps
            && Set(copy.file.history).isSubset(of: Set(own.history))
    }

    /// The members in name order, then id.
    public var roster: [MemberFile] {
        members.values.sorted { ($0.member.name.lowercased(), $0.member.id) < ($1.member.name.lowercased(), $1.member.id) }
    }

    /// What each member said the step's status is, grouped: `done: Ann, Sam · in progress: Jo`.
    /// Members who never set it are left out; nobody is ranked.
    public func spread(of step: String) -> [(StepStatus, [String])] {
        var by: [StepStatus: [String]] = [:]
        for file in roster {
            guard let own = file.progress.steps[step], own.times.status != FieldTimes.never else { continue }
            by[own.status, default: []].append(file.member.name)
        }
        return StepStatus.allCases.compactMap { s in by[s].map { (s, $0) } }
    }

    /// For a screen's banner: damaged member files, in a sentence; nil when there are none.
    public var damagedNotice: String? {
        guard !damaged.isEmpty else { return nil }
        let names = damaged.prefix(3).map(\.fileName).joined(separator: ", ") + (damaged.count > 3 ? ", …" : "")
        return "Team: \(damaged.count) member file\(damaged.count == 1 ? "" : "s") cannot be read and \(damaged.count == 1 ? "is" : "are") skipped "
            + "(\(names)); the others are shown. 'almanac team status' says why."
    }

    /// True when members who gave a status for the step gave different ones.
    public func disagrees(on step: String) -> Bool { spread(of: step).count > 1 }

    /// Every change to a step by anyone, oldest first.
    public func history(of step: String) -> [Change] {
        roster.flatMap { file in
            file.history.filter { $0.step == step }.map { Change(name: file.member.name, value: $0.value, at: $0.at) }
        }.sorted { ($0.at, $0.name) < ($1.at, $1.name) }
    }
}
