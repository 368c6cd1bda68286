import XCTest
import AlmanacModel

/// Text the program did not write itself (arguments, file names, step ids and notes in files)
/// never reaches the terminal raw: every command, every error, every format. Seeded, so a
/// failure replays.
final class HostileTextTests: XCTestCase {
    var cli: CLI!

    override func setUp() { cli = CLI() }
    override func tearDown() { cli = nil }

    /// Sequences that retitle, recolour, clear, copy to the clipboard or reorder a terminal.
    static let attacks = ["\u{1B}]0;pwned\u{07}", "\u{1B}]52;c;aGk=\u{07}", "\u{1B}[2J\u{1B}[H", "\u{9B}31m", "\u{07}\u{08}\u{7F}",
                          "\u{202E}evil", "\u{200F}\u{061C}\u{200E}", "a\u{200B}b\u{2060}\u{FEFF}", "x\u{2028}y", "\u{1B}P+q\u{1B}\\"]

    func attack(_ rng: inout SeededRandom) -> String {
        let a = Self.attacks[Int(rng.next() % UInt64(Self.attacks.count))]
        return ["", "data", "x"][Int(rng.next() % 3)] + a + ["", "1", ".json"][Int(rng.next() % 3)]
    }

    func assertInert(_ r: CLI.Result, _ what: String, file: StaticString = #filePath, line: UInt = #line) {
        for (name, text) in [("stdout", r.out), ("stderr", r.err)] {
            // CSV ends its records with CRLF (RFC 4180): a line ending, not text.
            let raw = text.replacingOccurrences(of: "\r\n", with: "\n").unicodeScalars.filter { $0 != "\n" && $0 != "\t" && DisplayText.needsEscape($0) }
            XCTAssertTrue(raw.isEmpty, "\(what): raw \(raw.map { String($0.value, radix: 16) }) in \(name): \(text.prefix(300))",
                          file: file, line: line)
        }
    }

    func testArgumentsEchoedBackAreInert() throws {
        var rng = SeededRandom(seed: 12)
        for round in 0..<3 {
            let x = attack(&rng)
            let commands: [[String]] = [
                ["show", x], ["steps", x], ["status", x], ["status", x, "--json"], ["present", x], ["cases", "--outcome", x],
                ["cases", "--category", x], ["search", x], ["search", x, "--json"], ["show", "--content", x, "data"],
                ["--theme", x], ["present", "--theme", x], ["restore", x], ["tick", x], ["set", "data.1.1", "--status", x],
                ["set", "data.1.1", "--due", x], ["merge", x], ["compare", x], ["export", "--format", x], ["--profile", x],
                ["plan", "--format", x], ["plan", "--by", x], ["plan", "--outcome", x], ["plan", "--owner", x],
                ["steps", "--status", x], [x], ["show", "data", x],
            ]
            for args in commands { assertInert(try cli.run(args), "round \(round): \(args.prefix(2))") }
        }
    }

    func testFileNamesInMessagesAreInert() throws {
        var rng = SeededRandom(seed: 13)
        for _ in 0..<3 {
            let folder = cli.home + "/" + attack(&rng).replacingOccurrences(of: "/", with: "_")
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            let broken = folder + "/p.json"
            cli.write(broken, "{\"version\": 2, \"steps\": {\"a\": {")
            for args in [["tick", "data.1.1"], ["status"], ["steps"], ["backups"], ["repair"], ["export"], ["restore", "1"]] {
                assertInert(try cli.run(args + ["--progress", broken]), "\(args) on a broken file in a hostile folder")
            }
            assertInert(try cli.run(["tick", "data.1.1", "--progress", folder + "/new.json"]), "tick into a hostile folder")
        }
    }

    func testStepIDsAndTextInsideFilesAreInert() throws {
        var rng = SeededRandom(seed: 14)
        var steps: [String] = []
        for i in 0..<6 {
            let id = attack(&rng) + "\(i)", note = attack(&rng), owner = attack(&rng)
            let json = { (s: String) in String(decoding: try! JSONEncoder().encode(s), as: UTF8.self) }
            steps.append("\(json(id)): {\"status\": \"in-progress\", \"changed\": \"2026-01-01T00:00:00.000Z\", "
                         + "\"note\": \(json(note)), \"owner\": \(json(owner))}")
        }
        let theirs = cli.home + "/colleague.json"
        cli.write(theirs, "{\"version\": 2, \"steps\": {" + steps.joined(separator: ", ") + "}}")
        XCTAssertEqual(try cli.run("set", "data.1.1", "--note", attack(&rng), "--owner", attack(&rng)).status, 0)
        for args in [["merge", theirs], ["merge", theirs, "--json"], ["compare", theirs], ["compare", theirs, "--json"],
                     ["status"], ["status", "--json"], ["steps"], ["steps", "--json"], ["backups"],
                     ["export"], ["export", "--format", "csv"], ["export", "--format", "json"], ["export", "--format", "html"],
                     ["plan"], ["plan", "--format", "csv"], ["plan", "--format", "json"], ["plan", "--format", "html"]] {
            assertInert(try cli.run(args), "\(args)")
        }
    }
}

