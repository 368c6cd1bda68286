import XCTest
@testable import AlmanacModel

/// The pure merge: later change wins, typed text is never lost, conflicts are reported.
final class ProgressMergeTests: XCTestCase {
    private func merge(_ ours: [String: StepProgress], _ theirs: [String: StepProgress]) -> MergeResult {
        ProgressMerge.merge(ours: Progress(steps: ours), theirs: Progress(steps: theirs),
                            oursLabel: "mine.json", theirsLabel: "theirs.json")
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

    func testATieIsSettledByValueSoEitherSideGivesTheSame() {
        let a = Sample.step(.done, at: 3), b = Sample.step(.notApplicable, note: "Not for us", at: 3)
        let ab = merge(["x": a], ["x": b]).merged.steps["x"], ba = merge(["x": b], ["x": a]).merged.steps["x"]
        XCTAssertEqual(ab?.status, ba?.status)
        XCTAssertEqual(ProgressMerge.join(a, b), ProgressMerge.join(b, a))
    }

    func testEachFieldTakesItsOwnLaterChange() {
        // We ticked it late; they wrote a note and an owner in between: both land.
        var ours = Sample.step(.notStarted, note: "old", at: 0)
        ours.set(.status(.done), at: Sample.t0.addingTimeInterval(9))
        var theirs = Sample.step(.notStarted, note: "old", at: 0)
        theirs.set(.note("agreed at board"), at: Sample.t0.addingTimeInterval(5))
        theirs.set(.owner("Sam"), at: Sample.t0.addingTimeInterval(5))
        let r = merge(["a": ours], ["a": theirs])
        let kept = r.merged.steps["a"]
        XCTAssertEqual(kept?.status, .done)
        XCTAssertEqual(kept?.note, "agreed at board\n[from mine.json] old", "the later note, and the earlier kept below it")
        XCTAssertEqual(kept?.owner, "Sam")
        XCTAssertEqual(r.conflicts.map(\.fields), [[.note]], "only the note was set differently on both sides")
    }

    func testAFieldNeverSetLosesToAnyChange() {
        let ticked = StepProgress(status: .done, times: FieldTimes(status: Sample.t0.addingTimeInterval(100)))
        let noted = Sample.step(.notStarted, note: "typed first", at: 1)
        let joined = ProgressMerge.join(ticked, noted)
        XCTAssertEqual(joined.status, .done)
        XCTAssertEqual(joined.note, "typed first", "a tick never clears a note it did not touch")
    }

    /// Three writers change random fields of a few steps; each save goes into the file in any
    /// order. Every order gives one result, and every field holds its latest change.
    func testRandomInterleavingsOfThreeWritersGiveOneResultAndLoseNoField() {
        var rng = SeededRandom(seed: 42)
        let ids = ["a", "b", "c"]
        for _ in 0..<300 {
            var writers = [Progress(), Progress(), Progress()]
            var latest: [String: [StepField: (Date, FieldValue)]] = [:]
            var allChanges: [StepChange] = []
            for w in 0..<3 {
                for _ in 0..<Int(rng.next() % 6) {
                    let id = ids[Int(rng.next() % 3)]
                    let t = Sample.t0.addingTimeInterval(Double(rng.next() % 10_000) / 7 + Double(w) / 1000)
                    let value: FieldValue
                    switch rng.next() % 4 {
                    case 0: value = .status(StepStatus.allCases[Int(rng.next() % 4)])
                    case 1: value = .note(rng.next() % 3 == 0 ? nil : "note \(rng.next() % 5) by \(w)")
                    case 2: value = .owner("owner \(w)")
                    default: value = .due("2027-0\(rng.next() % 9 + 1)-01")
                    }
                    let change = StepChange(step: id, [value], at: t)
                    writers[w].apply(change)
                    allChanges.append(change)
                    if let old = latest[id]?[value.field], old.0 >= t { continue }
                    latest[id, default: [:]][value.field] = (t, value)
                }
            }
            let orders = [[0, 1, 2], [2, 1, 0], [1, 0, 2], [2, 0, 1]]
            let results = orders.map { order in order.reduce(Progress()) { ProgressMerge.join($0, writers[$1]) } }
            for r in results.dropFirst() { XCTAssertEqual(r.steps, results[0].steps) }
            // Replaying every change in a random order through saves' apply agrees too.
            var replayed = Progress()
            for c in allChanges.shuffled(using: &rng) { replayed.apply(c) }
            for (id, fields) in latest {
                for (field, (_, value)) in fields {
                    XCTAssertEqual(results[0].steps[id]?[field], value, "\(id).\(field) lost its latest change")
                    XCTAssertEqual(replayed.steps[id]?[field], value)
                }
            }
        }
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
