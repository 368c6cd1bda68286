import XCTest

/// Under LANG=C the plain commands print ASCII that keeps the meaning; JSON stays UTF-8.
final class LocaleOutputTests: XCTestCase {
    func testTextCommandsPrintASCIIUnderTheCLocale() throws {
        let cli = CLI()
        cli.extraEnvironment["LC_ALL"] = "C"
        cli.extraEnvironment["LANG"] = "C"
        for args in [["show", "connectivity"], ["show", "value"], ["search", "connectivity speeds"], ["cases", "--council", "Wigan"],
                     ["outcomes"], ["status"], ["steps", "security"]] {
            let r = try cli.run(args)
            XCTAssertEqual(r.status, 0, "\(args): \(r.err)")
            let high = r.out.unicodeScalars.filter { $0.value >= 0x80 }
            XCTAssertTrue(high.isEmpty, "\(args) printed \(Set(high)) under LANG=C")
        }
        let show = try cli.run("show", "connectivity")
        XCTAssertTrue(show.out.contains("(USO) - the national standard"), show.out)
        let value = try cli.run("show", "value")
        XCTAssertTrue(value.out.contains("GBP450,000"), "£ keeps its meaning")
    }

    func testUTF8LocalesAndJSONKeepTheAlmanacsCharacters() throws {
        let cli = CLI()
        XCTAssertTrue(try cli.run("show", "connectivity").out.contains("(USO) – the national standard"))
        cli.extraEnvironment["LC_ALL"] = "C"
        let json = try cli.run("show", "value", "--json")
        XCTAssertEqual(json.status, 0, json.err)
        XCTAssertTrue(json.out.contains("£450,000"), "JSON is UTF-8 whatever the locale")
    }
}
