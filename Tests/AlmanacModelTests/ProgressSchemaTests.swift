import XCTest
@testable import AlmanacStorage
@testable import AlmanacModel

/// Written files match `Resources/progress.schema.json`, checked by Python's `jsonschema`
/// (the reference validator; `Scripts/test` installs it). Fails, not skips, when it is missing.
final class ProgressSchemaTests: XCTestCase {
    var folder: TemporaryFolder!

    override func setUp() { folder = TemporaryFolder("schema") }
    override func tearDown() { folder = nil }

    private func validate(_ file: String) throws -> (status: Int32, output: String) {
        let script = """
            import json, sys
            try:
                import jsonschema
            except ImportError:
                print("python3 module jsonschema is missing: apt-get install python3-jsonschema (or pip install jsonschema)")
                sys.exit(3)
            schema = json.load(open(sys.argv[1]))
            jsonschema.Draft202012Validator.check_schema(schema)
            errors = list(jsonschema.Draft202012Validator(schema).iter_errors(json.load(open(sys.argv[2]))))
            for e in errors:
                print("/".join(map(str, e.path)), e.message)
            sys.exit(1 if errors else 0)
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, Fixtures.root.appendingPathComponent("Resources/progress.schema.json").path, file]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertNotEqual(process.terminationStatus, 3, output)
        return (process.terminationStatus, output)
    }

    func testWrittenFilesMatchTheSchema() throws {
        let store = ProgressStore(path: folder.file("progress.json"))
        try store.update { p in
            p = Sample.full()
            p.steps["old-edition.1.1"] = StepProgress(status: .done, note: "tab\there \u{1B}[31m «quotes» \"and\" \\", changed: Date())
            p.position = Position(outcome: "data", part: "steps", step: "data.1.1")
            p.steps["data.1.2"] = StepProgress(status: .notApplicable, evidence: [Evidence("https://x.example", label: "Minutes"), Evidence("a.pdf")],
                                               reason: "No such service", changed: Date())
        }
        let result = try validate(store.path)
        XCTAssertEqual(result.status, 0, result.output)
        // An empty file as first written validates too.
        let empty = ProgressStore(path: folder.file("empty.json"))
        try empty.update { $0.steps["a.1.1"] = StepProgress(changed: Date()) }
        XCTAssertEqual(try validate(empty.path).status, 0)
    }

    func testTheSchemaRejectsWhatTheLoaderRejects() throws {
        // Guards against a schema that accepts anything.
        let bad = folder.write("bad.json", """
            {"version": 1, "steps": {"a.1.1": {"status": "finished", "changed": "2026-01-01T00:00:00.000Z"}}}
            """)
        let result = try validate(bad)
        XCTAssertEqual(result.status, 1, result.output)
        XCTAssertTrue(result.output.contains("finished"), result.output)
        XCTAssertThrowsError(try ProgressStore(path: bad).load())
    }
}
