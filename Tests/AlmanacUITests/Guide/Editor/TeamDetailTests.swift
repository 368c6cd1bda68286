import AlmanacModel
import Foundation
import XCTest
@testable import AlmanacUI

/// A team's progress in the guide: who set each field in the step detail, members' differing
/// answers, the history, and a banner for what the team folder's state means.
final class TeamDetailTests: XCTestCase {
    let t0 = Date(timeIntervalSince1970: 1_800_000_000)

    func view() -> TeamView {
        var ann = MemberFile(member: TeamMember(id: "ann.aaaaaa", name: "Ann Lee", role: .councillor, machine: "a", joined: "2027-01-01"))
        var sam = MemberFile(member: TeamMember(id: "sam.bbbbbb", name: "Sam \u{1B}[31mJones", role: .officer, machine: "b", joined: "2027-01-01"))
        ann.record(StepChange(step: "connectivity.1.1", [.status(.done)], at: t0))
        sam.record(StepChange(step: "connectivity.1.1", [.status(.inProgress), .owner("Sam")], at: t0 + 3600))
        return TeamView(sources: [.init(fileName: "ann.aaaaaa.json", file: ann), .init(fileName: "sam.bbbbbb.json", file: sam)],
                        damaged: [.init(fileName: "jo.cccccc.json", problem: "the file is empty")])
    }

    func testTheStepDetailSaysWhoSetWhatAndWhatEachAnswered() {
        var app = Fixtures.app(width: 100, height: 30)
        let team = view()
        app.handle(.progress(ProgressUpdate(cause: .changedElsewhere, progress: team.merged, team: team, notice: team.damagedNotice)))
        app.press(.tab, .end, .enter, .enter)
        let frame = app.frame
        XCTAssertTrue(frame.contains("Last changed: status by Sam ^[[31mJones on 2027-01-15; owner by Sam"), frame)
        XCTAssertTrue(frame.contains("Answers: in progress: Sam ^[[31mJones; done: Ann Lee"), frame)
        XCTAssertTrue(frame.contains("Ann Lee: status done"), frame)
        XCTAssertFalse(frame.contains("\u{1B}"), "names are shown inert")
        XCTAssertTrue(frame.contains("Team: 1 member file cannot be read and is skipped (jo.cccccc.json)"), "the banner names it: \(frame)")
    }

    func testWithoutATeamTheDetailIsAsBefore() {
        var app = Fixtures.app(width: 100, height: 30)
        app.press(.tab, .end, .enter, .enter)
        XCTAssertFalse(app.frame.contains("Last changed:"))
        XCTAssertFalse(app.frame.contains("Team:"))
    }
}
