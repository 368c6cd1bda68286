import Foundation
import XCTest
@testable import AlmanacModel
@testable import AlmanacStorage

/// Progress files joined to one team folder: each member writes only their own file, every
/// reader merges them, and the folder going away loses nothing.
final class TeamStoreTests: XCTestCase {
    var folder: TemporaryFolder!
    var shared: String { folder.file("shared") }
    override func setUp() {
        folder = TemporaryFolder("team")
        try! FileManager.default.createDirectory(atPath: shared, withIntermediateDirectories: true)
    }

    /// A member's progress file on "their machine", joined to the shared folder.
    func join(_ name: String) throws -> ProgressStore {
        let local = folder.file(name.lowercased() + "/progress.json")
        var random = SystemRandomNumberGenerator()
        let member = TeamMember(id: TeamMember.newID(name: name, using: &random), name: name, role: .officer,
                                machine: "m-\(name)", joined: "2027-01-01")
        try TeamFolder(root: shared).create()
        try TeamLink(folder: shared, member: member).write(besideProgress: local)
        return ProgressStore(path: local)
    }

    func hashes() -> [String: Data] {
        let members = shared + "/almanac-team/members"
        var out: [String: Data] = [:]
        for name in (try? FileManager.default.contentsOfDirectory(atPath: members)) ?? [] {
            out[name] = FileManager.default.contents(atPath: members + "/" + name)
        }
        return out
    }

    func change(_ id: String, _ values: [FieldValue], _ offset: Double = 0) -> StepChange {
        StepChange(step: id, values, at: Date(timeIntervalSince1970: 1_800_000_000 + offset))
    }

    func testThreeMembersSeeEachOthersChangesAndWriteOnlyTheirOwnFile() throws {
        let ann = try join("Ann"), bo = try join("Bo"), cy = try join("Cy")
        let stores = [ann, bo, cy]
        let steps = ["data.1.1", "data.1.2", "value.2.3"]
        for (i, store) in stores.enumerated() {
            let before = hashes()
            try store.save([change(steps[i], [.status(.done), .note("from \(i)")], Double(i))])
            let after = hashes()
            let own = store.team!.member.id + ".json"
            XCTAssertNotNil(after[own])
            for (name, bytes) in before where name != own { XCTAssertEqual(after[name], bytes, "\(name) untouched by \(own)") }
            XCTAssertEqual(Set(after.keys).subtracting(before.keys).subtracting([own]), [], "no other file appears")
        }
        for store in stores {
            let seen = try store.load()
            for (i, id) in steps.enumerated() {
                XCTAssertEqual(seen.status(of: id), .done)
                XCTAssertEqual(seen.step(id).note, "from \(i)")
            }
        }
        // A later change by one wins for everyone, field by field.
        try cy.save([change("data.1.1", [.status(.inProgress)], 100)])
        XCTAssertEqual(try ann.load().status(of: "data.1.1"), .inProgress)
        XCTAssertEqual(try ann.load().step("data.1.1").note, "from 0")
        let view = try TeamFolder(root: shared).read()
        XCTAssertEqual(view.setBy["data.1.1"]?[.status]?.name, "Cy")
        XCTAssertEqual(view.setBy["data.1.1"]?[.note]?.name, "Ann")
        // The local copy of each member holds the merged progress too (what `team leave` keeps).
        XCTAssertEqual(try ProgressStore(path: ann.path, joiningTeam: false).loadOwnFile().status(of: "value.2.3"), .done)
    }

    func testTwoCopiesOfTheFolderJoinedApartCombineWithoutAConflict() throws {
        // Ann and Bo each join in their own copy before either syncs; then the copies are combined
        // as a sync engine would: every file from both, none written by both.
        let annCopy = folder.file("annCopy"), boCopy = folder.file("boCopy")
        var random = SystemRandomNumberGenerator()
        var names: [String: Set<String>] = [:]
        for (copy, name) in [(annCopy, "Ann"), (boCopy, "Bo")] {
            let member = TeamMember(id: TeamMember.newID(name: name, using: &random), name: name, role: .officer, machine: name, joined: "2027-01-01")
            let local = folder.file(name + "/p.json")
            try FileManager.default.createDirectory(atPath: copy, withIntermediateDirectories: true)
            try TeamFolder(root: copy).create()
            try TeamLink(folder: copy, member: member).write(besideProgress: local)
            try ProgressStore(path: local).save([change("data.1.1", [.status(.done)], name == "Ann" ? 0 : 1)])
            names[copy] = Set(try FileManager.default.contentsOfDirectory(atPath: copy + "/almanac-team/members"))
        }
        XCTAssertTrue(names[annCopy]!.isDisjoint(with: names[boCopy]!), "no file name is in both copies")
    }

