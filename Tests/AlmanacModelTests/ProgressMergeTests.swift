import XCTest
@testable import AlmanacModel

/// The pure merge: later change wins, typed text is never lost, conflicts are reported.
final class ProgressMergeTests: XCTestCase {
    private func merge(_ ours: [String: StepProgress], _ theirs: [String: StepProgress],
                       base: [String: StepProgress]? = nil) -> MergeResult {
        ProgressMerge.merge(ours: Progress(steps: ours), theirs: Progress(steps: theirs),
                            base: base.map { Progress(steps: $0) }, oursLabel: "mine.json", theirsLabel: "theirs.json")
    }

    func testStepsOnlyOneSideHasAreKeptIncludingUnknownIDs() {
        let r = merge(["a": Sample.step()], ["old-edition.9.9": Sample.step(.inProgress)])
        XCTAssertEqual(Set(r.merged.steps.keys), ["a", "old-edition.9.9"])
        XCTAssertEqual(r.changes.map(\.step), ["old-edition.9.9"])
        XCTAssertNil(r.changes[0].before)
        XCTAssertEqual(r.conflicts, [])
    }

    func testLaterChangeWinsEitherWay() {
        let early = Sample.step(.inProgress, at: 1), late = Sample.step(.done, at: 2)
        XCTAssertEqual(merge(["a": early], ["a": late]).merged.steps["a"], late)
        XCTAssertEqual(merge(["a": late], ["a": early]).merged.steps["a"], late)
        XCTAssertEqual(merge(["a": late], ["a": early]).changes, [], "nothing of ours changed")
    }

    func testLosingNoteOwnerAndDueAreCarriedIntoTheKeptNote() throws {
        let r = merge(["a": Sample.step(.done, note: "Signed off", at: 10)],
                      ["a": Sample.step(.inProgress, note: "Waiting on IT", owner: "Sam", due: "2026-04-01", at: 5)])
        let kept = try XCTUnwrap(r.merged.steps["a"])
        XCTAssertEqual(kept.status, .done)
        XCTAssertEqual(kept.note, "Signed off\n[from theirs.json; owner Sam; due 2026-04-01] Waiting on IT")
        XCTAssertEqual(kept.changed, Sample.step(at: 10).changed, "carrying text is not a new change")
        XCTAssertEqual(r.conflicts.count, 1)
        XCTAssertEqual(r.conflicts[0].keptFrom, "mine.json")
        XCTAssertEqual(r.conflicts[0].lostFrom, "theirs.json")
        XCTAssertTrue(r.conflicts[0].carriedText)
    }

    func testMergingAgainAddsNothingMore() {
        let ours = ["a": Sample.step(.done, note: "Signed off", at: 10)]
        let theirs = ["a": Sample.step(.inProgress, note: "Waiting", at: 5)]
        let once = merge(ours, theirs).merged
        let twice = ProgressMerge.merge(ours: once, theirs: Progress(steps: theirs), oursLabel: "mine.json",
                                        theirsLabel: "theirs.json")
        XCTAssertEqual(twice.merged, once)
        XCTAssertEqual(twice.changes, [])
    }

    func testANoteTheWinnerExtendedIsNotCarried() {
        let r = merge(["a": Sample.step(note: "Agreed", at: 1)], ["a": Sample.step(note: "Agreed; budget confirmed", at: 2)])
        XCTAssertEqual(r.merged.steps["a"]?.note, "Agreed; budget confirmed")
        XCTAssertEqual(r.conflicts.count, 1)
        XCTAssertFalse(r.conflicts[0].carriedText)
    }

    func testTieKeepsOursAndStillCarriesTheirText() {
        let r = merge(["a": Sample.step(.done, at: 3)], ["a": Sample.step(.notApplicable, note: "Not for us", at: 3)])
        XCTAssertEqual(r.merged.steps["a"]?.status, .done)
        XCTAssertEqual(r.merged.steps["a"]?.note, "[from theirs.json] Not for us")
    }

    func testWithABaseOnlyStepsChangedOnBothSidesConflict() {
        let base = ["a": Sample.step(.notStarted, note: "old"), "b": Sample.step(.notStarted), "c": Sample.step(.notStarted)]
        var ours = base, theirs = base
        ours["a"] = Sample.step(.done, note: "new", at: 1)          // only we changed a: no conflict, no carry
        theirs["b"] = Sample.step(.inProgress, at: 2)               // only they changed b
        ours["c"] = Sample.step(.done, at: 3)                       // both changed c
        theirs["c"] = Sample.step(.notApplicable, note: "n/a here", at: 4)
        let r = merge(ours, theirs, base: base)
        XCTAssertEqual(r.merged.steps["a"]?.note, "new", "an edited note does not bring the old one back")
        XCTAssertEqual(r.merged.steps["b"]?.status, .inProgress)
        XCTAssertEqual(r.merged.steps["c"]?.status, .notApplicable)
        XCTAssertEqual(r.merged.steps["c"]?.note, "n/a here")
        XCTAssertEqual(r.conflicts.map(\.step), ["c"])
        XCTAssertEqual(r.changes.map(\.step), ["b", "c"])
    }

    func testPositionFollowsWhoeverMovedIt() {
        let base = Progress(position: Position(outcome: "data"))
        let theirs = Progress(position: Position(outcome: "value"))
        XCTAssertEqual(ProgressMerge.merge(ours: base, theirs: theirs, base: base, oursLabel: "", theirsLabel: "")
                        .merged.position.outcome, "value")
        let ours = Progress(position: Position(outcome: "inclusion"))
        XCTAssertEqual(ProgressMerge.merge(ours: ours, theirs: theirs, base: base, oursLabel: "", theirsLabel: "")
                        .merged.position.outcome, "inclusion")
    }

    func testMergeIsOrderIndependentForDistinctTimes() {
        // Random files over the same ids: merging A into B and B into A keep the same statuses.
        var rng = SeededRandom(seed: 7)
        for _ in 0..<200 {
            var a: [String: StepProgress] = [:], b: [String: StepProgress] = [:]
            for i in 0..<20 {
                if rng.next() % 2 == 0 { a["s\(i)"] = Sample.step(.done, at: Double(rng.next() % 1000) + 0.25) }
                if rng.next() % 2 == 0 { b["s\(i)"] = Sample.step(.inProgress, at: Double(rng.next() % 1000) + 0.5) }
            }
            let ab = merge(a, b).merged.steps.mapValues(\.status)
            let ba = merge(b, a).merged.steps.mapValues(\.status)
            XCTAssertEqual(ab, ba)
            XCTAssertEqual(Set(ab.keys), Set(a.keys).union(b.keys))
        }
    }
}

/// A small deterministic generator (SplitMix64), so fuzz and property tests repeat exactly.
struct SeededRandom: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
