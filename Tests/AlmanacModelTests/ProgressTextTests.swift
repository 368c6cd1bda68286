import XCTest
@testable import AlmanacStorage
@testable import AlmanacModel

/// The small pure helpers: display-safe text, id suggestions, input, locations, times, counts.
final class ProgressTextTests: XCTestCase {
    func testDisplayTextMakesControlsVisible() {
        XCTAssertEqual(DisplayText.safe("plain £ ✓ text"), "plain £ ✓ text")
        XCTAssertEqual(DisplayText.safe("a\u{1B}[2Jb"), "a^[[2Jb")
        XCTAssertEqual(DisplayText.safe("bell\u{07}del\u{7F}"), "bell^Gdel^?")
        XCTAssertEqual(DisplayText.safe("csi\u{9B}31m"), "csi\\u{9B}31m")
        XCTAssertEqual(DisplayText.safe("abc\u{202E}def"), "abc\\u{202E}def")
        XCTAssertEqual(DisplayText.safe("two\nlines\tand\r"), "two\\nlines\\tand\\r")
        XCTAssertEqual(DisplayText.safe("two\nlines", keepNewlines: true), "two\nlines")
        XCTAssertEqual(DisplayText.safe("nul\u{0}"), "nul^@")
    }

    func testDisplayTextEscapesSeparatorsAndNoncharacters() {
        XCTAssertEqual(DisplayText.safe("x\u{2066}y\u{2069}"), "x\\u{2066}y\\u{2069}")
        XCTAssertEqual(DisplayText.safe("p\u{2028}q\u{2029}"), "p\\u{2028}q\\u{2029}")
        // Swift literals cannot hold noncharacters; build them.
        let nonchars = String(String.UnicodeScalarView([0xFFFE, 0xFDD0, 0x1FFFF].compactMap(Unicode.Scalar.init)))
        XCTAssertEqual(nonchars.unicodeScalars.count, 3)
        XCTAssertEqual(DisplayText.safe(nonchars), "\\u{FFFE}\\u{FDD0}\\u{1FFFF}")
        XCTAssertEqual(DisplayText.safe("Café 日本語 👍🏽 C:\\Users", keepNewlines: true), "Café 日本語 👍🏽 C:\\Users")
    }

    func testDisplayTextShowsInvisibleFormatCharacters() {
        for (scalar, shown) in [(0x061C, "\\u{61C}"), (0x200E, "\\u{200E}"), (0x200F, "\\u{200F}"), (0x200B, "\\u{200B}"),
                                (0x200D, "\\u{200D}"), (0x2060, "\\u{2060}"), (0xFEFF, "\\u{FEFF}"), (0x00AD, "\\u{AD}"),
                                (0xE0041, "\\u{E0041}")] {
            let text = "a" + String(Unicode.Scalar(UInt32(scalar))!) + "b"
            XCTAssertEqual(DisplayText.safe(text), "a" + shown + "b", String(scalar, radix: 16))
        }
        XCTAssertEqual(DisplayText.safe("no-break\u{A0}space ©"), "no-break\u{A0}space ©", "visible characters stay")
    }

    func testJSONIsMadeInertAndStillMeansTheSame() throws {
        let hostile = "csi\u{9B}31m rlm\u{200F} esc\u{1B} 😀 \u{1F3F4}\u{E0067}"
        let encoded = String(decoding: try JSONEncoder().encode(["note": hostile]), as: UTF8.self)
        let safe = DisplayText.json(encoded)
        XCTAssertFalse(safe.unicodeScalars.contains { DisplayText.needsEscape($0) }, safe)
        let back = try JSONDecoder().decode([String: String].self, from: Data(safe.utf8))
        XCTAssertEqual(back["note"], hostile)
        XCTAssertEqual(DisplayText.json("{\n  \"a\" : 1\n}"), "{\n  \"a\" : 1\n}", "line breaks between tokens stay")
    }

