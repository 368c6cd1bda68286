import AlmanacModel
import AlmanacStorage
import ArgumentParser
import XCTest
@testable import almanac

/// The start-up fast path (`GuideArguments`) must read exactly what ArgumentParser reads, and
/// leave everything else to ArgumentParser.
final class GuideArgumentsTests: XCTestCase {
    /// Vectors the fast path takes: ArgumentParser must parse each into the same guide launch.
    let accepted: [[String]] = [
        [],
        ["guide"],
        ["--progress", "p.json"],
        ["--progress=p.json"],
        ["--profile", "housing-team"],
        ["--profile=housing-team"],
        ["--content", "c.jsonl", "--theme", "mono"],
        ["--theme=high-contrast"],
        ["--theme", "default"],
        ["--theme", "High-Contrast"],
        ["--background", "light"], ["--background=Dark"], ["--background", "auto", "--theme", "mono"],
        ["guide", "--progress", "a.json", "--content=b.jsonl", "--theme", "mono", "--profile", "x"],
        ["--progress", "a=b.json"],
        ["--progress=a=b.json"],
        ["--progress", "with space/p.json"],
        ["--content", "/tmp/ünïcode.jsonl"],
        // Values that are also command names are still values.
        ["--progress", "guide"], ["guide", "--progress", "status"], ["--profile", "help"],
        // Both: ArgumentParser accepts them, and the shared code then refuses the pair.
        ["--progress", "p.json", "--profile", "x"],
    ]

    /// Vectors the fast path must refuse (help, commands, errors, anything unusual).
    let refused: [[String]] = [
        ["--help"], ["-h"], ["help"], ["guide", "--help"], ["--version"],
        ["status"], ["tick", "inclusion.1.1"], ["guide", "guide"], ["present"],
        ["--progress"], ["--progress="], ["--progress", ""], ["--theme="],
        ["--progress", "--profile", "x"], ["--progress", "-"], ["--progress", "-p.json"],
        ["--theme", "neon"], ["--theme=neon"], ["--background", "grey"], ["--background", "light", "--background", "dark"],
        ["--progress", "a", "--progress", "b"], ["--theme", "mono", "--theme=mono"],
        ["--content=a", "--content", "b"], ["--profile", "a", "--profile", "b"],
        ["--unknown", "x"], ["--unknown=x"], ["-p", "x"], ["--Progress", "x"],
        ["--", "x"], ["x"], ["--progress", "a", "extra"], ["--progress", "a", "guide"],
        ["--generate-completion-script", "bash"], ["--experimental-dump-help"],
    ]

    func testAcceptedVectorsParseAsArgumentParserDoes() throws {
        for arguments in accepted {
            let fast = try XCTUnwrap(GuideArguments.parse(arguments), "fast path refused \(arguments)")
            let parsed = try Almanac.parseAsRoot(arguments)
            let guide = try XCTUnwrap(parsed as? GuideCommand, "\(arguments) is not the guide for ArgumentParser")
            XCTAssertEqual(fast, guide.launch, "\(arguments)")
        }
    }

    func testValuesLandInTheirFields() throws {
        let launch = try XCTUnwrap(GuideArguments.parse(
            ["guide", "--progress=p.json", "--content", "c.jsonl", "--profile", "team", "--theme", "high-contrast"]))
        XCTAssertEqual(launch, GuideLaunch(theme: .highContrast, content: "c.jsonl", progress: "p.json", profile: "team"))
        XCTAssertEqual(GuideArguments.parse([]), GuideLaunch())
    }

    func testEverythingElseFallsThroughToArgumentParser() {
        for arguments in refused {
            XCTAssertNil(GuideArguments.parse(arguments), "fast path took \(arguments)")
        }
    }

    /// Refused vectors that ArgumentParser rejects keep its messages, e.g. the theme error.
    func testArgumentParserStillReportsBadThemes() {
        for command in [[], ["walkthrough"]] {
            XCTAssertThrowsError(try Almanac.parseAsRoot(command + ["--theme", "neon"])) { error in
                XCTAssertTrue(Almanac.fullMessage(for: error).contains("unknown theme 'neon'"), Almanac.fullMessage(for: error))
            }
        }
    }

    func testTodayIsTheLocalCalendarDate() {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .current
        // 1 Feb 2001 (one-digit month and day), 31 Dec 2030, and now.
        for seconds in [981_000_000, 1_924_948_800, Int(time(nil))] {
            let parts = calendar.dateComponents([.year, .month, .day], from: Date(timeIntervalSince1970: Double(seconds)))
            let expected = "\(parts.year!)-" + (parts.month! < 10 ? "0" : "") + "\(parts.month!)-"
                + (parts.day! < 10 ? "0" : "") + "\(parts.day!)"
            XCTAssertEqual(GuideSession.today(time_t(seconds)).description, expected)
        }
    }

    /// The progress commands build their location from ProgressLocation's own variables only.
    func testProgressLocationSeesWhatTheWholeEnvironmentWouldGive() throws {
        let full = ProgressLocation(environment: ProcessInfo.processInfo.environment)
        let fromVariables = ProgressOptions.location
        XCTAssertEqual(try fromVariables.resolve(file: nil, profile: nil), try full.resolve(file: nil, profile: nil))
        XCTAssertEqual(try fromVariables.resolve(file: nil, profile: "team"), try full.resolve(file: nil, profile: "team"))
        XCTAssertEqual(fromVariables.profilesFolder, full.profilesFolder)
        XCTAssertEqual(try ProgressOptions.store(file: "p.json", profile: nil).path, "p.json")
        XCTAssertThrowsError(try ProgressOptions.store(file: "p.json", profile: "team"))
    }

    func testEnvironmentReadsOnlyTheNamedVariables() {
        setenv("ALMANAC_TEST_ENV_A", "a=1", 1)
        unsetenv("ALMANAC_TEST_ENV_B")
        defer { unsetenv("ALMANAC_TEST_ENV_A") }
        XCTAssertEqual(Environment.value("ALMANAC_TEST_ENV_A"), "a=1")
        XCTAssertNil(Environment.value("ALMANAC_TEST_ENV_B"))
        XCTAssertEqual(Environment.only(["ALMANAC_TEST_ENV_A", "ALMANAC_TEST_ENV_B"]), ["ALMANAC_TEST_ENV_A": "a=1"])
        XCTAssertEqual(Environment.only(["ALMANAC_TEST_ENV_B"]), [:])
    }
}
