import XCTest
import Foundation
import AlmanacModel
import AlmanacStorage
@testable import AlmanacUI

/// Stands in for the session file and the clock that two terminals share.
final class SharedRoom: @unchecked Sendable {
    private let lock = NSLock()
    private var _session: PresentSession?
    /// The progress file both terminals share, and the session of each.
    let file = LiveFile()
    private var sessions: [String: ProgressSession] = [:]
    private var _now = PresentFixtures.start

    var session: PresentSession? {
        get { lock.withLock { _session } }
        set { lock.withLock { _session = newValue } }
    }
    var progress: AlmanacModel.Progress { (try? file.store.load()) ?? .init() }

    func progressSession(_ writer: String) -> ProgressSession {
        lock.withLock {
            if let s = sessions[writer] { return s }
            let s = file.session()
            sessions[writer] = s
            return s
        }
    }
    var now: Date {
        get { lock.withLock { _now } }
        set { lock.withLock { _now = newValue } }
    }

    func environment(_ writer: String) -> PresentEnvironment {
        PresentEnvironment(now: { self.now }, readSession: { self.session },
                           writer: writer, utcOffset: { _ in 0 })
    }

    /// Carries out effects as the command would: write the session, save ticks (through the
    /// session of `writer`).
    func perform(_ effects: [PresentEffect], by writer: String = "presenter") {
        for e in effects {
            switch e {
            case .publish(let s): session = s
            case .progress(let request): _ = progressSession(writer).perform(request)
            case .quit, .saveNotes: break
            }
        }
    }
}

/// The presenter view follows the projected terminal, and either can drive.
final class PresenterViewTests: XCTestCase {
    let almanac = RealContent.almanac

    func pair(_ room: SharedRoom, scope: String? = "data") -> (PresentApp, PresentApp) {
        // Each terminal opens its progress session as it starts.
        _ = room.progressSession("projector")
        _ = room.progressSession("presenter")
        var projector = PresentApp(almanac: almanac, progress: room.progress, scope: scope, environment: room.environment("projector"))
        room.session = projector.session
        room.perform(projector.handle(.resize(width: 100, height: 30)))
        // Past the opening slide, onto the outcome's title (or the overview).
        room.perform(projector.handle(.key(.character(" "))))
        var presenter = PresentApp(almanac: almanac, progress: room.progress, mode: .presenter,
                                   environment: room.environment("presenter"), joining: room.session)
        room.perform(presenter.handle(.resize(width: 120, height: 36)))
        return (projector, presenter)
    }

    func testPresenterJoinsWhereTheProjectorIsAndFollowsIt() {
        let room = SharedRoom()
        var (projector, presenter) = pair(room)
        XCTAssertEqual(presenter.deck.scope, "data", "the presenter takes the projector's outcome")
        XCTAssertEqual(presenter.slide.id(in: almanac), "data/title")
        room.perform(projector.handle(.key(.pageDown)))
        room.perform(projector.handle(.key(.pageDown)))
        XCTAssertNotEqual(presenter.slide.id(in: almanac), "data/guidance", "nothing moves until the next tick")
        room.perform(presenter.handle(.tick))
        XCTAssertEqual(presenter.slide.id(in: almanac), "data/guidance")
        room.perform(projector.handle(.key(.character("b"))))
        room.perform(presenter.handle(.tick))
        XCTAssertTrue(presenter.blanked)
        XCTAssertTrue(presenter.render(width: 120, height: 36).text.contains("SCREEN BLANKED"))
    }

    func testPresenterDrivesTheProjector() {
        let room = SharedRoom()
        var (projector, presenter) = pair(room)
        room.perform(presenter.handle(.key(.right)))
        room.perform(presenter.handle(.key(.tab)))
        room.perform(projector.handle(.tick))
        XCTAssertEqual(projector.slide.id(in: almanac), "data/statement")
        XCTAssertTrue(projector.tickMode)
        // And back again: the projector's own move wins the next round.
        room.perform(projector.handle(.key(.left)))
        room.perform(presenter.handle(.tick))
        XCTAssertEqual(presenter.slide.id(in: almanac), "data/title")
    }

