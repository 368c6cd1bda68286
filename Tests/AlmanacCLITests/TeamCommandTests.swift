import Foundation
import XCTest
import AlmanacModel

/// `almanac team`: people with their own homes sharing one folder, and git as the engine.
final class TeamCommandTests: TeamTestCase {
    private func memberFiles(_ root: String) -> [String: Data] {
        let folder = root + "/almanac-team/members"
        var out: [String: Data] = [:]
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] {
            out[name] = FileManager.default.contents(atPath: folder + "/" + name)
        }
        return out
    }

    func testTwoMembersShareTicksNotesAndStatusesAndOnlyTheirOwnFileChanges() throws {
        _ = try ok(ann, "tick", "data.1.1")
        let joined = try ok(ann, "team", "join", shared, "--name", "Ann Lee", "--role", "councillor")
        XCTAssertTrue(joined.contains("Joined the team in \(shared!) as Ann Lee (councillor), with 0 other members."), joined)
        _ = try ok(bo, "team", "join", shared, "--name", "Bo")
        XCTAssertEqual(memberFiles(shared).count, 2)
        let before = memberFiles(shared)
        _ = try ok(bo, "set", "data.1.2", "--status", "in-progress", "--note", "Bo's note")
        _ = try ok(bo, "tick", "value.1.1")
        let after = memberFiles(shared)
        let changed = after.keys.filter { after[$0] != before[$0] }
        XCTAssertEqual(changed.count, 1, "only Bo's file changed: \(changed)")
        XCTAssertTrue(changed[0].hasPrefix("bo."), changed[0])
        // Ann sees Bo's work, and Bo sees the tick Ann brought with her.
        let annSteps = try ok(ann, "status", "data")
        XCTAssertTrue(annSteps.contains("data.1.2  in-progress  note: Bo's note"), annSteps)
        XCTAssertTrue(try ok(bo, "status", "data").contains("[x] data.1.1  done"))
        let status = try ok(ann, "team", "status")
        XCTAssertTrue(status.contains("Members (2):") && status.contains("Ann Lee") && status.contains("Bo"), status)
        XCTAssertTrue(status.contains("Team progress: 2/108"), status)
        // Bo disagrees with Ann on data.1.1 by unticking it: the spread names both.
        _ = try ok(bo, "untick", "data.1.1")
        let spread = try ok(ann, "team", "status")
        XCTAssertTrue(spread.contains("data.1.1  not-started: Bo · done: Ann Lee"), spread)
        let json = try JSONSerialization.jsonObject(with: Data(try ok(ann, "team", "status", "--json").utf8)) as? [String: Any]
        XCTAssertEqual((json?["members"] as? [Any])?.count, 2)
    }

    func testReportsAndCompareSayWhoAnsweredWhat() throws {
        _ = try ok(ann, "team", "join", shared, "--name", "Ann Lee")
        _ = try ok(bo, "team", "join", shared, "--name", "Bo")
        _ = try ok(ann, "tick", "data.1.1")
        _ = try ok(bo, "set", "data.1.1", "--status", "in-progress", "--owner", "=HYPERLINK(\"x\")")
        let csv = try ok(ann, "export", "--who", "--format", "csv")
        XCTAssertTrue(csv.split(separator: "\r\n").first?.hasSuffix(",who,answers,evidence,reason") == true, csv.prefix(300).description)
        let row = try XCTUnwrap(csv.split(separator: "\r\n").first { $0.contains(",data.1.1,") })
        XCTAssertTrue(row.contains("status: Bo, ") && row.contains("owner: Bo, "), String(row))
        XCTAssertTrue(row.contains("In progress: Bo; Done: Ann Lee"), String(row))
        let json = try ok(ann, "export", "--who", "--format", "json")
        XCTAssertTrue(json.contains("\"answers\" : \"In progress: Bo; Done: Ann Lee\""), json.prefix(200).description)
        let md = try ok(ann, "export", "--who")
        XCTAssertTrue(md.contains("| Who | Answers |"))
        XCTAssertTrue(md.contains("0 of 9 applicable steps done. Members answer 1 step differently (see Answers)."), md)
        XCTAssertFalse(try ok(ann, "export").contains("| Who |"), "only with --who")
        _ = try ok(bo, "tick", "data.1.1", "--progress", bo.home + "/other.json")
        let alone = try bo.run("export", "--who", "--progress", bo.home + "/other.json")
        XCTAssertEqual(alone.status, 2)
        XCTAssertTrue(alone.err.contains("--who needs a team"), alone.err)
        let compare = try ok(ann, "compare", "--members")
        XCTAssertTrue(compare.contains("Steps that differ (1):") && compare.contains("data.1.1  in-progress: Bo · done: Ann Lee"), compare)
    }

    func testConflictCopiesOfEachEngineAreMergedAndReported() throws {
        _ = try ok(bo, "team", "join", shared, "--name", "Bo")
        _ = try ok(bo, "tick", "data.1.1")
        let members = shared + "/almanac-team/members"
        let own = try XCTUnwrap(try FileManager.default.contentsOfDirectory(atPath: members).first)
        let id = String(own.dropLast(5))
        // Each engine's copy holds one more tick, as if made on another machine.
        let copies = ["\(id) (Bo's conflicted copy 2026-12-01).json": "data.2.1",
                      "\(id).sync-conflict-20261201-101010-ABCDEF7.json": "data.2.2",
                      "\(id)-DESKTOP-7Q2.json": "data.2.3"]
        let original = try String(contentsOfFile: members + "/" + own, encoding: .utf8)
        for (name, step) in copies {
            let text = original.replacingOccurrences(of: "\"data.1.1\"", with: "\"\(step)\"")
            try text.write(toFile: members + "/" + name, atomically: true, encoding: .utf8)
        }
        _ = try ok(ann, "team", "join", shared, "--name", "Ann")
        let steps = try ok(ann, "status", "data")
        for step in copies.values { XCTAssertTrue(steps.contains("[x] \(step)  done"), "\(step) merged in: \(steps)") }
        let status = try ok(ann, "team", "status")
        XCTAssertTrue(status.contains("Conflict copies made by a sync engine (3), merged in:"), status)
        for engine in ["Dropbox", "Syncthing", "OneDrive"] { XCTAssertTrue(status.contains("\(engine) copy of Bo's file"), status) }
        XCTAssertTrue(status.contains("Members (2):"), "copies are not members: \(status)")
        // Bo's next change writes the copies into Bo's own file: then they can be deleted.
        _ = try ok(bo, "tick", "data.3.1")
        let later = try ok(ann, "team", "status")
        XCTAssertEqual(later.components(separatedBy: "it can be deleted").count - 1, 3, later)
    }

    func testADamagedMemberFileIsNamedAndTheRestStillShow() throws {
        _ = try ok(ann, "team", "join", shared, "--name", "Ann")
        _ = try ok(ann, "tick", "data.1.1")
        let members = shared + "/almanac-team/members"
        try "{\"almanacTeamMember\": 1, \"progr".write(toFile: members + "/half.abcdef.json", atomically: true, encoding: .utf8)
        let status = try ok(ann, "team", "status")
        XCTAssertTrue(status.contains("Damaged member files (1), skipped") && status.contains("half.abcdef.json"), status)
        XCTAssertTrue(try ok(ann, "status").contains("1/108"))
    }

    func testLeaveKeepsACopyOfTheTeamsProgress() throws {
        _ = try ok(ann, "team", "join", shared, "--name", "Ann")
        _ = try ok(bo, "team", "join", shared, "--name", "Bo")
        _ = try ok(bo, "tick", "inclusion.1.1")
        let left = try ok(ann, "team", "leave")
        XCTAssertTrue(left.contains("a copy of its progress stays in"), left)
        XCTAssertTrue(try ok(ann, "status", "inclusion").contains("[x] inclusion.1.1"))
        _ = try ok(bo, "tick", "inclusion.1.2")
        XCTAssertFalse(try ok(ann, "status", "inclusion").contains("[x] inclusion.1.2"), "no longer follows the team")
        XCTAssertEqual(try ann.run("team", "leave").status, 2)
    }

    func testJoinSaysWhatIsWrong() throws {
        let missing = try ann.run("team", "join", ann.home + "/nowhere", "--name", "Ann")
        XCTAssertEqual(missing.status, 2)
        XCTAssertTrue(missing.err.contains("there is no folder"), missing.err)
        XCTAssertEqual(try ann.run("team", "join", shared, "--name", "Ann", "--role", "boss").status, 2)
        XCTAssertEqual(try ann.run("team", "join", shared, "--name", "  ").status, 2)
        XCTAssertEqual(try ann.run("team", "status").status, 2)
    }

    // MARK: git

    private func git(_ cli: CLI, _ args: String...) throws -> CLI.Result {
        try cli.shell("git " + args.map { "'\($0)'" }.joined(separator: " "))
    }

    func testGitSyncCarriesChangesBetweenClonesAndKeepsThemWhenOffline() throws {
        let remote = ann.home + "/remote.git"
        let setup = try ann.shell("""
            git init -q --bare '\(remote)' && git clone -q '\(remote)' '\(ann.home)/clone' 2>/dev/null && \
            git clone -q '\(remote)' '\(bo.home)/clone' 2>/dev/null && echo ok
            """)
        XCTAssertTrue(setup.out.contains("ok"), setup.err)
        _ = try ok(ann, "team", "join", ann.home + "/clone", "--name", "Ann")
        _ = try ok(ann, "tick", "data.1.1")
        let first = try ok(ann, "team", "sync")
        XCTAssertTrue(first.contains("Committed your changes.") && first.contains("Pulled and pushed"), first)
        _ = try ok(bo, "team", "join", bo.home + "/clone", "--name", "Bo")
        _ = try ok(bo, "team", "sync")
        XCTAssertTrue(try ok(bo, "status", "data").contains("[x] data.1.1"), "Ann's tick reached Bo's clone")
        _ = try ok(bo, "tick", "data.1.2")
        _ = try ok(bo, "team", "sync")
        _ = try ok(ann, "team", "sync")
        XCTAssertTrue(try ok(ann, "status", "data").contains("[x] data.1.2"), "and Bo's reached Ann's")
        // Offline: the remote is gone. The change stays committed and goes with the next sync.
        try FileManager.default.moveItem(atPath: remote, toPath: remote + ".away")
        _ = try ok(ann, "tick", "data.1.3")
        let offline = try ann.run("team", "sync")
        XCTAssertEqual(offline.status, 1)
        XCTAssertTrue(offline.err.contains("Committed your changes. Could not reach the remote origin") && offline.err.contains("goes with the next sync"), offline.err)
        try FileManager.default.moveItem(atPath: remote + ".away", toPath: remote)
        XCTAssertTrue(try ok(ann, "team", "sync").contains("Pulled and pushed"))
        _ = try ok(bo, "team", "sync")
        XCTAssertTrue(try ok(bo, "status", "data").contains("[x] data.1.3"))
    }

    func testSyncOutsideGitAndWithoutARemoteSaySo() throws {
        _ = try ok(ann, "team", "join", shared, "--name", "Ann")
        let notGit = try ann.run("team", "sync")
        XCTAssertEqual(notGit.status, 2)
        XCTAssertTrue(notGit.err.contains("is not in a git repository"), notGit.err)
        _ = try ann.shell("git init -q '\(shared!)'")
        let noRemote = try ann.run("team", "sync")
        XCTAssertEqual(noRemote.status, 1)
        XCTAssertTrue(noRemote.out.contains("has no remote"), noRemote.out)
    }

    func testTheMergeDriverKeepsBothBranchesFieldsAndNotes() throws {
        let repo = ann.home + "/repo"
        let file = repo + "/progress.json"
        let r = try ann.shell("""
            set -e; git init -q '\(repo)'; cd '\(repo)'; git config user.email a@b; git config user.name A
            "$ALMANAC" tick data.1.1 --progress '\(file)' >/dev/null
            git add progress.json; git commit -qm base
            "$ALMANAC" team git-setup --progress '\(file)' >/dev/null
            git add .gitattributes; git commit -qm attributes
            git checkout -qb other
            "$ALMANAC" set data.1.2 --note 'theirs' --owner Bo --progress '\(file)' >/dev/null
            git commit -qam theirs
            git checkout -q -
            "$ALMANAC" set data.1.3 --note 'ours' --status in-progress --progress '\(file)' >/dev/null
            "$ALMANAC" set data.1.2 --due 2027-01-31 --progress '\(file)' >/dev/null
            git commit -qam ours
            git merge -q --no-edit other && echo merged
            """)
        XCTAssertTrue(r.out.contains("merged"), "git merge used the driver: \(r.err)")
        let merged = try ann.load(file)
        XCTAssertEqual(merged.status(of: "data.1.1"), .done)
        XCTAssertEqual(merged.step("data.1.2").note, "theirs")
        XCTAssertEqual(merged.step("data.1.2").owner, "Bo")
        XCTAssertEqual(merged.step("data.1.2").due, "2027-01-31")
        XCTAssertEqual(merged.step("data.1.3").note, "ours")
        XCTAssertFalse((try String(contentsOfFile: file, encoding: .utf8)).contains("<<<<<<<"))
    }
}