    func testDisplayTextNeverLeavesAControlCharacter() {
        var rng = SeededRandom(seed: 1)
        for _ in 0..<2000 {
            let scalars = (0..<12).compactMap { _ in Unicode.Scalar(UInt32(rng.next() % 0x250)) }
            let safe = DisplayText.safe(String(String.UnicodeScalarView(scalars)))
            XCTAssertFalse(safe.unicodeScalars.contains { $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) }, safe)
        }
    }

    func testUnknownStepSuggestsTheNearest() throws {
        let known = Fixtures.almanac.steps.map(\.id)
        XCTAssertNil(StepIDCheck.problem(["inclusion.2.3", "data.1.1"], known: known))
        let message = try XCTUnwrap(StepIDCheck.problem(["data.1.1", "inclusion.9.9"], known: known))
        XCTAssertTrue(message.hasPrefix("unknown step 'inclusion.9.9'; did you mean inclusion."), message)
        XCTAssertEqual(StepIDCheck.closest(to: "inclusoin.2.3", in: known).first, "inclusion.2.3")
        XCTAssertEqual(StepIDCheck.closest(to: "Data.1.1", in: known).first, "data.1.1")
        XCTAssertEqual(StepIDCheck.closest(to: "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz", in: known), [])
        XCTAssertEqual(StepIDCheck.distance(Array("kitten".unicodeScalars), Array("sitting".unicodeScalars)), 3)
    }

    func testStatusAndDateInput() {
        XCTAssertEqual(ProgressInput.status("done"), .done)
        XCTAssertEqual(ProgressInput.status("In-Progress"), .inProgress)
        XCTAssertEqual(ProgressInput.status("n/a"), .notApplicable)
        XCTAssertEqual(ProgressInput.status("todo"), .notStarted)
        XCTAssertNil(ProgressInput.status("maybe"))
        XCTAssertTrue(ProgressInput.isDueDate("2028-02-29"))
        XCTAssertFalse(ProgressInput.isDueDate("2027-02-29"))
        XCTAssertFalse(ProgressInput.isDueDate("2027-13-01"))
        XCTAssertFalse(ProgressInput.isDueDate("31/03/2027"))
        XCTAssertFalse(ProgressInput.isDueDate("2027-3-1"))
    }

    func testLocationPrecedence() throws {
        let env = ["HOME": "/home/kim", "XDG_DATA_HOME": "/data"]
        let location = ProgressLocation(environment: env)
        XCTAssertEqual(try location.resolve(file: nil, profile: nil), "/data/almanac/progress.json")
        XCTAssertEqual(try ProgressLocation(environment: ["HOME": "/home/kim"]).resolve(file: nil, profile: nil),
                       "/home/kim/.local/share/almanac/progress.json")
        XCTAssertEqual(try ProgressLocation(environment: ["HOME": "/h", "XDG_DATA_HOME": "relative"]).defaultFile,
                       "/h/.local/share/almanac/progress.json", "XDG says relative paths are ignored")
        XCTAssertEqual(try ProgressLocation(environment: env.merging(["ALMANAC_PROGRESS": "/tmp/p.json"]) { $1 })
                        .resolve(file: nil, profile: nil), "/tmp/p.json")
        XCTAssertEqual(try location.resolve(file: "mine.json", profile: nil), "mine.json")
        XCTAssertEqual(try location.resolve(file: nil, profile: "housing-team"), "/data/almanac/profiles/housing-team.json")
        XCTAssertThrowsError(try location.resolve(file: "a", profile: "b"))
        for bad in ["", "../etc", "a/b", ".hidden", "x y", String(repeating: "a", count: 65), "caf\u{E9}"] {
            XCTAssertThrowsError(try location.profileFile(bad), bad) { error in
                XCTAssertEqual((error as? ProgressError)?.kind, .badRequest)
            }
        }
    }

    func testTimestampsRoundTripToTheMillisecond() {
        var rng = SeededRandom(seed: 3)
        for _ in 0..<2000 {
            let ms = Double(Int64(rng.next() % 8_000_000_000_000) - 1_000_000_000_000)
            let date = Date(timeIntervalSince1970: ms / 1000)
            XCTAssertEqual(Timestamp.parse(Timestamp.format(date))?.timeIntervalSince1970 ?? .nan,
                           date.timeIntervalSince1970, accuracy: 0.0005)
        }
        XCTAssertEqual(Timestamp.format(Date(timeIntervalSince1970: 0)), "1970-01-01T00:00:00.000Z")
        XCTAssertEqual(Timestamp.format(Date(timeIntervalSince1970: 951_782_400.25)), "2000-02-29T00:00:00.250Z")
        XCTAssertNil(Timestamp.parse("2026-01-01T25:00:00Z"))
        XCTAssertNil(Timestamp.parse("2026-01-01 10:00:00Z"))
        XCTAssertNil(Timestamp.parse("2026-01-01T10:00:00"))
        XCTAssertNil(Timestamp.parse("2026-01-01T10:00:00.Z"))
        XCTAssertEqual(ProgressBackups.date(fromName: "20261125T085208.123Z"), Timestamp.parse("2026-11-25T08:52:08.123Z"))
    }

    func testSummaryCountsApplicableStepsOnly() {
        let outcomes = Fixtures.almanac.outcomes
        let data = outcomes.first { $0.id == "data" }!.steps.map(\.id)
        var p = Progress()
        p.steps[data[0]] = Sample.step(.done)
        p.steps[data[1]] = Sample.step(.notApplicable)
        p.steps[data[2]] = Sample.step(.inProgress, due: "2000-01-01")
        p.steps[data[3]] = Sample.step(.done, due: "2000-01-01")
        p.steps[data[4]] = Sample.step(.notStarted, due: "2999-01-01")
        p.steps["gone.1.1"] = Sample.step(.done)
        let s = ProgressSummary(p, outcomes: outcomes, today: "2026-06-01")
        let row = s.outcomes.first { $0.outcome == "data" }!
        XCTAssertEqual([row.done, row.total, row.notApplicable, row.inProgress], [2, 8, 1, 1])
        XCTAssertEqual([s.done, s.total], [2, 107])
        XCTAssertEqual(s.inProgress.map(\.id), [data[2]])
        XCTAssertEqual(s.overdue.map(\.id), [data[2]], "done and future steps are not overdue")
        XCTAssertEqual(s.unknownIDs, ["gone.1.1"])
        XCTAssertEqual(ProgressSummary.bar(done: 2, total: 8, width: 8), "[##------]")
        XCTAssertEqual(ProgressSummary.bar(done: 0, total: 0, width: 4), "[----]")
        XCTAssertEqual(ProgressSummary.bar(done: 97, total: 98, width: 20), "[###################-]")
    }
}
