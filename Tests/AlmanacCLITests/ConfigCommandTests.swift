import Foundation
import XCTest

/// Settings that stay: `almanac config`, the default profile, a broken settings file.
final class ConfigCommandTests: XCTestCase {
    var cli: CLI!
    var settings: String { cli.home + "/config/almanac/config.toml" }
    override func setUp() {
        cli = CLI()
        cli.extraEnvironment["XDG_CONFIG_HOME"] = cli.home + "/config"
    }

    func testSetShowAndUnset() throws {
        let empty = try cli.run("config")
        XCTAssertEqual(empty.status, 0, empty.err)
        XCTAssertTrue(empty.out.contains("Settings file: \(settings) (not created yet)"), empty.out)
        XCTAssertEqual(try cli.run("config", "set", "theme", "contrast").status, 0)
        XCTAssertEqual(try cli.run("config", "set", "background", "light").status, 0)
        let shown = try cli.run("config")
        XCTAssertTrue(shown.out.contains("theme = \"high-contrast\"") && shown.out.contains("background = \"light\""), shown.out)
        let json = try JSONSerialization.jsonObject(with: Data(try cli.run("config", "--json").out.utf8)) as? [String: Any]
        XCTAssertEqual((json?["settings"] as? [String: String])?["theme"], "high-contrast")
        XCTAssertEqual(try cli.run("config", "unset", "theme").status, 0)
        XCTAssertFalse(try cli.run("config").out.contains("theme = \"high-contrast\""))
        XCTAssertTrue(try String(contentsOfFile: settings, encoding: .utf8).contains("background"), "the other setting stays")
    }

    func testBadValuesAreRefusedWithWhatWouldWork() throws {
        let theme = try cli.run("config", "set", "theme", "neon")
        XCTAssertEqual(theme.status, 2)
        XCTAssertTrue(theme.err.contains("use default, high-contrast or mono"), theme.err)
        XCTAssertEqual(try cli.run("config", "set", "colour", "red").status, 2)
        XCTAssertEqual(try cli.run("config", "set", "profile", "../x").status, 2)
        XCTAssertFalse(FileManager.default.fileExists(atPath: settings), "nothing was written")
    }

    func testTheDefaultProfileIsUsedWhenNothingElseNamesTheProgress() throws {
        XCTAssertEqual(try cli.run("config", "set", "profile", "housing").status, 0)
        let tick = try cli.run("tick", "data.1.1")
        XCTAssertTrue(tick.out.contains("profiles/housing.json"), tick.out)
        XCTAssertEqual(try cli.load(cli.dataFolder + "/profiles/housing.json").status(of: "data.1.1"), .done)
        // --progress still wins.
        let named = try cli.run("tick", "data.1.2", "--progress", cli.home + "/other.json")
        XCTAssertTrue(named.out.contains("other.json"), named.out)
    }

    func testKeysAreRemappedCheckedAndRemoved() throws {
        XCTAssertEqual(try cli.run("config", "set", "theme", "mono").status, 0)
        let tick = try cli.run("config", "set", "keys.tick", "x")
        XCTAssertEqual(tick.status, 0, tick.err)
        XCTAssertEqual(try cli.run("config", "set", "keys.search", "/", "F3").status, 0)
        let file = try String(contentsOfFile: settings, encoding: .utf8)
        XCTAssertTrue(file.contains("[keys]") && file.contains("tick = 'x'") && file.contains("search = [ '/', 'F3' ]"), file)
        XCTAssertTrue(file.contains("theme = 'mono'"), "the other settings stay: \(file)")
        let shown = try cli.run("config")
        XCTAssertEqual(shown.status, 0, shown.err)
        XCTAssertTrue(shown.out.contains("tick = \"x\"") && shown.out.contains("search = \"/\", \"F3\""), shown.out)
        let json = try JSONSerialization.jsonObject(with: Data(try cli.run("config", "--json").out.utf8)) as? [String: Any]
        XCTAssertEqual((json?["keys"] as? [String: [String]])?["search"], ["/", "F3"])

        let clash = try cli.run("config", "set", "keys.status", "j")
        XCTAssertEqual(clash.status, 2)
        XCTAssertTrue(clash.err.contains("j already does 'Move down'"), clash.err)
        let unknown = try cli.run("config", "set", "keys.frob", "x")
        XCTAssertEqual(unknown.status, 2)
        XCTAssertTrue(unknown.err.contains("the actions are tick, status"), unknown.err)
        let held = try cli.run("config", "set", "keys.quit", "Ctrl-S")
        XCTAssertEqual(held.status, 2)
        XCTAssertTrue(held.err.contains("flow control"), held.err)
        XCTAssertEqual(try String(contentsOfFile: settings, encoding: .utf8), file, "refused changes write nothing")

        XCTAssertEqual(try cli.run("config", "unset", "keys.search").status, 0)
        XCTAssertEqual(try cli.run("config", "unset", "keys.tick").status, 0)
        let after = try String(contentsOfFile: settings, encoding: .utf8)
        XCTAssertFalse(after.contains("keys"), "an empty [keys] goes too: \(after)")
    }

    func testAHandWrittenKeysTableThatCannotWorkIsNamed() throws {
        try FileManager.default.createDirectory(atPath: cli.home + "/config/almanac", withIntermediateDirectories: true)
        try "[keys]\ntick = 5\nstatus = \"j\"\n".write(toFile: settings, atomically: true, encoding: .utf8)
        let shown = try cli.run("config")
        XCTAssertEqual(shown.status, 1)
        XCTAssertTrue(shown.err.contains("keys.tick must be a key in quotes"), shown.err)
        XCTAssertTrue(shown.err.contains("keys.status: j already does 'Move down'"), shown.err)
        XCTAssertEqual(try cli.run("status").status, 0, "commands still run")
    }

    func testABrokenSettingsFileGivesOneLineAndTheDefaultsAndIsNeverRewritten() throws {
        try FileManager.default.createDirectory(atPath: cli.home + "/config/almanac", withIntermediateDirectories: true)
        let broken = "theme = \"mono\nprofile = [\n"
        try broken.write(toFile: settings, atomically: true, encoding: .utf8)
        let status = try cli.run("status")
        XCTAssertEqual(status.status, 0)
        XCTAssertEqual(status.err.split(separator: "\n").count, 1, status.err)
        XCTAssertTrue(status.err.contains("are not valid TOML (line 1") && status.err.contains("using the defaults"), status.err)
        XCTAssertTrue(status.out.contains("/data/almanac/progress.json"), "the default progress file: \(status.out)")
        let set = try cli.run("config", "set", "theme", "mono")
        XCTAssertEqual(set.status, 1)
        XCTAssertTrue(set.err.contains("not changed") && set.err.contains("fix or delete it"), set.err)
        XCTAssertEqual(try String(contentsOfFile: settings, encoding: .utf8), broken)
        XCTAssertEqual(try cli.run("config").status, 1)
    }
}
