import Foundation
import XCTest

/// Every failure a person can meet with files, run as an ordinary user (as root, as nobody):
/// each message names the file, says what is wrong in plain words and what to do, and nothing
/// was changed.
final class ErrorMessageTests: XCTestCase {
    var cli: CLI!
    /// A folder anyone may write, where the scenarios' files live.
    var scratch: String!

    override func setUp() {
        cli = CLI()
        chmod(cli.home, 0o755)
        scratch = cli.home + "/scratch"
        mkdir(scratch, 0o777)
        chmod(scratch, 0o777)
    }

    override func tearDown() {
        // Open everything again so that the home folder can be removed.
        _ = try? cli.shell("chmod -R u+rwx '\(cli.home)' 2>/dev/null")
    }

    struct Case {
        var name: String
        var args: [String]
        /// Text the message must hold: the file it names, and the words that say what is wrong.
        var names: [String]
        var status: Int32 = 1
        var environment: [String: String] = [:]
    }

    /// Words that come from code, not from a sentence for a person.
    let jargon = ["Domain", "NSCocoa", "Code=", "errno", "Error(", "Optional(", "Swift.", "DecodingError", "(null)"]
    /// Verbs of the advice: every message says what to do.
    let advice = ["use ", "run ", "check ", "give ", "free ", "pass ", "ask ", "create ", "try ", "chmod", "leave out", "name ", "close ", "regenerate "]

