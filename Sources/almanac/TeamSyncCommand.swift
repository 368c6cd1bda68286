import AlmanacModel
import AlmanacStorage
import ArgumentParser
import Foundation

struct TeamSyncCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: "For a team folder in a git repository: commit your file, pull the others', push.",
        discussion: "Only your own member file is committed. When the remote cannot be reached, your change stays committed here and goes with the next sync.")
    @OptionGroup var progress: ProgressOptions

    func run() throws {
        try reportingProgress {
            let store = try progress.store()
            guard let team = store.team else { throw Failure.usage("this progress is not in a team; 'almanac team join FOLDER --name NAME' joins one") }
            let git = Git(folder: team.folder, identity: ["-c", "user.name=\(team.member.name)",
                                                          "-c", "user.email=\(team.member.id)@almanac.invalid"])
            guard git.workTree() != nil else {
                throw Failure.usage("the team folder \(ProgressText.path(team.folder)) is not in a git repository; its own sync (a shared drive, OneDrive, Syncthing) carries it, or run 'git init' there and add a remote")
            }
            // Waiting changes (the folder was out of reach) are written before committing.
            if !store.readOutbox().isEmpty { _ = try store.save([]) }
            let own = TeamFolder(root: team.folder).memberPath(team.member.id)
            let relative = String(own.dropFirst(team.folder.count + 1))
            var said: [String] = []
            try check(git.run("add", "--", relative), "adding your file")
            let staged = try git.run("diff", "--cached", "--quiet", "--", relative)
            if staged.status == 1 {
                try check(git.run("commit", "--quiet", "--no-verify", "-m", "almanac: \(team.member.name)'s progress", "--", relative),
                          "committing your file")
                said.append("Committed your changes.")
            } else {
                said.append("Nothing new of yours to commit.")
            }
            let remotes = try git.run("remote").out.split(separator: "\n").map(String.init)
            guard let remote = remotes.contains("origin") ? "origin" : remotes.first else {
                Output.print((said + ["This repository has no remote, so nothing was pulled or pushed; add one with 'git remote add origin URL', then sync again."]).joined(separator: "\n"))
                throw ExitCode(1)
            }
            let branch = try git.run("symbolic-ref", "--short", "HEAD").out.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !branch.isEmpty else { throw Failure.failed("the team folder's repository is not on a branch; check it out with 'git switch BRANCH'") }
            let heads = try git.run("ls-remote", "--exit-code", "--heads", remote, branch)
            // Exit status 2: the remote is there but has no such branch yet (a new repository).
            if heads.status != 0, heads.status != 2 {
                throw Failure.failed(said.joined(separator: " ") + " Could not reach the remote \(remote) (\(heads.reason)); your work stays committed here and goes with the next sync.")
            }
            if heads.ok {
                // Members write only their own files, so rebasing onto the others' never conflicts.
                let pull = try git.run("pull", "--rebase", "--quiet", "--no-edit", remote, branch)
                guard pull.ok else {
                    _ = try? git.run("rebase", "--abort")
                    throw Failure.failed(said.joined(separator: " ") + " Could not pull from the remote (\(pull.reason)); your work stays committed here and goes with the next sync.")
                }
            }
            var push = try git.run("push", "--quiet", "-u", remote, branch)
            if !push.ok, try git.run("pull", "--rebase", "--quiet", "--no-edit", remote, branch).ok {
                // Someone pushed between our pull and push: once more.
                push = try git.run("push", "--quiet", "-u", remote, branch)
            }
            guard push.ok else {
                throw Failure.failed(said.joined(separator: " ") + " Pulled the others' changes, but could not push yours (\(push.reason)); they stay committed here and go with the next sync.")
            }
            let view = try? TeamFolder(root: team.folder).read()
            said.append("Pulled and pushed: the team has \(view?.members.count ?? 0) member\(view?.members.count == 1 ? "" : "s").")
            Output.print(said.joined(separator: "\n"))
        }
    }

    private func check(_ r: Git.Result, _ what: String) throws {
        guard r.ok else { throw Failure.failed("git failed \(what): \(r.reason)") }
    }
}

struct TeamGitSetupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "git-setup",
        abstract: "For one progress file kept in git: merge it field by field when branches meet (registers 'almanac merge-driver').")
    @OptionGroup var progress: ProgressOptions

    func run() throws {
        try reportingProgress {
            let store = try progress.store()
            let folder = FilePaths.folder(of: store.path)
            let git = Git(folder: folder)
            guard let top = git.workTree() else {
                throw Failure.usage("\(ProgressText.path(store.path)) is not in a git repository; run this where the progress file is committed")
            }
            let me = CommandLine.arguments.first.map { $0.hasPrefix("/") ? $0 : FilePaths.absolute($0, from: FileManager.default.currentDirectoryPath) } ?? "almanac"
            guard try git.run("config", "merge.almanac.name", "almanac progress, merged field by field").ok,
                  try git.run("config", "merge.almanac.driver", "'\(me)' merge-driver %O %A %B").ok else {
                throw Failure.failed("git config could not be written in \(ProgressText.path(top))")
            }
            let attributes = top + "/.gitattributes"
            let relative = String(store.path.dropFirst(top.count + 1))
            let line = "\(relative) merge=almanac"
            let existing = (try? String(contentsOfFile: attributes, encoding: .utf8)) ?? ""
            if !existing.split(separator: "\n").contains(Substring(line)) {
                let text = existing + (existing.isEmpty || existing.hasSuffix("\n") ? "" : "\n") + line + "\n"
                do { try Data(text.utf8).write(to: URL(fileURLWithPath: attributes)) } catch {
                    throw Failure.failed("could not write \(ProgressText.path(attributes)): \(error.localizedDescription)")
                }
            }
            Output.print("""
            Registered: git merges \(ProgressText.path(relative)) field by field with almanac (the later change of each field wins, no note is lost).
            Commit .gitattributes; each clone runs 'almanac team git-setup' once (git keeps drivers out of the repository).
            """)
        }
    }
}

struct MergeDriverCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge-driver",
        abstract: "A git merge driver for progress files: almanac merge-driver %O %A %B (see 'almanac team git-setup').",
        discussion: "Writes the field-by-field merge of OURS and THEIRS into OURS; exits 1, leaving git's conflict, when either cannot be read.")
    @Argument(help: "The common ancestor (%O); not needed, since every field carries its time.") var base: String
    @Argument(help: "Ours (%A): the merge is written here.") var ours: String
    @Argument(help: "Theirs (%B).") var theirs: String

    func run() throws {
        try reportingProgress {
            let mine = try ProgressStore(path: ours, joiningTeam: false).loadOwnFile()
            let other = try ProgressStore(path: theirs, joiningTeam: false).loadOwnFile()
            let result = ProgressMerge.merge(ours: mine, theirs: other, oursLabel: "ours", theirsLabel: "theirs")
            do { try ProgressEncoding.encode(result.merged).write(to: URL(fileURLWithPath: ours)) } catch {
                throw Failure.failed("could not write the merge to \(ProgressText.path(ours)): \(error.localizedDescription)")
            }
        }
    }
}
