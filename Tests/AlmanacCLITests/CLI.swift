import Foundation
import XCTest
import AlmanacModel
import AlmanacStorage

typealias Progress = AlmanacModel.Progress

/// Runs the built `almanac` binary in a private home folder.
///
/// The binary is found beside the test bundle (`.build/debug/almanac`) or at `ALMANAC_BIN`;
/// tests never build it.
final class CLI {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static var contentPath: String { root.appendingPathComponent("Resources/almanac.jsonl").path }

    static let binary: String? = {
        var candidates: [String] = []
        if let env = ProcessInfo.processInfo.environment["ALMANAC_BIN"] { candidates.append(env) }
        for bundle in Bundle.allBundles + [Bundle.main] {
            candidates.append(bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("almanac").path)
        }
        candidates.append(root.appendingPathComponent(".build/debug/almanac").path)
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    struct Result {
        var status: Int32
        var out: String
        var err: String
    }

    let home: String
    var content: String = CLI.contentPath
    var extraEnvironment: [String: String] = [:]

    init() {
        home = NSTemporaryDirectory() + "almanac-cli-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try! FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: home) }

    /// The binary and the content in a folder anyone may enter, for running as another user:
    /// the clone itself may sit where others cannot reach (under /root, in a `mktemp -d`).
    func publicCopy() throws -> (binary: String, content: String) {
        let folder = home + "/public"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        chmod(home, 0o755)
        chmod(folder, 0o755)
        let binary = folder + "/almanac", content = folder + "/almanac.jsonl"
        for (from, to, mode) in [(Self.binary ?? "", binary, mode_t(0o755)), (self.content, content, mode_t(0o644))]
            where !FileManager.default.fileExists(atPath: to) {
            try FileManager.default.copyItem(atPath: from, toPath: to)
            chmod(to, mode)
        }
        return (binary, content)
    }

    var dataFolder: String { home + "/data/almanac" }
    var defaultFile: String { dataFolder + "/progress.json" }

    var environment: [String: String] {
        var env = ProcessInfo.processInfo.environment
        env["HOME"] = home
        env["XDG_DATA_HOME"] = home + "/data"
        env["XDG_CONFIG_HOME"] = home + "/config"
        env["ALMANAC_CONTENT"] = content
        env["ALMANAC_PROGRESS"] = nil
        env["COLUMNS"] = "100"
        // Text is UTF-8 unless a test asks for an ASCII-only locale (LC_ALL=C).
        env["LANG"] = "C.UTF-8"
        env["LC_ALL"] = "C.UTF-8"
        env.merge(extraEnvironment) { $1 }
        return env
    }

    /// A process ready to run; the caller starts it.
    func process(_ args: [String], out: String, err: String) throws -> Process {
        guard let binary = Self.binary else {
            throw XCTSkip("no almanac binary; run 'swift build --build-tests' (or set ALMANAC_BIN) first")
        }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: binary)
        p.arguments = args
        p.environment = environment
        FileManager.default.createFile(atPath: out, contents: nil)
        FileManager.default.createFile(atPath: err, contents: nil)
        p.standardOutput = FileHandle(forWritingAtPath: out)
        p.standardError = FileHandle(forWritingAtPath: err)
        p.standardInput = FileHandle.nullDevice
        return p
    }

    @discardableResult
    func run(_ args: String...) throws -> Result { try run(args) }

    @discardableResult
    func run(_ args: [String]) throws -> Result {
        let out = home + "/.out", err = home + "/.err"
        let p = try process(args, out: out, err: err)
        try p.run()
        p.waitUntilExit()
        return Result(status: p.terminationStatus,
                      out: (try? String(contentsOfFile: out, encoding: .utf8)) ?? "",
                      err: (try? String(contentsOfFile: err, encoding: .utf8)) ?? "")
    }

    /// Runs a shell command line with this environment (for privileges and mounts).
    @discardableResult
    func shell(_ script: String) throws -> Result {
        try run(through: "/bin/sh", ["-c", script])
    }

    private func run(through executable: String, _ args: [String]) throws -> Result {
        let out = home + "/.sh-out", err = home + "/.sh-err"
        FileManager.default.createFile(atPath: out, contents: nil)
        FileManager.default.createFile(atPath: err, contents: nil)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: executable)
        p.arguments = args
        var env = environment
        env["ALMANAC"] = Self.binary ?? "almanac"
        p.environment = env
        p.standardOutput = FileHandle(forWritingAtPath: out)
        p.standardError = FileHandle(forWritingAtPath: err)
        try p.run()
        p.waitUntilExit()
        return Result(status: p.terminationStatus,
                      out: (try? String(contentsOfFile: out, encoding: .utf8)) ?? "",
                      err: (try? String(contentsOfFile: err, encoding: .utf8)) ?? "")
    }

    func bytes(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }

    func write(_ path: String, _ text: String) {
        try? FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                 withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
    }

    func load(_ path: String) throws -> Progress { try ProgressStore(path: path).load() }

    /// The content with 12 themes of 3 steps per outcome (432 steps), for tests that need more
    /// than 108 distinct steps.
    func writeLargeContent() throws -> [String] {
        let lines = try String(contentsOfFile: Self.contentPath, encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        var index = try JSONDecoder().decode(ContentIndex.self, from: Data(lines[0].utf8))
        var out = Array(lines.prefix(2))
        var ids: [String] = []
        for (i, line) in lines.dropFirst(2).enumerated() {
            var outcome = try JSONDecoder().decode(Outcome.self, from: Data(line.utf8))
            let template = outcome.themes[0]
            outcome.themes = (1...12).map { t in
                Theme(number: t, title: template.title, steps: (1...3).map { s in
                    Step(id: "\(outcome.id).\(t).\(s)", number: s, text: template.steps[0].text)
                })
            }
            ids += outcome.steps.map(\.id)
            out.append(String(decoding: try JSONEncoder().encode(outcome), as: UTF8.self))
            index.outcomes[i].shape = ContentIndex.Shape(of: outcome)  // or the outcome is refused as not the index's
        }
        out[0] = String(decoding: try JSONEncoder().encode(index), as: UTF8.self)
        content = home + "/large.jsonl"
        write(content, out.joined(separator: "\n") + "\n")
        return ids
    }
}
