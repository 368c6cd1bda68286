import Foundation
import XCTest
@testable import AlmanacModel
@testable import AlmanacStorage

/// A member's file carries evidence and the reason, in its progress and its history.
final class MemberFileEvidenceTests: XCTestCase {
    func testEvidenceAndReasonRoundTripThroughAMembersFile() throws {
        let t0 = Date(timeIntervalSince1970: 1_800_000_000)
        var file = MemberFile(member: TeamMember(id: "sam.abcdef", name: "Sam", role: .officer, machine: "m", joined: "2027-01-01"))
        let items = [Evidence("https://x.example/m", label: "Minutes \u{1B}[31m"), Evidence("b.pdf")]
        file.record(StepChange(step: "data.1.1", [.status(.notApplicable), .reason("County"), .evidence(items)], at: t0))
        file.record(StepChange(step: "data.1.1", [.evidence([items[1]])], at: t0.addingTimeInterval(5)))
        let back = try MemberFileDecoding.decode(MemberFileCoding.encode(file), path: "m.json")
        XCTAssertEqual(back.progress.steps["data.1.1"]?.evidence, [items[1]], "the removal is what the file holds")
        XCTAssertEqual(back.progress.steps["data.1.1"]?.reason, "County")
        XCTAssertEqual(back.history.map(\.value), file.history.map(\.value))
        XCTAssertEqual(back.history.map(\.value.field), [.status, .reason, .evidence, .evidence])
    }
}