    func testOverviewIsSharedButHelpIsNot() {
        let room = SharedRoom()
        var (projector, presenter) = pair(room)
        room.perform(presenter.handle(.key(.character("o"))))
        room.perform(projector.handle(.tick))
        XCTAssertEqual(projector.overlay, .overview)
        XCTAssertTrue(projector.render(width: 100, height: 30).text.contains("Where the council stands"))
        room.perform(presenter.handle(.key(.enter)))
        room.perform(projector.handle(.tick))
        XCTAssertNil(projector.overlay)
        room.perform(presenter.handle(.key(.character("?"))))
        XCTAssertTrue(presenter.render(width: 120, height: 36).text.contains("F5 and Esc never end the session"))
        room.perform(projector.handle(.tick))
        XCTAssertNil(projector.overlay, "help shows only where it was asked for")
    }

    func testATickRecordedOnOneTerminalShowsOnTheOther() {
        let room = SharedRoom()
        var (projector, presenter) = pair(room)
        room.perform(presenter.handle(.key(.character("g"))))
        room.perform(presenter.handle(.key(.character("2"))))
        while presenter.slide.id(in: almanac) != "data/theme-1" { room.perform(presenter.handle(.key(.right))) }
        room.perform(presenter.handle(.key(.tab)))
        room.perform(presenter.handle(.key(.character("2"))))
        XCTAssertEqual(room.progress.status(of: "data.1.2"), .done)
        room.now = PresentFixtures.start.addingTimeInterval(30)
        room.perform(projector.handle(.tick))
        XCTAssertEqual(projector.slide.id(in: almanac), "data/theme-1")
        XCTAssertEqual(projector.progress.status(of: "data.1.2"), .notStarted, "not until its session sees the file change")
        guard let news = room.progressSession("projector").checkForChanges() else { return XCTFail("the change was not seen") }
        room.perform(projector.handle(.progress(news)))
        XCTAssertEqual(projector.progress.status(of: "data.1.2"), .done)
        XCTAssertTrue(projector.render(width: 100, height: 30).text.contains("[x] 2."))
    }

    func testElapsedTimeAndClockComeFromTicks() {
        let room = SharedRoom()
        var (_, presenter) = pair(room)
        room.now = PresentFixtures.start.addingTimeInterval(3725)
        room.perform(presenter.handle(.tick))
        let top = presenter.render(width: 120, height: 36).line(0)
        XCTAssertTrue(top.contains("elapsed 1:02:05"), top)
        XCTAssertTrue(top.contains(SlideClock.clock(room.now, utcOffset: 0)), top)
    }

    func testPresenterPagesSlidesAtTheProjectorsSize() {
        let room = SharedRoom()
        var (projector, presenter) = pair(room, scope: "value")
        room.perform(projector.handle(.resize(width: 50, height: 14)))
        while projector.slide.id(in: almanac) != "value/case-2" { room.perform(projector.handle(.key(.right))) }
        room.perform(projector.handle(.key(.right)))
        XCTAssertEqual(projector.page, 1)
        room.perform(presenter.handle(.tick))
        XCTAssertEqual(presenter.page, 1)
        XCTAssertEqual(presenter.pageCount, projector.pageCount)
        XCTAssertTrue(presenter.render(width: 120, height: 36).line(0).contains("(continued 2/\(projector.pageCount))"))
    }

