import XCTest
@testable import AlmanacModel

/// Evidence and the not-applicable reason: what is a link, the file format, merges.
final class EvidenceProgressTests: XCTestCase {
    private let minutes = Evidence("https://council.example/minutes/2027-03", label: "Board minutes")
    private let policy = Evidence("/shared/policies/cyber.pdf")
    private let doc = Evidence("Cyber policy v2", label: "Policy")

    func testOnlyHTTPAndMailtoURLsAreLinks() {
        XCTAssertEqual(minutes.link, minutes.text)
        XCTAssertEqual(Evidence("HTTP://x.example").link, "HTTP://x.example")
        XCTAssertEqual(Evidence("mailto:dpo@council.example").link, "mailto:dpo@council.example")
        for inert in ["javascript:alert(1)", "JavaScript://x.example/%0aalert(1)", "data:text/html,<b>", "vbscript:msgbox",
                      "file:///etc/passwd", "https://", "https:///path", "http://x.example/\u{1B}[31m", "https://a.example/\u{202E}fdp.exe",
                      "https://a.example/ b", "https://a.example/\"onmouseover=x", "https://a.example/<script>", "mailto:nobody",
                      " https://a.example", "C:\\Reports\\x.docx", "Cyber policy v2"] {
            XCTAssertNil(Evidence(inert).link, inert)
        }
    }

    func testKinds() {
        XCTAssertEqual(minutes.kind, .url)
        XCTAssertEqual(Evidence("javascript:alert(1)").kind, .url, "a URL, though never a link")
        XCTAssertEqual(policy.kind, .path)
        XCTAssertEqual(Evidence("C:\\Reports\\x.docx").kind, .path)
        XCTAssertEqual(doc.kind, .document)
        XCTAssertNil(Evidence("x", label: "").label, "an empty label is no label")
    }

    func testEvidenceAndReasonRoundTripThroughTheFileAsVersion3() throws {
        var p = Progress()
        var s = StepProgress(status: .notApplicable, times: FieldTimes(status: Sample.t0))
        s.set(.evidence([minutes, policy, Evidence("\u{1B}]0;owned\u{7} <script>x</script> \u{202E}", label: "\"quoted\"\n")]),
              at: Sample.t0.addingTimeInterval(1))
        s.set(.reason("No housing stock \u{1B}[2J"), at: Sample.t0.addingTimeInterval(2))
        p.steps["data.1.1"] = s
        let bytes = ProgressEncoding.encode(p)
        let text = String(decoding: bytes, as: UTF8.self)
        XCTAssertTrue(text.contains("\"version\" : 3"), text)
        XCTAssertTrue(text.contains("\"evidence\" : \"2026"), "the evidence field has its own time")
        let back = try ProgressDecoding.decode(bytes, path: "p.json")
        XCTAssertEqual(back, p.asStored)
        XCTAssertEqual(back.steps["data.1.1"]?.evidence.map(\.text), s.evidence.map(\.text))
    }

    func testFilesWithoutEvidenceStayVersion2SoOlderAlmanacsStillReadThem() {
        let p = Progress(steps: ["a": Sample.step(.done, note: "n")])
        XCTAssertTrue(String(decoding: ProgressEncoding.encode(p), as: UTF8.self).contains("\"version\" : 2"))
        // Evidence added and removed again still has its time, which a merge needs: version 3.
        var s = Sample.step()
        s.set(.evidence([]), at: Sample.t0)
        XCTAssertEqual(Progress(steps: ["a": s]).fileVersion, 3)
    }

    func testOlderFilesReadWithNoEvidence() throws {
        let v1 = #"{"version": 1, "steps": {"a": {"status": "done", "changed": "2026-01-01T00:00:00.000Z", "note": "n"}}}"#
        let v2 = #"{"version": 2, "steps": {"a": {"status": "done", "changed": "2026-01-01T00:00:00.000Z", "times": {"status": "2026-01-01T00:00:00.000Z"}}}}"#
        for file in [v1, v2] {
            let s = try XCTUnwrap(ProgressDecoding.decode(Data(file.utf8), path: "p").steps["a"])
            XCTAssertEqual(s.evidence, [])
            XCTAssertNil(s.reason)
            XCTAssertEqual(s.times.evidence, FieldTimes.never)
        }
    }

