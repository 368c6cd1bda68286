import XCTest
import AlmanacModel

/// The promises that matter most to officers: progress is never lost or half-written.
final class ProgressSafetyTests: XCTestCase {
    var cli: CLI!

    override func setUp() { cli = CLI() }
    override func tearDown() { cli = nil }

    func testBrokenFileIsRefusedUntouchedThenRepaired() throws {
        let broken = "{\"version\": 1, \"steps\": {\"data.1.1\": {\"status\": \"done\", \"changed\": \"2026-01-01T00:00:00Z\"}, \"data.1.2\": {\"sta"
        cli.write(cli.defaultFile, broken)
        let other = cli.home + "/other.json"
        XCTAssertEqual(try cli.run("tick", "data.2.1", "--progress", other).status, 0)
        for args in [["tick", "data.1.3"], ["set", "data.1.3", "--note", "x"], ["status"], ["merge", other]] {
            let r = try cli.run(args)
            XCTAssertEqual(r.status, 1, "\(args) \(r.err)")
            XCTAssertTrue(r.err.contains(cli.defaultFile), r.err)
            XCTAssertTrue(r.err.contains("truncated"), r.err)
            XCTAssertTrue(r.err.contains("almanac repair"), r.err)
            XCTAssertEqual(r.err.split(separator: "\n").count, 1, "one line: \(r.err)")
            XCTAssertEqual(cli.bytes(cli.defaultFile), Data(broken.utf8), "\(args) left the bytes alone")
        }
        let r = try cli.run("repair")
        XCTAssertEqual(r.status, 0, r.err)
        XCTAssertTrue(r.out.contains("Moved it aside to \(cli.defaultFile).broken-"), r.out)
        let names = try FileManager.default.contentsOfDirectory(atPath: cli.dataFolder)
        let aside = names.filter { $0.contains(".broken-") && !$0.hasSuffix(".dropped.txt") }
        XCTAssertEqual(aside.count, 1)
        XCTAssertTrue(r.out.contains("Saved the 1 step"), "the step before the cut is kept: \(r.out)")
        XCTAssertEqual(names.filter { $0.hasSuffix(".dropped.txt") }.count, 1, "what was dropped is listed in a file")
        XCTAssertEqual(cli.bytes(cli.dataFolder + "/" + aside[0]), Data(broken.utf8))
        XCTAssertEqual(try cli.run("tick", "data.1.3").status, 0)
        XCTAssertTrue(try cli.run("repair").out.contains("nothing to repair"))
    }

