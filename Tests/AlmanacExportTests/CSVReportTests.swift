import AlmanacExport
import AlmanacModel
import CSV
import XCTest

/// The CSV: RFC 4180, read back identically by CSV.swift and by Python's csv module.
final class CSVReportTests: XCTestCase {
    static let header = ["outcome_number", "outcome_id", "outcome_title", "step_id", "theme_number",
                         "theme_title", "step_text", "status", "overdue", "owner", "due", "note", "changed", "evidence", "reason"]

    var csv: String { try! ExportFormat.csv.render(Fixtures.report) }

    /// What the rows should read back as: the report's own values.
    var expectedRows: [[String]] {
        Fixtures.report.outcomes.flatMap { o in
            o.steps.map { s in
                [String(o.number), o.id, o.title, s.id, String(s.themeNumber), s.themeTitle, s.text,
                 s.status.rawValue, s.overdue ? "yes" : "no", s.owner ?? "", s.due ?? "", s.note ?? "",
                 s.changed == nil ? "" : "2026-11-18T11:06:40Z", "", ""]
            }
        }
    }

    func testReadsBackThroughCSVSwift() throws {
        let reader = try CSVReader(string: csv, hasHeaderRow: true)
        var rows: [[String]] = []
        while let row = reader.next() { rows.append(row) }
        XCTAssertNil(reader.error)
        XCTAssertEqual(reader.headerRow, Self.header)
        XCTAssertEqual(rows, expectedRows)
    }

    func testReadsBackThroughPythonsCSVModule() throws {
        let program = "import csv, io, json, sys\n"
            + "print(json.dumps(list(csv.reader(io.StringIO(sys.stdin.buffer.read().decode('utf-8'), newline='')))))"
        let rows = try PythonTool.json([[String]].self, program, input: Data(csv.utf8))
        XCTAssertEqual(rows.first, Self.header)
        XCTAssertEqual(Array(rows.dropFirst()), expectedRows)
    }

    func testHostileNoteIsQuotedAndInert() throws {
        XCTAssertFalse(csv.unicodeScalars.contains("\u{1B}"))
        // The note holds a comma, quotes and a line break, so RFC 4180 quotes it and doubles its quotes.
        let quoted = "\"" + Fixtures.hostileNoteShown.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        XCTAssertTrue(csv.contains(quoted))
    }

    func testRecordsEndInCRLF() {
        XCTAssertTrue(csv.hasSuffix("\r\n"))
        XCTAssertTrue(csv.hasPrefix(Self.header.joined(separator: ",") + "\r\n"))
        // Outside quoted fields every line ends in CRLF: 1 header + 8 steps.
        XCTAssertEqual(csv.components(separatedBy: "\r\n").count - 1, 9)
    }

    func testFormulasInPeoplesTextAreDefused() throws {
        var progress = Progress()
        progress.steps["alpha.1.1"] = StepProgress(status: .done, note: "=HYPERLINK(\"http://x\")",
                                                   owner: "@ops", changed: Fixtures.changed)
        progress.steps["alpha.1.2"] = StepProgress(status: .done, note: "fine = ok", owner: "-1+1", changed: Fixtures.changed)
        let report = ProgressReport(almanac: Fixtures.almanac, progress: progress, today: Fixtures.today,
                                    generatedAt: Fixtures.generatedAt)
        let reader = try CSVReader(string: try ExportFormat.csv.render(report), hasHeaderRow: true)
        let first = reader.next()!, second = reader.next()!
        XCTAssertEqual(first[11], "'=HYPERLINK(\"http://x\")")
        XCTAssertEqual(first[9], "'@ops")
        XCTAssertEqual(second[11], "fine = ok")
        XCTAssertEqual(second[9], "'-1+1")
    }

    func testFormulasBehindATabSpaceOrReturnAreDefusedToo() throws {
        var progress = Progress()
        progress.steps["alpha.1.1"] = StepProgress(status: .done, note: "\t=1+1", owner: " =SUM(A1)", changed: Fixtures.changed)
        progress.steps["alpha.1.2"] = StepProgress(status: .done, note: "\r=cmd", owner: "Jo", changed: Fixtures.changed)
        let report = ProgressReport(almanac: Fixtures.almanac, progress: progress, today: Fixtures.today,
                                    generatedAt: Fixtures.generatedAt)
        let reader = try CSVReader(string: try ExportFormat.csv.render(report), hasHeaderRow: true)
        let first = reader.next()!, second = reader.next()!
        XCTAssertTrue(first[11].hasPrefix("'"), first[11])
        XCTAssertEqual(first[9], "' =SUM(A1)")
        XCTAssertEqual(second[11], "\\r=cmd", "a lone carriage return is shown, so nothing starts the cell unseen")
        XCTAssertEqual(second[9], "Jo")
    }

    func testRealAlmanacHasOneRowPerStep() throws {
        let text = try ExportFormat.csv.render(Fixtures.realReport)
        let reader = try CSVReader(string: text, hasHeaderRow: true)
        var rows: [[String]] = []
        while let row = reader.next() { rows.append(row) }
        XCTAssertEqual(rows.count, 108)
        XCTAssertEqual(rows.map { $0[3] }, Fixtures.realAlmanac.steps.map(\.id))
        XCTAssertEqual(Set(rows.map { $0[1] }).count, 12)
        XCTAssertTrue(rows.allSatisfy { $0.count == Self.header.count })
    }
}