    func testHostileEvidenceIsRefusedWithItsPlace() {
        let base = #"{"version": 3, "steps": {"a": {"status": "done", "changed": "2026-01-01T00:00:00.000Z", "evidence": EVIDENCE}}}"#
        let cases = [
            (#""https://x.example""#, "should be a list"),
            (#"[42]"#, "evidence item 1 should be an object"),
            (#"[{"label": "no text"}]"#, "evidence item 1 has no \"text\""),
            (#"[{"text": ""}]"#, "evidence item 1 has no \"text\""),
            (#"[{"text": "a"}, {"text": 7}]"#, "evidence item 2 \"text\"\" should be a string"),
            (#"[{"text": "a", "href": "javascript:x"}]"#, "does not know"),
            (#"[{"text": "a", "label": ["x"]}]"#, "\"label\"\" should be a string"),
        ]
        for (evidence, expected) in cases {
            let data = Data(base.replacingOccurrences(of: "EVIDENCE", with: evidence).utf8)
            XCTAssertThrowsError(try ProgressDecoding.decode(data, path: "p")) { error in
                XCTAssertTrue("\(error)".contains(expected), "\(evidence): \(error)")
            }
        }
        let reason = #"{"version": 3, "steps": {"a": {"status": "done", "changed": "2026-01-01T00:00:00.000Z", "reason": 3}}}"#
        XCTAssertThrowsError(try ProgressDecoding.decode(Data(reason.utf8), path: "p"))
    }

    func testRepairKeepsTheReadableEvidence() throws {
        let file = #"{"version": 3, "steps": {"a": {"status": "done", "changed": 5, "evidence": [{"text": "keep"}, {"text": 1}], "reason": "r"}}}"#
        let salvage = try XCTUnwrap(ProgressDecoding.salvage(Data(file.utf8)))
        XCTAssertEqual(salvage.progress.steps["a"]?.evidence, [Evidence("keep")])
        XCTAssertEqual(salvage.progress.steps["a"]?.reason, "r")
        XCTAssertTrue(salvage.dropped.contains { $0.contains("evidence item 2") }, "\(salvage.dropped)")
    }

    func testAFileFromANewerAlmanacIsRefused() {
        let v4 = #"{"version": 4, "steps": {}}"#
        XCTAssertThrowsError(try ProgressDecoding.decode(Data(v4.utf8), path: "p")) { error in
            XCTAssertTrue("\(error)".contains("newer almanac"))
        }
        XCTAssertTrue(ProgressDecoding.isFromNewerAlmanac(Data(v4.utf8)))
        XCTAssertFalse(ProgressDecoding.isFromNewerAlmanac(Data(#"{"version": 3, "steps": {}}"#.utf8)))
    }

    // MARK: Merging

    private func with(_ evidence: [Evidence], at seconds: Double, base: StepProgress = Sample.step()) -> StepProgress {
        var s = base
        s.set(.evidence(evidence), at: Sample.t0.addingTimeInterval(seconds))
        return s
    }

    func testARemovalSurvivesAJoinWithAnOlderCopyEitherWay() {
        let both = with([minutes, policy], at: 1)
        let removed = with([minutes], at: 5, base: both)
        XCTAssertEqual(ProgressMerge.join(both, removed).evidence, [minutes])
        XCTAssertEqual(ProgressMerge.join(removed, both).evidence, [minutes])
        XCTAssertEqual(ProgressMerge.join(removed, removed), removed)
    }

    func testEvidenceMergesOnItsOwnBesideOtherFields() {
        var notes = Sample.step(.inProgress, note: "later note", at: 9)
        notes.times.evidence = FieldTimes.never
        let evidence = with([doc], at: 3, base: Sample.step(.inProgress, note: "old", at: 0))
        let joined = ProgressMerge.join(notes, evidence)
        XCTAssertEqual(joined.note, "later note")
        XCTAssertEqual(joined.evidence, [doc])
        XCTAssertEqual(ProgressMerge.join(evidence, notes), joined)
    }

    func testConcurrentAddsFromTwoCopies() throws {
        let start = with([minutes], at: 1)
        let mine = with([minutes, policy], at: 5, base: start), theirs = with([minutes, doc], at: 6, base: start)
        // The join (team folders, saves) takes the later list whichever way round ...
        XCTAssertEqual(ProgressMerge.join(mine, theirs).evidence, [minutes, doc])
        XCTAssertEqual(ProgressMerge.join(theirs, mine).evidence, [minutes, doc])
        // ... and `almanac merge` keeps the other item too, in the note, as it keeps a lost owner.
        let r = ProgressMerge.merge(ours: Progress(steps: ["a": mine]), theirs: Progress(steps: ["a": theirs]),
                                    oursLabel: "mine.json", theirsLabel: "theirs.json")
        let kept = try XCTUnwrap(r.merged.steps["a"])
        XCTAssertEqual(kept.evidence, [minutes, doc])
        XCTAssertEqual(kept.note, "[from mine.json; evidence \(policy.text)]")
        XCTAssertEqual(r.conflicts.map(\.fields), [[.evidence]])
    }

    func testAnAddSavedWhileAnotherProcessAddedKeepsBoth() {
        let start = with([minutes], at: 1)
        let onDisk = with([minutes, doc], at: 3, base: start)   // added elsewhere meanwhile
        let mine = StepChange(step: "a", [.evidence([minutes, policy])], at: Sample.t0.addingTimeInterval(4), seenEvidence: [minutes])
        var p = Progress(steps: ["a": onDisk])
        p.apply(mine.rebasingEvidence(onto: onDisk))
        XCTAssertEqual(p.steps["a"]?.evidence, [minutes, doc, policy])
        let removal = StepChange(step: "a", [.evidence([])], at: Sample.t0.addingTimeInterval(5), seenEvidence: [minutes])
        p.apply(removal.rebasingEvidence(onto: p.step("a")))
        XCTAssertEqual(p.steps["a"]?.evidence, [doc, policy], "only the item this person removed goes")
    }

    func testTheReasonShowsOnlyWhileNotApplicable() {
        var s = StepProgress(status: .notApplicable, reason: "No parks", changed: Sample.t0)
        XCTAssertEqual(s.shownReason, "No parks")
        s.set(.status(.inProgress), at: Sample.t0.addingTimeInterval(1))
        XCTAssertNil(s.shownReason)
        XCTAssertEqual(s.reason, "No parks", "kept, for when it is marked not applicable again")
    }
}
