import Foundation
import XCTest
@testable import AlmanacModel

/// Merging members' own files: field by field, in any order, with who set what.
final class TeamViewTests: XCTestCase {
    let t0 = Date(timeIntervalSince1970: 1_800_000_000)

    func member(_ name: String, _ id: String) -> MemberFile {
        MemberFile(member: TeamMember(id: id, name: name, role: .officer, machine: "m", joined: "2027-01-01"))
    }

    func testTheLaterChangeOfEachFieldWinsAndSaysWho() {
        var ann = member("Ann", "ann.aaaaaa"), sam = member("Sam", "sam.bbbbbb")
        ann.record(StepChange(step: "data.1.1", [.status(.done), .owner("Ann")], at: t0))
        sam.record(StepChange(step: "data.1.1", [.status(.inProgress)], at: t0 + 60))
        sam.record(StepChange(step: "data.1.2", [.note("ask the DPO")], at: t0 + 5))
        let view = TeamView(sources: [.init(fileName: "ann.aaaaaa.json", file: ann), .init(fileName: "sam.bbbbbb.json", file: sam)])
        XCTAssertEqual(view.merged.status(of: "data.1.1"), .inProgress)
        XCTAssertEqual(view.merged.step("data.1.1").owner, "Ann", "a field only Ann set keeps her value")
        XCTAssertEqual(view.setBy["data.1.1"]?[.status]?.name, "Sam")
        XCTAssertEqual(view.setBy["data.1.1"]?[.owner]?.name, "Ann")
        XCTAssertEqual(view.setBy["data.1.2"]?[.note]?.name, "Sam")
        XCTAssertEqual(view.spread(of: "data.1.1").map { $0.0 }, [.inProgress, .done])
        XCTAssertEqual(view.spread(of: "data.1.1").map { $0.1 }, [["Sam"], ["Ann"]])
        XCTAssertTrue(view.disagrees(on: "data.1.1"))
        XCTAssertFalse(view.disagrees(on: "data.1.2"), "one answer is no disagreement")
        XCTAssertEqual(view.history(of: "data.1.1").map(\.name), ["Ann", "Ann", "Sam"])
    }

    func testTheResultDoesNotDependOnTheOrderFilesAreListed() {
        var files: [TeamView.Source] = []
        for (i, name) in ["Ann", "Bo", "Cy"].enumerated() {
            var f = member(name, "\(name.lowercased()).abcde\(i)")
            // Equal times on purpose: the tie must break the same way everywhere.
            f.record(StepChange(step: "value.1.1", [.note("\(name)'s note"), .status(i == 1 ? .done : .inProgress)], at: t0))
            files.append(.init(fileName: f.member.id + ".json", file: f))
        }
        let one = TeamView(sources: files), other = TeamView(sources: files.reversed())
        XCTAssertEqual(one.merged, other.merged)
        XCTAssertEqual(one.setBy, other.setBy)
    }

    func testConflictCopiesAreMergedAsTheirMembersAndKnownWhenTakenIn() {
        var own = member("Sam", "sam.bbbbbb"), copy = member("Sam", "sam.bbbbbb")
        own.record(StepChange(step: "data.1.1", [.status(.done)], at: t0))
        copy.record(StepChange(step: "data.1.2", [.status(.done)], at: t0 + 1))
        let name = SyncConflictName(fileName: "sam.bbbbbb (Sam's conflicted copy 2027-01-02).json")
        let view = TeamView(sources: [.init(fileName: "sam.bbbbbb.json", file: own),
                                      .init(fileName: "sam.bbbbbb (Sam's conflicted copy 2027-01-02).json", file: copy, conflict: name)])
        XCTAssertEqual(view.members.count, 1, "a copy is not another member")
        XCTAssertEqual(view.merged.status(of: "data.1.2"), .done, "the copy's change is merged in")
        XCTAssertEqual(view.conflictCopies.count, 1)
        XCTAssertFalse(view.isTakenIn(view.conflictCopies[0]), "the member's own file lacks it so far")
        var later = own
        later.record(StepChange(step: "data.1.2", [.status(.done)], at: t0 + 1))
        let after = TeamView(sources: [.init(fileName: "sam.bbbbbb.json", file: later),
                                       .init(fileName: "x (conflicted copy).json", file: copy, conflict: name)])
        XCTAssertTrue(after.isTakenIn(after.conflictCopies[0]))
    }

    func testEachSyncEnginesConflictNamesAreRecognised() {
        let cases: [(String, SyncConflictName.Engine?)] = [
            ("sam-jones.k3f9q2.json", nil),
            ("sam-jones.k3f9q2 (Sam Jones's conflicted copy 2026-12-01).json", .dropbox),
            ("sam-jones.k3f9q2 (conflicted copy 2026-12-01 101010).json", .dropbox),
            ("sam-jones.k3f9q2.sync-conflict-20261201-101010-ABCDEF7.json", .syncthing),
            ("sam-jones.k3f9q2-DESKTOP-1AB2C.json", .oneDrive),
            ("sam-jones.k3f9q2-LAPTOP.json", .oneDrive),
            ("sam-jones.k3f9q2 (1).json", .numbered),
            ("notes.json", nil),
            ("sam-jones.k3f9q2 (draft).json", nil),
            ("sam-jones.k3f9q2.txt", nil),
        ]
        for (name, engine) in cases {
            let found = SyncConflictName(fileName: name)
            XCTAssertEqual(found?.engine, engine, name)
            if engine != nil { XCTAssertEqual(found?.memberID, "sam-jones.k3f9q2", name) }
        }
    }

    func testMemberIDsAreSafeFileNamesAndDifferEachTime() {
        var random = SystemRandomNumberGenerator()
        let a = TeamMember.newID(name: "Zoë O'Brien / Housing", using: &random)
        let b = TeamMember.newID(name: "Zoë O'Brien / Housing", using: &random)
        XCTAssertNotEqual(a, b)
        XCTAssertTrue(a.hasPrefix("zo-o-brien-housing."), a)
        XCTAssertTrue(TeamMember.isID(Substring(a)))
        XCTAssertEqual(TeamMember.newID(name: "☃", using: &random).prefix(7), "member.")
        XCTAssertFalse(TeamMember.isID("../etc.passwd"))
    }

    func testHistoryIsKeptToItsLimit() {
        var f = member("Ann", "ann.aaaaaa")
        for i in 0..<(MemberFile.historyLimit + 20) {
            f.record(StepChange(step: "data.1.1", [.note("n\(i)")], at: t0 + Double(i)))
        }
        XCTAssertEqual(f.history.count, MemberFile.historyLimit)
        XCTAssertEqual(f.history.last?.value, .note("n\(MemberFile.historyLimit + 19)"))
    }
}