    func testPresenterViewSnapshots() {
        let room = SharedRoom()
        var (projector, presenter) = pair(room, scope: "connectivity")
        while projector.slide.id(in: almanac) != "connectivity/statement" { room.perform(projector.handle(.key(.right))) }
        room.now = PresentFixtures.start.addingTimeInterval(754)
        room.perform(presenter.handle(.tick))
        assertFrame(presenter.render(width: 120, height: 36), named: "statement-120x36")
        while projector.slide.id(in: almanac) != "connectivity/case-1" { room.perform(projector.handle(.key(.right))) }
        room.perform(presenter.handle(.tick))
        assertFrame(presenter.render(width: 80, height: 24), named: "case-80x24")
    }
}

/// A projector that is quit and started again mid-workshop.
final class PresentRestartTests: XCTestCase {
    let almanac = RealContent.almanac

    func testRestartedProjectorResumesItsPlaceAndOutranksTheOldFile() {
        let room = SharedRoom()
        var old = PresentApp(almanac: almanac, progress: .init(), scope: "data", environment: room.environment("projector-1"))
        room.session = old.session
        for _ in 0..<4 { room.perform(old.handle(.key(.right))) }
        let left = room.session!
        room.now = PresentFixtures.start.addingTimeInterval(600)
        let again = PresentApp(almanac: almanac, progress: .init(), scope: "data", environment: room.environment("projector-2"),
                               joining: left)
        XCTAssertEqual(again.slide.id(in: almanac), left.slide)
        XCTAssertEqual(again.startedAt, PresentFixtures.start, "the elapsed time carries on")
        XCTAssertGreaterThan(again.session.serial, left.serial)
        // A presenter view that had been following the old projector follows the new one.
        var presenter = PresentApp(almanac: almanac, progress: .init(), mode: .presenter,
                                   environment: room.environment("presenter"), joining: left)
        room.session = again.session
        var moved = again
        room.perform(moved.handle(.key(.right)))
        room.perform(presenter.handle(.tick))
        XCTAssertEqual(presenter.slide.id(in: almanac), moved.slide.id(in: almanac))
    }

    func testAStaleSessionStartsTheClockAfresh() {
        let room = SharedRoom()
        let old = PresentApp(almanac: almanac, progress: .init(), scope: "data", environment: room.environment("projector-1"))
        room.now = PresentFixtures.start.addingTimeInterval(2 * 86_400)
        let next = PresentApp(almanac: almanac, progress: .init(), environment: room.environment("projector-2"), joining: old.session)
        XCTAssertEqual(next.startedAt, room.now)
        XCTAssertEqual(next.slide.id(in: almanac), "opening", "another outcome's place is not taken over: it starts from the beginning")
    }
}

/// The two terminals through a real session file, as the commands wire them.
final class PresentSessionFileTests: XCTestCase {
    func testProjectorAndPresenterFollowEachOtherThroughTheFile() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("present-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = PresentSessionFile(besideProgress: dir.appendingPathComponent("progress.json").path)
        func environment(_ writer: String) -> PresentEnvironment {
            PresentEnvironment(now: { PresentFixtures.start }, readSession: { file.read() }, writer: writer)
        }
        func perform(_ effects: [PresentEffect]) throws {
            for case .publish(let s) in effects { try file.write(s) }
        }
        var projector = PresentApp(almanac: RealContent.almanac, progress: .init(), scope: "services",
                                   environment: environment("projector"), joining: file.read())
        try file.write(projector.session)
        try perform(projector.handle(.resize(width: 80, height: 24)))
        try perform(projector.handle(.key(.character(" "))))   // past the opening slide
        var presenter = PresentApp(almanac: RealContent.almanac, progress: .init(), mode: .presenter,
                                   environment: environment("presenter"), joining: file.read())
        XCTAssertEqual(presenter.slide.id(in: RealContent.almanac), "services/title")
        try perform(presenter.handle(.key(.pageDown)))
        try perform(projector.handle(.tick))
        XCTAssertEqual(projector.slide.id(in: RealContent.almanac), "services/statement")
        try perform(projector.handle(.key(.character("."))))
        try perform(presenter.handle(.tick))
        XCTAssertTrue(presenter.blanked)
    }
}