    func testNewerFileIsRefusedWithAdvice() throws {
        cli.write(cli.defaultFile, "{\"version\": 7, \"steps\": {}}")
        let r = try cli.run("tick", "data.1.1")
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.err.contains("newer almanac"), r.err)
        XCTAssertEqual(cli.bytes(cli.defaultFile), Data("{\"version\": 7, \"steps\": {}}".utf8))
    }

    /// A file the user may not read is reported as such, not as damage (as root, run as nobody).
    func testUnreadableFileIsNamedAndLeftAlone() throws {
        let file = cli.home + "/locked.json"
        cli.write(file, "{\"version\": 1, \"steps\": {}}")
        chmod(file, 0o000)
        chmod(cli.home, 0o755)
        let r: CLI.Result
        if getuid() == 0 {
            let copy = try cli.publicCopy()
            r = try cli.shell("ALMANAC_CONTENT='\(copy.content)' setpriv --reuid=65534 --regid=65534 --clear-groups '\(copy.binary)' status --progress '\(file)'")
            try XCTSkipIf(r.err.contains("setpriv:"), "cannot drop privileges here: \(r.err)")
        } else {
            r = try cli.run("status", "--progress", file)
        }
        XCTAssertEqual(r.status, 1, r.err)
        XCTAssertTrue(r.err.contains("cannot read progress file \(file): permission denied"), r.err)
        XCTAssertTrue(r.err.contains("chmod"), r.err)
        chmod(file, 0o600)
        XCTAssertEqual(cli.bytes(file), Data("{\"version\": 1, \"steps\": {}}".utf8))
    }

    func testFolderInPlaceOfFile() throws {
        try FileManager.default.createDirectory(atPath: cli.defaultFile, withIntermediateDirectories: true)
        let r = try cli.run("tick", "data.1.1")
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.err.contains("is a folder") || r.err.contains("it is a folder"), r.err)
    }

    /// A folder the user may not write: as root, a read-only bind mount in a private mount
    /// namespace (root ignores permissions); otherwise plain permissions.
    func testReadOnlyFolderFailsClearlyAndChangesNothing() throws {
        let folder = cli.home + "/ro"
        let file = folder + "/progress.json"
        XCTAssertEqual(try cli.run("tick", "data.1.1", "--progress", file).status, 0)
        let before = cli.bytes(file)
        let r: CLI.Result
        if getuid() == 0 {
            r = try cli.shell("""
                unshare -m sh -c 'mount --bind "\(folder)" "\(folder)" && mount -o remount,ro,bind "\(folder)" && \
                "$ALMANAC" tick data.1.2 --progress "\(file)"' 
                """)
            try XCTSkipIf(r.err.contains("unshare") || r.err.contains("mount:"), "cannot make a read-only mount here: \(r.err)")
        } else {
            chmod(folder, 0o555)
            defer { chmod(folder, 0o755) }
            r = try cli.run("tick", "data.1.2", "--progress", file)
        }
        XCTAssertEqual(r.status, 1, r.err)
        XCTAssertTrue(r.err.contains("read-only") || r.err.contains("permission denied"), r.err)
        XCTAssertTrue(r.err.contains("nothing was changed"), r.err)
        XCTAssertEqual(cli.bytes(file), before)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.contains(".tmp-") }, [])
    }

    func testFullDiskFailsClearlyAndChangesNothing() throws {
        try XCTSkipIf(getuid() != 0, "needs root to mount a small tmpfs")
        let folder = cli.home + "/full"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let big = String(repeating: "x", count: 100_000)  // under the 128 KB limit of one argument
        let r = try cli.shell("""
            unshare -m sh -c 'mount -t tmpfs -o size=64k tmpfs "\(folder)" && \
            "$ALMANAC" set data.1.1 --note small --progress "\(folder)/p.json" >/dev/null && \
            cp "\(folder)/p.json" "\(folder)/../before.json" && \
            "$ALMANAC" set data.1.1 --note "\(big)" --progress "\(folder)/p.json"; echo "status=$?"; \
            cmp "\(folder)/p.json" "\(folder)/../before.json" && echo same; ls -a "\(folder)"'
            """)
        try XCTSkipIf(r.err.contains("unshare:") || r.err.contains("mount:"), "cannot mount a tmpfs here: \(r.err)")
        XCTAssertTrue(r.out.contains("status=1"), r.out + r.err)
        XCTAssertTrue(r.err.contains("the disk is full"), r.err)
        XCTAssertTrue(r.err.contains("nothing was changed"), r.err)
        XCTAssertTrue(r.out.contains("same"), "old file intact: \(r.out)")
        XCTAssertFalse(r.out.contains(".tmp-"), "no temporary left: \(r.out)")
    }

    /// Kill -9 at random moments during saves: the file is always the old or the new version.
    /// Saves pause 1 ms per 4 KB written (a test-only setting), and two rounds in three wait
    /// until the write has begun, so most kills land mid-write rather than during start-up.
    func testKillNineDuringSavesLeavesOldOrNewFile() throws {
        var rng = SystemRandomNumberGenerator()
        let file = cli.defaultFile
        cli.extraEnvironment["ALMANAC_TEST_WRITE_PAUSE_US"] = "1000"
        XCTAssertEqual(try cli.run("set", "data.1.1", "--note", "start").status, 0)
        var previous = "start"
        var killedMidWrite = 0
        for round in 0..<30 {
            // A large note (one argument may be up to 128 KB) makes the write long enough to interrupt.
            let note = "round \(round) " + String(repeating: "note text ", count: 8_000 + Int.random(in: 0...4000, using: &rng))
            let sizeBefore = cli.bytes(file)?.count
            let p = try cli.process(["set", "data.1.1", "--note", note], out: cli.home + "/.k-out", err: cli.home + "/.k-err")
            try p.run()
            if round % 3 == 0 {
                usleep(UInt32.random(in: 0...400_000, using: &rng))
            } else {
                let deadline = Date().addingTimeInterval(10)
                while p.isRunning, Date() < deadline {
                    let names = (try? FileManager.default.contentsOfDirectory(atPath: cli.dataFolder)) ?? []
                    if names.contains(where: { $0.contains(".tmp-") }) || cli.bytes(file)?.count != sizeBefore { break }
                    usleep(200)
                }
                usleep(UInt32.random(in: 0...20_000, using: &rng))
            }
            kill(p.processIdentifier, SIGKILL)
            p.waitUntilExit()
            if p.terminationReason == .uncaughtSignal, round % 3 != 0 { killedMidWrite += 1 }
            let loaded = try cli.load(file)   // throws if the file were half-written
            let current = try XCTUnwrap(loaded.steps["data.1.1"]?.note)
            XCTAssertTrue(current == previous || current == note, "round \(round): neither old nor new")
            previous = current
        }
        XCTAssertGreaterThan(killedMidWrite, 10, "most kills should land while writing")
        // The next save cleans up after the killed ones.
        cli.extraEnvironment = [:]
        XCTAssertEqual(try cli.run("tick", "data.1.2").status, 0)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: cli.dataFolder).filter { $0.contains(".tmp-") }, [])
    }

    /// Two processes each tick 200 different steps, one small command at a time, at once.
    func testTwoProcessesTickingTwoHundredStepsEachLoseNone() throws {
        let ids = try cli.writeLargeContent()
        XCTAssertGreaterThanOrEqual(ids.count, 400)
        var scripts: [String] = []
        for half in 0..<2 {
            let mine = Array(ids[(half * 200)..<(half * 200 + 200)])
            let batches = stride(from: 0, to: 200, by: 8).map { mine[$0..<($0 + 8)].joined(separator: " ") }
            scripts.append(batches.map { "\"$ALMANAC\" tick \($0) >/dev/null || echo FAILED \($0)" }.joined(separator: "\n"))
        }
        let r = try cli.shell("""
            ( \(scripts[0]) ) & ( \(scripts[1]) ) & wait
            """)
        XCTAssertFalse(r.out.contains("FAILED"), r.out + r.err)
        let saved = try cli.load(cli.defaultFile)
        XCTAssertEqual(saved.steps.count, 400)
        XCTAssertEqual(Set(saved.steps.keys), Set(ids.prefix(400)))
        XCTAssertTrue(saved.steps.values.allSatisfy { $0.status == .done })
    }
}
