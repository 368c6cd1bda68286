import XCTest
@testable import AlmanacModel

/// Thousands of broken and hostile files, generated from a fixed seed: the loader must never
/// crash or hang, and must always either load the file or say in one line what is wrong.
final class ProgressFuzzTests: XCTestCase {
    let path = "/fuzz/progress.json"

    func testGeneratedBrokenFilesAlwaysGiveAMessage() {
        var rng = SeededRandom(seed: 20_230_301)
        // A 24-step file: every kind of field and value, small enough for thousands of rounds.
        var sample = Sample.full()
        sample.steps = sample.steps.filter { $0.key.hasPrefix("data.") || $0.key.hasPrefix("value.") || $0.key.hasPrefix("leadership.") }
        let valid = Array(ProgressEncoding.encode(sample))
        var loaded = 0, refused = 0
        for round in 0..<4000 {
            let bytes = Self.mutate(valid, round: round, rng: &rng)
            do {
                let p = try ProgressDecoding.decode(Data(bytes), path: path)
                // Whatever loads must survive a save and load unchanged.
                XCTAssertEqual(try ProgressDecoding.decode(ProgressEncoding.encode(p), path: path), p.asStored, "round \(round)")
                loaded += 1
            } catch {
                let message = error.description
                XCTAssertTrue(message.hasPrefix("cannot read progress file \(path): "), "round \(round): \(message)")
                XCTAssertFalse(message.unicodeScalars.contains { $0.value < 0x20 }, "round \(round): \(message)")
                XCTAssertLessThan(message.count, 600, "round \(round): \(message)")
                refused += 1
            }
        }
        // Both kinds must occur, or the generator is not exercising the loader.
        XCTAssertGreaterThan(loaded, 50)
        XCTAssertGreaterThan(refused, 2000)
    }

    func testHostileShapes() {
        let hostile: [String] = [
            String(repeating: "[", count: 100_000),
            String(repeating: "{\"a\":", count: 50_000),
            "{\"version\": 1, \"steps\": {\"a\": " + String(repeating: "[", count: 5000) + "}}",
            "{\"version\": 1e400, \"steps\": {}}",
            "{\"version\": -1e400, \"steps\": {}}",
            "{\"version\": 99999999999999999999999, \"steps\": {}}",
            "{\"version\": NaN, \"steps\": {}}",
            "{\"version\": 1, \"version\": 2, \"steps\": {}}",
            "{\"version\": 1, \"steps\": {\"\": {\"status\": \"done\", \"changed\": \"9999-12-31T23:59:59.999Z\"}}}",
            "{\"version\": 1, \"steps\": {\"a\": {\"status\": \"done\", \"changed\": \"0001-01-01T00:00:00Z\"}}}",
            "{\"version\": 1, \"steps\": {\"a\": {\"status\": \"done\", \"changed\": \"2026-01-01T00:00:00.\(String(repeating: "9", count: 5000))Z\"}}}",
            "{\"version\": 1, \"steps\": {\"a\": {\"status\": \"done\", \"changed\": \"2026-01-01T00:00:00Z\", \"note\": \"\\ud800\"}}}",
            "{\"version\": 1, \"steps\": {\"a\": {\"status\": \"done\\u0000\", \"changed\": \"2026-01-01T00:00:00Z\"}}}",
            "\u{FEFF}{\"version\": 1, \"steps\": {}}",
            "{\"version\": 1, \"steps\": {}} trailing",
            "null", "true", "0", "\"\"", "[]", "{}",
        ]
        for (i, text) in hostile.enumerated() {
            do {
                _ = try ProgressDecoding.decode(Data(text.utf8), path: path)
            } catch {
                XCTAssertFalse(error.problem.isEmpty, "case \(i)")
                XCTAssertLessThan(error.description.count, 600, "case \(i): \(error.description)")
            }
        }
    }

    /// One broken variant of a valid file; the kind cycles so every kind is well represented.
    static func mutate(_ valid: [UInt8], round: Int, rng: inout SeededRandom) -> [UInt8] {
        func index(_ n: Int) -> Int { n == 0 ? 0 : Int(rng.next() % UInt64(n)) }
        var b = valid
        switch round % 10 {
        case 0: // truncated anywhere
            b = Array(b.prefix(index(b.count)))
        case 1: // random bytes flipped
            for _ in 0...index(8) { b[index(b.count)] = UInt8(truncatingIfNeeded: rng.next()) }
        case 2: // a run deleted
            let start = index(b.count)
            b.removeSubrange(start..<min(b.count, start + 1 + index(40)))
        case 3: // garbage inserted
            let junk = (0..<(1 + index(30))).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
            b.insert(contentsOf: junk, at: index(b.count))
        case 4: // a value replaced by another JSON type
            let text = String(decoding: b, as: UTF8.self)
            let values = ["null", "true", "42", "-0.5", "[]", "{}", "\"\"", "\"done\"", "\"2026-13-45\"", "1e999"]
            let anchors = ["\"done\"", "\"in-progress\"", "\"not-started\"", "1,", "\"2026-", "{"]
            let anchor = anchors[index(anchors.count)]
            let ranges = text.ranges(of: anchor)
            guard !ranges.isEmpty else { return b }
            let r = ranges[index(ranges.count)]
            b = Array((text[..<r.lowerBound] + values[index(values.count)] + text[r.upperBound...]).utf8)
        case 5: // control characters and escape sequences inside strings
            let text = String(decoding: b, as: UTF8.self)
            let evil = ["\u{1B}[2J", "\\u001b]0;x\\u0007", "\u{0}", "\\u202e", "\u{9B}31m", "\\ud83d", "\\"]
            let ranges = text.ranges(of: "Note")
            let r = ranges[index(ranges.count)]
            b = Array((text[..<r.lowerBound] + evil[index(evil.count)] + text[r.lowerBound...]).utf8)
        case 6: // a different version
            let text = String(decoding: b, as: UTF8.self)
            b = Array(text.replacingOccurrences(of: "\"version\" : 2", with: "\"version\" : \(Int(rng.next() % 5) - 1)").utf8)
        case 7: // only the start of a file, with nulls after (a crash mid-write on some file systems)
            let keep = index(b.count)
            for i in keep..<b.count { b[i] = 0 }
        case 8: // random small documents
            let parts = ["{", "}", "[", "]", "\"version\"", ":", "1", ",", "\"steps\"", "\"a\"", "\"status\"",
                         "\"changed\"", "\"done\"", "\"2026-01-01T00:00:00Z\"", "null", " "]
            b = Array((0..<(1 + index(25))).map { _ in parts[index(parts.count)] }.joined().utf8)
        default: // pure noise
            b = (0..<index(300)).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
        }
        return b
    }
}
