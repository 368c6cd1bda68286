import Foundation
import XCTest
import AlmanacModel
@testable import AlmanacUI

/// The walkthrough and present reach their first screen from the index alone: their stops and
/// deck come from the index's shapes, and no outcome is decoded that the screen does not show.
final class LazyContentTests: XCTestCase {
    private static let file: ContentFile = {
        do { return try ContentFile(path: RealContent.contentPath) } catch { fatalError("\(error)") }
    }()

    /// The real content, counting the outcome lines decoded; `failing` lines throw instead.
    private func lazy(_ counter: DecodeCounter, failing: Set<Int> = []) throws -> Almanac {
        let file = Self.file
        return try Almanac(index: file.index, front: file.frontMatter()) { i throws(ContentError) in
            counter.add(i)
            if failing.contains(i) { throw ContentError(path: file.path, problem: "line \(i + 3) is broken for the test") }
            return try file.outcome(at: i)
        }
    }

    /// The real almanac with the shapes taken out of its index: stops and deck from the outcomes.
    private var shapeless: Almanac {
        var index = RealContent.almanac.index
        for i in index.outcomes.indices { index.outcomes[i].shape = nil }
        return Almanac(index: index, front: RealContent.almanac.front, outcomes: Array(RealContent.almanac.outcomes))
    }

    func testTheWalkthroughsWelcomeDecodesNoOutcome() throws {
        let counter = DecodeCounter()
        var app = WalkthroughApp(almanac: try lazy(counter), progress: Progress(), now: { WalkthroughFixtures.start })
        _ = app.handle(.resize(width: 100, height: 30))
        let frame = app.render(width: 100, height: 30).text
        XCTAssertEqual(counter.decoded, [])
        XCTAssertEqual(app.outcomesShown, [])
        XCTAssertEqual(frame, WalkthroughFixtures.app(width: 100, height: 30).render(width: 100, height: 30).text)
        XCTAssertTrue(frame.contains(RealContent.almanac.outcomes[11].title), "the welcome lists the titles")
    }

    func testAWalkthroughResumedAtAnOutcomeDecodesThatOneOnly() throws {
        let counter = DecodeCounter()
        var progress = Progress()
        progress.position.walkthrough = "\(RealContent.almanac.outcomes[4].id)/case-study-2"
        var app = WalkthroughApp(almanac: try lazy(counter), progress: progress, now: { WalkthroughFixtures.start })
        _ = app.handle(.resize(width: 100, height: 30))
        XCTAssertEqual(app.stop, .outcome(4, .caseStudy, study: 1))
        XCTAssertEqual(app.outcomesShown, [4])
        let frame = app.render(width: 100, height: 30).text
        XCTAssertEqual(counter.decoded, [4])
        XCTAssertEqual(frame, WalkthroughFixtures.app(progress: progress, width: 100, height: 30).render(width: 100, height: 30).text)
    }

    func testPresentsOpeningDecodesNoOutcomeInEitherView() throws {
        for (mode, size) in [(PresentApp.Mode.projector, (100, 30)), (.presenter, (160, 48))] {
            let counter = DecodeCounter()
            var app = PresentApp(almanac: try lazy(counter), progress: Progress(), mode: mode, environment: PresentFixtures.environment())
            _ = app.handle(.resize(width: size.0, height: size.1))
            let frame = app.render(width: size.0, height: size.1).text
            XCTAssertEqual(counter.decoded, [], "\(mode)")
            XCTAssertEqual(app.outcomesShown, [], "\(mode)")
            let eager = PresentFixtures.app(mode: mode, width: size.0, height: size.1)
            XCTAssertEqual(frame, eager.render(width: size.0, height: size.1).text, "\(mode)")
        }
    }

    func testAScopedDeckDecodesNothingUntilItsSlidesAreShown() throws {
        let counter = DecodeCounter()
        let id = RealContent.almanac.outcomes[8].id
        var app = PresentApp(almanac: try lazy(counter), progress: Progress(), scope: id, environment: PresentFixtures.environment())
        _ = app.handle(.resize(width: 100, height: 30))
        _ = app.render(width: 100, height: 30)
        XCTAssertEqual(app.deck, SlideDeck(almanac: RealContent.almanac, scope: id))
        XCTAssertEqual(counter.decoded, [])
    }

    func testStopsAndDecksFromTheShapesEqualThoseFromTheOutcomes() {
        let real = RealContent.almanac
        XCTAssertTrue(real.index.outcomes.allSatisfy { $0.shape != nil }, "the committed index has shapes")
        XCTAssertEqual(WalkthroughStop.all(in: real), WalkthroughStop.all(in: shapeless))
        for scope in [nil] + real.outcomes.map(\.id) {
            XCTAssertEqual(SlideDeck(almanac: real, scope: scope), SlideDeck(almanac: shapeless, scope: scope), scope ?? "all")
        }
        var wrong = real.index
        wrong.outcomes[3].shape?.caseStudies += 1
        let misled = Almanac(index: wrong, front: real.front, outcomes: Array(real.outcomes))
        XCTAssertNotEqual(WalkthroughStop.all(in: misled), WalkthroughStop.all(in: real), "the stops do follow the shapes")
    }

    /// A line that fails gives a placeholder with no parts: every screen of both still draws.
    func testEveryScreenDrawsOverAnOutcomeThatFailed() throws {
        let counter = DecodeCounter()
        let almanac = try lazy(counter, failing: [2])
        var walk = WalkthroughApp(almanac: almanac, progress: Progress(), now: { WalkthroughFixtures.start })
        _ = walk.handle(.resize(width: 80, height: 24))
        var n = 0
        while !walk.isFinished, n < 500 {
            _ = walk.render(width: 80, height: 24)
            if walk.stop.outcome == 2 {
                for key in ["a", "1", "o"] { _ = walk.handle(.key(.character(Character(key)))); _ = walk.render(width: 80, height: 24) }
                _ = walk.handle(.key(.escape))
            }
            _ = walk.handle(.key(.enter))
            n += 1
        }
        XCTAssertNotNil(almanac.outcomes.problem)
        for (mode, size) in [(PresentApp.Mode.projector, (80, 24)), (.presenter, (160, 48))] {
            var app = PresentApp(almanac: almanac, progress: Progress(), mode: mode, environment: PresentFixtures.environment())
            _ = app.handle(.resize(width: size.0, height: size.1))
            var visited = Set<Int>()
            for _ in 0..<300 where !visited.contains(app.deck.count - 1) {
                visited.insert(app.slideIndex)
                _ = app.render(width: size.0, height: size.1)
                if app.slide.outcome == 2 { _ = app.handle(.key(.character("1"))) }
                _ = app.handle(.key(.pageDown))
            }
            XCTAssertEqual(visited.count, app.deck.count, "\(mode): every slide drawn")
        }
    }
}

/// Which outcome lines a loader decoded, in order (the loader is `@Sendable`).
final class DecodeCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var positions: [Int] = []

    func add(_ i: Int) {
        lock.lock()
        positions.append(i)
        lock.unlock()
    }

    var decoded: [Int] {
        lock.lock()
        defer { lock.unlock() }
        return positions
    }
}
