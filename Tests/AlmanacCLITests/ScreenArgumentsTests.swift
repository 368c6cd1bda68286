import ArgumentParser
import XCTest
@testable import almanac

/// The walkthrough's and present's start-up fast paths (`ScreenArguments`) must read exactly
/// what ArgumentParser reads, and leave everything else to it.
final class ScreenArgumentsTests: XCTestCase {
    let walkthroughAccepted: [[String]] = [
        [], ["--restart"], ["--progress", "p.json"], ["--progress=p.json", "--restart"],
        ["--restart", "--content", "c.jsonl", "--profile", "x", "--background", "light"],
        ["--background=Dark"], ["--progress", "walkthrough"], ["--profile", "help"],
        ["--progress", "with space/p.json", "--content=a=b.jsonl"],
        ["--theme", "mono"], ["--theme=High-Contrast", "--restart"], ["--theme", "contrast"],
        // Both: ArgumentParser accepts them, and the shared code then refuses the pair.
        ["--progress", "p.json", "--profile", "x"],
    ]
    let walkthroughRefused: [[String]] = [
        ["--help"], ["-h"], ["help"], ["x"], ["--restart", "--restart"], ["--restart=true"], ["-r"],
        ["--theme", "neon"], ["--theme"], ["--theme", "mono", "--theme", "mono"], ["--presenter"], ["--progress"], ["--progress", ""], ["--progress="], ["--progress", "-x"],
        ["--background", "grey"], ["--", "x"], ["--progress", "a", "--progress", "b"], ["--unknown", "x"],
        ["--generate-completion-script", "bash"],
    ]
    let presentAccepted: [[String]] = [
        [], ["3"], ["data"], ["--presenter"], ["--progress", "p.json", "connectivity"], ["1", "--theme", "mono"],
        ["--theme=High-Contrast"], ["--timer", "45m"], ["cyber", "--timer=1h30m"],
        ["--council", "Housing team", "--notes", "n.md"], ["--progress", "present"],
        ["--presenter", "--background", "light", "--content=c.jsonl", "--profile", "p"],
        // Accepted by both; the launch then refuses them with the command's own message.
        ["--theme", "neon"], ["--timer", "soon"], ["--progress", "p.json", "--profile", "x"],
    ]
    let presentRefused: [[String]] = [
        ["--summary"], ["--summary", "--format", "html"], ["--format", "html"], ["help"], ["--help"], ["-h"],
        ["1", "2"], ["--presenter", "--presenter"], ["--presenter=true"], ["--theme"], ["--timer", "-5m"],
        ["--unknown", "x"], ["--", "1"], ["-1"], ["--council", ""], ["--theme", "a", "--theme", "b"],
        ["--restart"], ["--notes", "a", "--notes=b"], ["--background", "grey"],
    ]

    func testWalkthroughVectorsParseAsArgumentParserDoes() throws {
        try assertAgree("walkthrough", walkthroughAccepted, walkthroughRefused, fast: ScreenArguments.walkthrough) {
            ($0 as? WalkthroughCommand)?.launch
        }
    }

    func testPresentVectorsParseAsArgumentParserDoes() throws {
        try assertAgree("present", presentAccepted, presentRefused, fast: ScreenArguments.present) {
            ($0 as? PresentCommand)?.launch
        }
    }

    /// Each accepted vector gives the launch ArgumentParser's command gives; each refused one nil.
    private func assertAgree<Launch: Equatable>(_ command: String, _ accepted: [[String]], _ refused: [[String]],
                                                fast: (ArraySlice<String>) -> Launch?,
                                                launch: (ParsableCommand) -> Launch?) throws {
        for arguments in accepted {
            let taken = try XCTUnwrap(fast(arguments[...]), "fast path refused \(arguments)")
            let parsed = try XCTUnwrap(launch(try Almanac.parseAsRoot([command] + arguments)),
                                       "\(arguments) is not \(command) for ArgumentParser")
            XCTAssertEqual(taken, parsed, "\(arguments)")
        }
        for arguments in refused {
            XCTAssertNil(fast(arguments[...]), "fast path took \(arguments)")
        }
    }

    func testValuesLandInTheirFields() throws {
        XCTAssertEqual(ScreenArguments.walkthrough(["--restart", "--progress=p.json", "--background", "LIGHT"]),
                       WalkthroughLaunch(progress: "p.json", restart: true, background: "light"))
        XCTAssertEqual(ScreenArguments.present(["--presenter", "2", "--council", "c", "--notes", "n", "--timer", "5m", "--theme", "mono"]),
                       PresentLaunch(outcome: "2", presenter: true, theme: "mono", council: "c", notes: "n", timer: "5m"))
    }

    func testTheCommandNameChoosesTheScreen() {
        XCTAssertTrue(ScreenArguments.launch(["walkthrough", "--restart"]) is WalkthroughLaunch)
        XCTAssertTrue(ScreenArguments.launch(["present", "1"]) is PresentLaunch)
        XCTAssertTrue(ScreenArguments.launch(["guide"]) is GuideLaunch)
        XCTAssertTrue(ScreenArguments.launch([]) is GuideLaunch)
        XCTAssertNil(ScreenArguments.launch(["status"]))
        XCTAssertNil(ScreenArguments.launch(["present", "--summary"]))
    }
}
