import Foundation

/// Runs git's command line in a folder: its exit status and what it printed.
struct Git {
    let folder: String
    /// `-c user.name=… -c user.email=…`: a sync commits and rebases as the member, whatever
    /// (or whether) git is configured on this machine.
    var identity: [String] = []

    struct Result {
        var status: Int32
        var out: String
        var err: String
        var ok: Bool { status == 0 }
        /// git's own last line of complaint, for a message.
        var reason: String {
            let lines = (err + out).split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            return lines.last { $0.hasPrefix("fatal:") || $0.hasPrefix("error:") } ?? lines.last ?? "exit status \(status)"
        }
    }

    @discardableResult
    func run(_ args: String...) throws -> Result { try run(args) }

    func run(_ args: [String]) throws -> Result {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["git", "-C", folder] + identity + args
        var env = ProcessInfo.processInfo.environment
        // Never wait for a password or an editor: a sync that needs one fails with a message.
        env["GIT_TERMINAL_PROMPT"] = "0"
        env["GIT_EDITOR"] = "true"
        env["GIT_SSH_COMMAND"] = env["GIT_SSH_COMMAND"] ?? "ssh -o BatchMode=yes"
        p.environment = env
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = FileHandle.nullDevice
        do { try p.run() } catch {
            throw Failure.failed("git could not be run (\(error.localizedDescription)); install git (apt-get install git) and try again")
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Result(status: p.terminationStatus, out: String(decoding: outData, as: UTF8.self),
                      err: String(decoding: errData, as: UTF8.self))
    }

    /// The work tree holding `folder`, or nil when it is not in one.
    func workTree() -> String? {
        guard let r = try? run("rev-parse", "--show-toplevel"), r.ok else { return nil }
        return r.out.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