    func testAnotherMembersSaveChangesTheSignatureAndTheSessionPicksItUp() throws {
        let ann = try join("Ann"), bo = try join("Bo")
        try ann.save([change("data.1.1", [.status(.done)])])
        let session = ProgressSession(store: ann)
        // Started from the kept copy; the first check reads the members' files for who set what.
        XCTAssertNotNil(try XCTUnwrap(session.checkForChanges()).team)
        XCTAssertNil(session.checkForChanges())
        try bo.save([change("data.1.2", [.owner("Bo")], 5)])
        let update = try XCTUnwrap(session.checkForChanges(), "Bo's new file is seen by a stat of the folder")
        XCTAssertEqual(update.cause, .changedElsewhere)
        XCTAssertEqual(update.progress.step("data.1.2").owner, "Bo")
        // A session's own save is not news.
        _ = session.record(change("data.1.3", [.status(.done)], 10))
        XCTAssertNil(session.checkForChanges())
    }

    func testStartUpUsesTheKeptCopyOnlyWhileItIsCurrent() throws {
        let ann = try join("Ann"), bo = try join("Bo")
        try ann.save([change("data.1.1", [.status(.done)])])
        XCTAssertNotNil(ann.currentLocalCopy(ann.team!), "just made from the folder as it is")
        try bo.save([change("data.1.2", [.status(.done)], 1)])
        XCTAssertNil(ann.currentLocalCopy(ann.team!), "a colleague's save makes it stale")
        let session = ProgressSession(store: ann)
        XCTAssertEqual(session.progress.status(of: "data.1.2"), .done, "a stale copy is never shown")
        XCTAssertNotNil(ann.currentLocalCopy(ann.team!), "the full read kept a fresh copy")
    }

    func testADamagedMemberFileIsSkippedAndNamedAndNeverStopsTheOthers() throws {
        let ann = try join("Ann"), bo = try join("Bo")
        try ann.save([change("data.1.1", [.status(.done)])])
        try bo.save([change("data.1.2", [.status(.done)])])
        let boFile = TeamFolder(root: shared).memberPath(bo.team!.member.id)
        let cut = FileManager.default.contents(atPath: boFile)!.prefix(40)
        FileManager.default.createFile(atPath: boFile, contents: cut)
        let view = try TeamFolder(root: shared).read()
        XCTAssertEqual(view.damaged.map(\.fileName), [bo.team!.member.id + ".json"])
        XCTAssertEqual(try ann.load().status(of: "data.1.1"), .done, "Ann's work goes on")
        try ann.save([change("data.1.3", [.status(.done)], 1)])
        // Bo's own damaged file is never written over by Bo's next save.
        XCTAssertThrowsError(try bo.save([change("data.2.1", [.status(.done)], 2)])) { error in
            XCTAssertTrue((error as? ProgressError)?.problem.contains("your own member file is damaged") == true, "\(error)")
        }
        XCTAssertEqual(FileManager.default.contents(atPath: boFile), cut)
    }

    func testAnUnreachableFolderKeepsChangesHereAndWritesThemWhenItIsBack() throws {
        let ann = try join("Ann")
        try ann.save([change("data.1.1", [.status(.done)])])
        let members = shared + "/almanac-team"
        let away = folder.file("unmounted")
        try FileManager.default.moveItem(atPath: members, toPath: away)
        let result = try ann.save([change("data.1.2", [.note("written offline")], 1)])
        XCTAssertNotNil(result.waiting)
        XCTAssertEqual(try ann.load().step("data.1.2").note, "written offline", "shown from this machine meanwhile")
        XCTAssertEqual(try ann.load().status(of: "data.1.1"), .done, "the last team view is kept")
        XCTAssertEqual(ann.readOutbox().count, 1)
        try FileManager.default.moveItem(atPath: away, toPath: members)
        let back = try ann.load()
        XCTAssertEqual(back.step("data.1.2").note, "written offline")
        XCTAssertTrue(ann.readOutbox().isEmpty, "written to the member file once the folder is back")
        let view = try TeamFolder(root: shared).read()
        XCTAssertEqual(view.merged.step("data.1.2").note, "written offline")
    }

    func testABrokenTeamLinkRefusesRatherThanShowingOnlyThisMachine() throws {
        let local = folder.file("x/p.json")
        try FileManager.default.createDirectory(atPath: folder.file("x"), withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: TeamLink.path(besideProgress: local), contents: Data("{oops".utf8))
        let store = ProgressStore(path: local)
        XCTAssertThrowsError(try store.load())
        XCTAssertThrowsError(try store.save([change("data.1.1", [.status(.done)])]))
        XCTAssertFalse(FileManager.default.fileExists(atPath: local))
    }
}
