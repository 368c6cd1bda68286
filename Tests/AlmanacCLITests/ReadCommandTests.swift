import Foundation
import XCTest

/// `almanac read` as a script or a screen reader drives it: commands on standard input, plain
/// lines out, every change in the same progress file the other screens use.
final class ReadCommandTests: XCTestCase {
    var cli: CLI!
    override func setUp() { cli = CLI() }

    /// Runs `almanac read ARGS` with `input` piped in; the output as bytes.
    private func read(_ input: [UInt8], _ args: [String] = []) throws -> (status: Int32, out: [UInt8], err: String) {
        let out = cli.home + "/.read-out", err = cli.home + "/.read-err"
        let p = try cli.process(["read"] + args, out: out, err: err)
        let pipe = Pipe()
        p.standardInput = pipe
        try p.run()
        pipe.fileHandleForWriting.write(Data(input))
        try pipe.fileHandleForWriting.close()
        p.waitUntilExit()
        return (p.terminationStatus, Array(cli.bytes(out) ?? Data()), (try? String(contentsOfFile: err, encoding: .utf8)) ?? "")
    }

    /// Every byte is printable text, a newline or UTF-8 of a printable character: no escape
    /// sequence, no carriage return, no C1 control.
    private func assertPlain(_ bytes: [UInt8], file: StaticString = #filePath, line: UInt = #line) {
        for (i, b) in bytes.enumerated() where b < 0x20 && b != 0x0A || b == 0x7F {
            XCTFail("byte \(b) at \(i) in the output", file: file, line: line)
            return
        }
        let text = String(decoding: bytes, as: UTF8.self)
        XCTAssertFalse(text.unicodeScalars.contains { (0x80...0x9F).contains($0.value) || (0x202A...0x202E).contains($0.value) },
                       "a C1 control or a bidirectional override in the output", file: file, line: line)
    }

    func testAScriptedSessionTicksAndWritesOnlyPlainLines() throws {
        let file = cli.home + "/p.json"
        let script = "10\n6\ntick 1\nstatus 2 in progress\nnote 3 Ask \u{1B}[31mHR\u{7}\nowner 3 Sam\ndue 3 2027-03-31\n"
            + "go 2.1.1\ntick\nsearch LoRaWAN\n1\nwhere\nprogress\nhelp\nquit\n"
        let r = try read(Array(script.utf8), ["--progress", file, "--width", "80"])
        XCTAssertEqual(r.status, 0, r.err)
        assertPlain(r.out)
        let out = String(decoding: r.out, as: UTF8.self)
        XCTAssertTrue(out.contains("Step 10.1.1, Provide mandatory cyber security training for all staff, with a\nbasic resilience"),
                      "wrapped at the width asked for")
        XCTAssertTrue(out.contains("Security and resilience: 1 of 9 applicable steps done."))
        XCTAssertTrue(out.contains("Ask \\u{1B}[31mHR\\u{07}") || out.contains("Ask ^[[31mHR"), "the note is shown inert: \(out.suffix(400))")
        let progress = try cli.load(file)
        XCTAssertEqual(progress.status(of: "security-and-resilience.1.1"), .done)
        XCTAssertEqual(progress.status(of: "security-and-resilience.1.2"), .inProgress)
        XCTAssertEqual(progress.step("security-and-resilience.1.3").note, "Ask \u{1B}[31mHR\u{7}", "the note is kept as typed")
        XCTAssertEqual(progress.step("security-and-resilience.1.3").owner, "Sam")
        XCTAssertEqual(progress.step("security-and-resilience.1.3").due, "2027-03-31")
        XCTAssertEqual(progress.status(of: "data.1.1"), .done)
        XCTAssertTrue(out.hasSuffix("Goodbye.\n\n"))
    }

    func testTheEndOfInputQuitsAndRefusedLinesMakeTheScriptFail() throws {
        let file = cli.home + "/p.json"
        let r = try read(Array("tick 10.1.1\nfrobnicate\ntick 99.1.1\nstatus 10.1.2 sideways".utf8), ["--progress", file])
        XCTAssertEqual(r.status, 2)
        XCTAssertTrue(r.err.contains("3 of 4 lines could not be done"), r.err)
        XCTAssertEqual(try cli.load(file).status(of: "security-and-resilience.1.1"), .done, "the good line still landed")
    }

