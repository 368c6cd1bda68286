import AlmanacModel
import AlmanacStorage
import ArgumentParser
import Foundation

struct TeamCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "team",
        abstract: "Share a council's progress through a folder the council already syncs (a shared drive, OneDrive, Syncthing, git).",
        discussion: """
        Each member writes only their own file in the folder and every screen shows the team's \
        progress merged field by field, so copies of the folder never conflict. docs/team.md \
        explains the set-up for each kind of shared folder.
        """,
        subcommands: [TeamJoinCommand.self, TeamStatusCommand.self, TeamLeaveCommand.self, TeamSyncCommand.self,
                      TeamGitSetupCommand.self])
}

struct TeamJoinCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "join", abstract: "Join the team whose folder this is (its layout is made if it is new).")
    @OptionGroup var progress: ProgressOptions
    @Argument(help: "The shared folder.") var folder: String
    @Option(help: "Your name, as colleagues will see it.") var name: String
    @Option(help: ArgumentHelp("officer, councillor, leader or facilitator.", valueName: "role")) var role: String = "officer"

    func run() throws {
        try reportingProgress {
            guard let role = TeamRole(rawValue: role.lowercased()) else {
                throw Failure.usage("unknown role '\(DisplayText.safe(role))'; use officer, councillor, leader or facilitator")
            }
            let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !trimmed.isEmpty else { throw Failure.usage("give your name with --name, e.g. --name \"Sam Jones\"") }
            let root = FilePaths.absolute(folder, from: FileManager.default.currentDirectoryPath)
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: root, isDirectory: &isFolder), isFolder.boolValue else {
                throw Failure.usage("there is no folder \(ProgressText.path(root)); make it (or mount the share) first, then join again")
            }
            let store = try progress.store()
            if let team = store.team {
                guard team.folder == root else {
                    throw Failure.usage("this progress is already in the team at \(ProgressText.path(team.folder)); run 'almanac team leave' first")
                }
                Output.print("Already a member of the team in \(ProgressText.path(root)) as \(DisplayText.safe(team.member.name)).")
                return
            }
            let own = try store.loadOwnFile()
            var random = SystemRandomNumberGenerator()
            let member = TeamMember(id: TeamMember.newID(name: trimmed, using: &random), name: trimmed, role: role,
                                    machine: ScreenProgress.host(), joined: ProgressText.today())
            let team = TeamFolder(root: root)
            try team.create()
            // What this person had recorded so far becomes their first answers to the team.
            var file = MemberFile(member: member)
            for (id, step) in own.steps.sorted(by: { $0.key < $1.key }) {
                for f in StepField.allCases where step.times[f] != FieldTimes.never {
                    file.record(StepChange(step: id, [step[f]], at: step.times[f]))
                }
            }
            try team.write(file)
            try TeamLink(folder: root, member: member).write(besideProgress: store.path)
            let view = try ProgressStore(path: store.path).loadTeam(TeamLink(folder: root, member: member)).view
            let others = (view?.members.count ?? 1) - 1
            Output.print("""
            Joined the team in \(ProgressText.path(root)) as \(DisplayText.safe(trimmed)) (\(role.rawValue)), \
            with \(others) other member\(others == 1 ? "" : "s").
            Your answers go only to \(ProgressText.path(team.memberPath(member.id))); \
            every screen and command of this progress now shows the team's.
            """)
        }
    }
}

struct TeamLeaveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "leave", abstract: "Stop sharing; keep a copy of the team's progress on this machine.")
    @OptionGroup var progress: ProgressOptions

    func run() throws {
        try reportingProgress {
            let store = try progress.store()
            guard let team = store.team else { throw Failure.usage("this progress is not in a team; nothing to leave") }
            let merged = try store.load()
            try ProgressStore(path: store.path, joiningTeam: false).update { $0 = merged }
            // The team's reviews too, before the link goes: `export --since` keeps working.
            do throws(ProgressError) { _ = try ReviewsStore(besideProgress: store.path).keepLocally() } catch {
                throw Failure.failed("the team's reviews could not be copied (\(error.problem)); \(error.recovery). You are still in the team.")
            }
            TeamLink.remove(besideProgress: store.path)
            store.dropOutbox()
            Output.print("""
            Left the team in \(ProgressText.path(team.folder)); a copy of its progress stays in \(ProgressText.path(store.path)).
            Your answers stay in the team's folder for the others; delete \
            \(ProgressText.path(TeamFolder(root: team.folder).memberPath(team.member.id))) to take them out.
            """)
        }
    }
}
