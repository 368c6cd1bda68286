import XCTest
@testable import AlmanacModel

/// The hand-written file writer gives exactly `JSONEncoder`'s bytes, whatever the progress holds.
final class ProgressWriterTests: XCTestCase {
    func testTheWriterMatchesJSONEncoderOnRandomAndHostileFiles() {
        var rng = SeededRandom(seed: 99)
        let texts = ["", "plain", "quote \" and \\ back", "tab\there\nnew line\r\n", "\u{1B}[31m red \u{7}\u{0}\u{1F}\u{7F}",
                     "slash / and </script>", "«unicode» ✓ 日本 \u{2028} \u{202E}rtl", "\u{8}\u{C}", "é", "e\u{301}"]
        for round in 0..<300 {
            var p = Progress()
            for i in 0..<Int(rng.next() % 8) {
                let id = rng.next() % 4 == 0 ? texts[Int(rng.next() % UInt64(texts.count))] + "\(i)" : "o.\(i).\(rng.next() % 3)"
                var s = StepProgress(status: StepStatus.allCases[Int(rng.next() % 4)],
                                     times: FieldTimes(status: Sample.t0.addingTimeInterval(Double(rng.next() % 100_000) / 1000)))
                for f in [StepField.note, .owner, .due] where rng.next() % 2 == 0 {
                    let t = texts[Int(rng.next() % UInt64(texts.count))]
                    let value: FieldValue = f == .note ? .note(rng.next() % 5 == 0 ? nil : t) : f == .owner ? .owner(t) : .due("2027-01-31")
                    s.set(value, at: Sample.t0.addingTimeInterval(Double(rng.next() % 1000)))
                }
                if rng.next() % 3 == 0 {
                    let items = (0..<Int(rng.next() % 3)).map { _ in
                        Evidence(texts[Int(rng.next() % UInt64(texts.count))] + "x",
                                 label: rng.next() % 2 == 0 ? nil : texts[Int(rng.next() % UInt64(texts.count))])
                    }
                    s.set(.evidence(items), at: Sample.t0)
                }
                if rng.next() % 4 == 0 { s.set(.reason(texts[Int(rng.next() % UInt64(texts.count))]), at: Sample.t0) }
                p.steps[id] = s
            }
            if rng.next() % 2 == 0 { p.position = Position(outcome: "data", step: rng.next() % 2 == 0 ? "data.1.1" : nil) }
            let mine = ProgressEncoding.encode(p), reference = ProgressEncoding.encodeWithFoundation(p)
            XCTAssertEqual(String(decoding: mine, as: UTF8.self), String(decoding: reference, as: UTF8.self), "round \(round)")
            if mine != reference { return }
        }
    }
}