    func testHostileBytesOnInputNeverReachTheOutput() throws {
        let file = cli.home + "/p.json"
        var input = Array("search ".utf8) + [0x1B, 0x5B, 0x32, 0x4A, 0xFF, 0xC3, 0x0A]
        input += Array("note 10.1.1 ".utf8) + [0x9B, 0xE2, 0x80, 0xAE, 0x0D, 0x0A]
        input += Array(repeating: UInt8(ascii: "x"), count: 200_000) + [0x0A]
        input += Array("go \u{202E}1\n\u{1B}[A\nquit\n".utf8)
        let r = try read(input, ["--progress", file])
        assertPlain(r.out)
        XCTAssertEqual(r.status, 2, "the unknown lines are counted: \(r.err)")
        XCTAssertTrue(String(decoding: r.out, as: UTF8.self).contains("Goodbye."), "a 200 kB line does not stop it")
    }

    func testWidthIsChosenAndCheckedAndZeroMeansNoWrapping() throws {
        let narrow = try read(Array("go 10.1.1\n".utf8), ["--width", "40", "--progress", cli.home + "/p.json"])
        XCTAssertEqual(narrow.status, 0, narrow.err)
        let lines = String(decoding: narrow.out, as: UTF8.self).split(separator: "\n")
        XCTAssertTrue(lines.allSatisfy { $0.count <= 40 || !$0.contains(" ") }, "\(lines.filter { $0.count > 40 })")
        let wide = try read(Array("go 10.1.1\n".utf8), ["--width", "0", "--progress", cli.home + "/p.json"])
        XCTAssertTrue(String(decoding: wide.out, as: UTF8.self).contains(
            "Provide mandatory cyber security training for all staff, with a basic resilience training programme provided to mitigate against the most common vulnerabilities."))
        let bad = try cli.run("read", "--width=-3")
        XCTAssertEqual(bad.status, 2)
        XCTAssertTrue(bad.err.contains("--width must be 0 (no wrapping) or more"), bad.err)
    }

    func testABrokenProgressFileIsReadOnlyAndNeverWritten() throws {
        let file = cli.home + "/p.json"
        cli.write(file, "{ not json")
        let before = cli.bytes(file)
        let r = try read(Array("tick 10.1.1\nquit\n".utf8), ["--progress", file])
        let out = String(decoding: r.out, as: UTF8.self)
        XCTAssertTrue(out.contains("Read-only: p.json cannot be read and nothing will be saved"), out)
        XCTAssertTrue(out.contains("Nothing was changed. Read-only"), out)
        XCTAssertEqual(r.status, 2)
        XCTAssertEqual(cli.bytes(file), before)
    }

    func testChangesFromAnotherProcessAreAnnouncedWhileItWaits() throws {
        let file = cli.home + "/p.json"
        let out = cli.home + "/.live-out", err = cli.home + "/.live-err"
        let p = try cli.process(["read", "--progress", file], out: out, err: err)
        let pipe = Pipe()
        p.standardInput = pipe
        try p.run()
        defer { if p.isRunning { p.terminate() } }
        func output() -> String { String(decoding: cli.bytes(out) ?? Data(), as: UTF8.self) }
        func wait(for text: String) -> Bool {
            for _ in 0..<200 where !output().contains(text) { usleep(50_000) }
            return output().contains(text)
        }
        pipe.fileHandleForWriting.write(Data("go 10.1.1\n".utf8))
        XCTAssertTrue(wait(for: "Step 10.1.1 of Security and resilience"), output())
        let tick = try cli.run("tick", "data.1.1", "--progress", file)
        XCTAssertEqual(tick.status, 0, tick.err)
        // Announced without a line typed: the command is waiting on its input meanwhile.
        XCTAssertTrue(wait(for: "Changed elsewhere: Step 2.1.1, Comply with the Data Protection Act 2018"), output())
        pipe.fileHandleForWriting.write(Data("tick\nquit\n".utf8))
        try pipe.fileHandleForWriting.close()
        p.waitUntilExit()
        XCTAssertEqual(p.terminationStatus, 0)
        let progress = try cli.load(file)
        XCTAssertEqual(progress.status(of: "data.1.1"), .done, "the other process's tick is kept")
        XCTAssertEqual(progress.status(of: "security-and-resilience.1.1"), .done)
        assertPlain(Array(cli.bytes(out) ?? Data()))
    }
}