    func testEveryFileFailureSaysWhatIsWrongAndWhatToDo() throws {
        let s = scratch!
        let good = "{\"version\": 2, \"steps\": {}}"
        // An unreadable file, a folder that cannot be entered, one that cannot be written, garbage.
        cli.write(s + "/locked.json", good)
        chmod(s + "/locked.json", 0o000)
        mkdir(s + "/closed", 0o700)
        cli.write(s + "/closed/p.json", good)
        chmod(s + "/closed", 0o000)
        mkdir(s + "/ro", 0o755)
        cli.write(s + "/ro/p.json", good)
        chmod(s + "/ro/p.json", 0o644)
        chmod(s + "/ro", 0o555)
        cli.write(s + "/bad.json", "garbage")
        chmod(s + "/bad.json", 0o644)
        mkdir(s + "/folder.json", 0o755)
        cli.write(s + "/ok.json", good)
        chmod(s + "/ok.json", 0o666)
        let copy = try cli.publicCopy()

        let cases: [Case] = [
            Case(name: "status, unreadable", args: ["status", "--progress", s + "/locked.json"],
                 names: [s + "/locked.json", "permission denied"]),
            Case(name: "tick, unreadable", args: ["tick", "data.1.1", "--progress", s + "/locked.json"],
                 names: [s + "/locked.json", "permission denied"]),
            Case(name: "status, closed folder", args: ["status", "--progress", s + "/closed/p.json"],
                 names: [s + "/closed/p.json", "cannot enter the folder \(s)/closed"]),
            Case(name: "tick, read-only folder", args: ["tick", "data.1.1", "--progress", s + "/ro/p.json"],
                 names: [s + "/ro/p.json", "permission denied", "write in \(s)/ro"]),
            Case(name: "tick, new file in a read-only folder", args: ["tick", "data.1.1", "--progress", s + "/ro/new/p.json"],
                 names: [s + "/ro/new/p.json", "cannot create folder", "write in \(s)/ro"]),
            Case(name: "tick, home that does not exist", args: ["tick", "data.1.1"],
                 names: ["/nonexistent-almanac-home/", "cannot create folder"],
                 environment: ["HOME": "/nonexistent-almanac-home", "XDG_DATA_HOME": ""]),
            Case(name: "status, damaged", args: ["status", "--progress", s + "/bad.json"],
                 names: [s + "/bad.json", "not valid JSON", "line 1, column 1"]),
            Case(name: "tick, a folder", args: ["tick", "data.1.1", "--progress", s + "/folder.json"],
                 names: [s + "/folder.json", "folder"]),
            Case(name: "merge, missing", args: ["merge", s + "/missing.json", "--progress", s + "/ok.json"],
                 names: [s + "/missing.json", "no such file"], status: 2),
            Case(name: "merge, unreadable", args: ["merge", s + "/locked.json", "--progress", s + "/ok.json"],
                 names: [s + "/locked.json", "permission denied"]),
            Case(name: "merge, damaged", args: ["merge", s + "/bad.json", "--progress", s + "/ok.json"],
                 names: [s + "/bad.json", "not valid JSON"]),
            Case(name: "compare, missing and unreadable", args: ["compare", s + "/missing.json", s + "/locked.json"],
                 names: [s + "/missing.json", s + "/locked.json"]),
            Case(name: "export, named progress missing", args: ["export", "--progress", s + "/missing.json"],
                 names: [s + "/missing.json", "no such file"], status: 2),
            Case(name: "export into a read-only folder", args: ["export", "--progress", s + "/ok.json", "--output", s + "/ro/r.md"],
                 names: [s + "/ro/r.md", "permission denied", "nothing was written"]),
            Case(name: "export into a closed folder", args: ["export", "--progress", s + "/ok.json", "--output", s + "/closed/r.md"],
                 names: [s + "/closed/r.md", "cannot enter the folder \(s)/closed"]),
            Case(name: "export into a missing folder", args: ["export", "--progress", s + "/ok.json", "--output", s + "/none/r.md"],
                 names: [s + "/none/r.md", "no folder"]),
            Case(name: "export over a folder", args: ["export", "--progress", s + "/ok.json", "--output", s + "/folder.json"],
                 names: [s + "/folder.json", "folder"]),
            Case(name: "export over a device", args: ["export", "--progress", s + "/ok.json", "--output", "/dev/null"],
                 names: ["/dev/null", "not a regular file"]),
            Case(name: "backups of an unreadable file", args: ["restore", "1", "--progress", s + "/locked.json"],
                 names: [s + "/locked.json"], status: 2),
            Case(name: "repair, read-only folder", args: ["repair", "--progress", s + "/ro/p.json"],
                 names: [s + "/ro/p.json"]),
            Case(name: "content, unreadable", args: ["show", "1", "--content", s + "/locked.json"],
                 names: [s + "/locked.json", "permission denied"], status: 2),
            Case(name: "content, closed folder", args: ["show", "1", "--content", s + "/closed/x.jsonl"],
                 names: [s + "/closed/x.jsonl", "cannot enter the folder"], status: 2),
            Case(name: "content, missing", args: ["show", "1", "--content", s + "/missing.jsonl"],
                 names: [s + "/missing.jsonl", "no such file"], status: 2),
            Case(name: "content, a folder", args: ["show", "1", "--content", s + "/folder.json"],
                 names: [s + "/folder.json", "folder"], status: 2),
            Case(name: "content, damaged", args: ["show", "1", "--content", s + "/bad.json"],
                 names: [s + "/bad.json", "line 1"], status: 2),
            Case(name: "content, empty", args: ["show", "1", "--content", s + "/empty.jsonl"],
                 names: [s + "/empty.jsonl", "empty"], status: 2),
            Case(name: "content, some other JSON", args: ["show", "1", "--content", s + "/other.jsonl"],
                 names: [s + "/other.jsonl", "not an almanac content index"], status: 2),
            Case(name: "content, newer version", args: ["show", "1", "--content", s + "/newer.jsonl"],
                 names: [s + "/newer.jsonl", "version 9"], status: 2),
            Case(name: "content, cut short", args: ["show", "1", "--content", s + "/short.jsonl"],
                 names: [s + "/short.jsonl", "expected 14 lines"], status: 2),
            Case(name: "progress in /dev", args: ["tick", "data.1.1", "--progress", "/dev/full"],
                 names: ["/dev/full", "not a regular file"]),
            Case(name: "progress named ''", args: ["status", "--progress", ""],
                 names: ["--progress needs a file name"], status: 2),
            Case(name: "profile with a slash", args: ["status", "--profile", "../x"],
                 names: ["'../x' is not a valid profile name"], status: 2),
            Case(name: "a read-only file", args: ["tick", "data.1.1", "--progress", s + "/readonly.json"],
                 names: [s + "/readonly.json", "the file is read-only", "chmod u+w"]),
            Case(name: "a newer progress file", args: ["tick", "data.1.1", "--progress", s + "/newer.json"],
                 names: [s + "/newer.json", "newer almanac"]),
        ]
        let content = try String(contentsOfFile: copy.content, encoding: .utf8)
        let firstLine = String(content.prefix { $0 != "\n" })
        for (name, text) in ["empty.jsonl": "", "other.jsonl": #"{"format": "recipes", "version": 1}"# + "\n",
                             "newer.jsonl": firstLine.replacingOccurrences(of: #""version":1"#, with: #""version":9"#) + "\n",
                             "short.jsonl": firstLine + "\n",
                             "newer.json": #"{"version": 9, "steps": {}}"#] {
            cli.write(s + "/" + name, text)
            chmod(s + "/" + name, 0o644)
        }
        cli.write(s + "/readonly.json", good)
        chmod(s + "/readonly.json", 0o444)
        let before = snapshot(s)
        for c in cases {
            let r = try runAsUser(c.args, copy: copy, environment: c.environment)
            let label = "\(c.name): \(r.err)"
            XCTAssertEqual(r.status, c.status, label)
            let lines = r.err.split(separator: "\n").map(String.init)
                .filter { !$0.hasPrefix("almanac: no progress recorded yet") }   // export's note, not the failure
            XCTAssertFalse(lines.isEmpty, "\(c.name): no message")
            for line in lines {
                XCTAssertTrue(line.hasPrefix("almanac: "), label)
                for word in jargon { XCTAssertFalse(line.contains(word), "\(c.name): '\(word)' in \(line)") }
            }
            let message = lines.joined(separator: "\n")
            if ProcessInfo.processInfo.environment["ALMANAC_SHOW_MESSAGES"] != nil { print("[\(c.name)] \(message)") }
            for part in c.names { XCTAssertTrue(message.contains(part), "\(c.name): no '\(part)' in \(message)") }
            // What to do comes after what is wrong, past the first ';'.
            let afterProblem = message.split(separator: ";", maxSplits: 1).dropFirst().joined()
            XCTAssertTrue(advice.contains { afterProblem.contains($0) }, "\(c.name): nothing says what to do: \(message)")
        }
        XCTAssertEqual(snapshot(s), before, "a failure changed a file")
    }

    /// Requests that cannot be met: exit status 2, and the message says what would work.
    func testEveryBadRequestSaysWhatWouldWork() throws {
        let file = scratch + "/p.json"
        let cases: [(String, [String], String)] = [
            ("search limit", ["search", "data", "--limit", "0"], "--limit must be 1 or more"),
            ("merge itself", ["merge", file, "--progress", file], "is the progress file itself"),
            ("unknown outcome", ["show", "13"], "there is no outcome 13"),
            ("unknown step", ["tick", "data.9.9", "--progress", file], "unknown step 'data.9.9'"),
            ("bad status", ["set", "data.1.1", "--status", "maybe", "--progress", file], "unknown status 'maybe'"),
            ("bad due date", ["set", "data.1.1", "--due", "2027-02-30", "--progress", file], "due date 2027-02-30 is not a day of that month"),
            ("nothing to set", ["set", "data.1.1", "--progress", file], "nothing to set"),
            ("bad format", ["export", "--format", "pdf", "--progress", file], "unknown format \"pdf\""),
            ("bad theme", ["present", "--theme", "neon"], "unknown theme 'neon'; use default, high-contrast or mono"),
            ("bad theme setting", ["config", "set", "theme", "neon\u{1b}[2J"], "unknown theme 'neon^[[2J'"),
            ("empty search", ["search"], "nothing to search for"),
            ("no backup 7", ["restore", "7", "--progress", file], "there is no backup 7"),
        ]
        XCTAssertEqual(try cli.run("tick", "data.1.1", "--progress", file).status, 0)
        XCTAssertEqual(try cli.run("tick", "data.1.2", "--progress", file).status, 0)
        let before = cli.bytes(file)
        for (name, args, what) in cases {
            let r = try cli.run(args)
            XCTAssertEqual(r.status, 2, "\(name): \(r.err)")
            XCTAssertTrue(r.err.hasPrefix("almanac: "), "\(name): \(r.err)")
            XCTAssertTrue(r.err.contains(what), "\(name): no '\(what)' in \(r.err)")
            let afterProblem = r.err.split(separator: ";", maxSplits: 1).dropFirst().joined()
            XCTAssertTrue(advice.contains { afterProblem.contains($0) } || ["e.g.", "try:", "did you mean", "are numbered", "lists them"].contains { afterProblem.contains($0) },
                          "\(name): nothing says what would work: \(r.err)")
        }
        XCTAssertEqual(cli.bytes(file), before, "a refused request changed the file")
    }

    /// One theme name parser for every screen: what the guide takes, present takes (the
    /// screens then stop only because a pipe is no terminal).
    func testEveryScreenTakesTheSameThemeNames() throws {
        for screen in [["guide"], ["present"]] {
            for name in ["contrast", "High-Contrast", "mono", "default"] {
                let r = try cli.run(screen + ["--theme", name])
                XCTAssertFalse(r.err.contains("unknown theme"), "\(screen) --theme \(name): \(r.err)")
                XCTAssertTrue(r.err.contains("terminal"), "\(screen) --theme \(name): \(r.err)")
            }
        }
    }

    /// Every file's bytes (as root, who can read them all), to show failures change nothing.
    private func snapshot(_ folder: String) -> [String: Data] {
        var out: [String: Data] = [:]
        let e = FileManager.default.enumerator(atPath: folder)
        while let name = e?.nextObject() as? String {
            if let d = FileManager.default.contents(atPath: folder + "/" + name) { out[name] = d }
        }
        return out
    }

    /// Runs the binary as nobody when the tests run as root (root ignores permissions).
    private func runAsUser(_ args: [String], copy: (binary: String, content: String),
                           environment: [String: String]) throws -> CLI.Result {
        func quote(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }
        let env = environment.map { "\($0.key)=\(quote($0.value))" }.joined(separator: " ")
        let command = args.map(quote).joined(separator: " ")
        if getuid() == 0 {
            let r = try cli.shell("cd / && env ALMANAC_CONTENT=\(quote(copy.content)) \(env) setpriv --reuid=65534 --regid=65534 --clear-groups \(quote(copy.binary)) \(command)")
            try XCTSkipIf(r.err.contains("setpriv:"), "cannot drop privileges here: \(r.err)")
            return r
        }
        return try cli.shell("cd / && env \(env) \"$ALMANAC\" \(command)")
    }
}