/// A small seeded generator (a 64-bit LCG, Knuth's constants): rounds replay exactly.
struct SeededRandom {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return state >> 17
    }
}

/// Nothing the user can give makes the program trap: odd paths, outputs that fail.
final class NoTrapTests: XCTestCase {
    var cli: CLI!

    override func setUp() { cli = CLI() }
    override func tearDown() { cli = nil }

    func testFolderLikeProgressPathsGiveAMessage() throws {
        for path in [".", "./", "/", "..", "../", "//"] {
            for args in [["tick", "data.1.1"], ["set", "data.1.1", "--status", "done"], ["repair"], ["status"], ["backups"],
                         ["restore", "1"], ["export"], ["merge", cli.home + "/nothing.json"]] {
                let r = try cli.run(args + ["--progress", path])
                XCTAssertTrue((1...2).contains(r.status), "\(args) --progress \(path): exit \(r.status): \(r.err.prefix(300))")
                XCTAssertTrue(r.err.hasPrefix("almanac: ") || r.err.hasPrefix("Error: "), "\(args) --progress \(path): \(r.err.prefix(300))")
            }
        }
    }

    func testAFailingStandardOutputIsReportedWithExitStatus1() throws {
        let full = try cli.shell("\"$ALMANAC\" steps > /dev/full")
        XCTAssertEqual(full.status, 1, full.err)
        XCTAssertTrue(full.err.contains("cannot write to standard output: the disk is full"), full.err)
        // A reader that leaves at once, with SIGPIPE ignored: the write fails with EPIPE.
        let pipe = try cli.shell("trap '' PIPE; (sleep 0.2; \"$ALMANAC\" show data; echo \"rc=$?\" >&2) | true")
        XCTAssertTrue(pipe.err.contains("rc=1"), pipe.err)
        XCTAssertTrue(pipe.err.contains("closed pipe"), pipe.err)
    }
}

/// Only regular files are ever written: a device, pipe or folder in the way is refused, a link's
/// target is replaced, and nothing is ever created beside such a thing.
final class OutputTargetTests: XCTestCase {
    var cli: CLI!

    override func setUp() { cli = CLI() }
    override func tearDown() { cli = nil }

    func testExportRefusesDevicesPipesAndFoldersAndReplacesALinksTarget() throws {
        let fifo = cli.home + "/pipe"
        XCTAssertEqual(mkfifo(fifo, 0o600), 0)
        var targets = [fifo, cli.home]
        // A device node of our own (root only): if the guard ever broke, only this copy is lost.
        let device = cli.home + "/null-device"
        if mknod(device, S_IFCHR | 0o666, dev_t((1 << 8) | 3)) == 0 { targets.append(device) }   // 1,3: null
        for target in targets {
            let r = try cli.run("export", "--output", target)
            XCTAssertEqual(r.status, 1, "\(target): \(r.err)")
            XCTAssertTrue(r.err.contains("give a file name"), r.err)
            var info = stat()
            XCTAssertEqual(lstat(target, &info), 0)
            XCTAssertNotEqual(info.st_mode & S_IFMT, S_IFREG, "\(target) was replaced by a plain file")
        }
        let real = cli.home + "/real.md", link = cli.home + "/link.md"
        XCTAssertEqual(symlink(real, link), 0)
        XCTAssertEqual(try cli.run("export", "--output", link).status, 0)
        var info = stat()
        XCTAssertEqual(lstat(link, &info), 0)
        XCTAssertEqual(info.st_mode & S_IFMT, S_IFLNK, "the link stays a link")
        XCTAssertTrue((try? String(contentsOfFile: real, encoding: .utf8))?.hasPrefix("# Progress report") == true)
        let dash = try cli.run("export", "--output", "-")
        XCTAssertTrue(dash.out.hasPrefix("# Progress report"), "- is standard output")
        XCTAssertFalse(FileManager.default.fileExists(atPath: cli.home + "/-"))
    }

    func testNoLockOrTemporaryFileBesideANonFileOrInDev() throws {
        let fifo = cli.home + "/pipe"
        XCTAssertEqual(mkfifo(fifo, 0o600), 0)
        for args in [["tick", "data.1.1"], ["set", "data.1.1", "--note", "x"], ["repair"], ["restore", "1"], ["merge", fifo]] {
            let r = try cli.run(args + ["--progress", fifo])
            XCTAssertTrue((1...2).contains(r.status), "\(args): \(r.status) \(r.err)")
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: cli.home).filter { $0.hasPrefix("pipe") || $0.hasPrefix(".pipe") },
                       ["pipe"], "nothing was made beside the pipe")
        let dev = try cli.run("tick", "data.1.1", "--progress", "/dev/almanac-test-never.json")
        XCTAssertEqual(dev.status, 2, dev.err)
        XCTAssertFalse(FileManager.default.fileExists(atPath: "/dev/almanac-test-never.json"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: "/dev/almanac-test-never.json.lock"))
    }
}
