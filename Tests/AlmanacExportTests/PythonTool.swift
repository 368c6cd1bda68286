import Foundation
import XCTest

/// Runs a short Python 3 program on some input: the tests' independent readers (html5lib's strict
/// HTML5 parser, Python's csv module, icalendar). A missing tool fails the test and says how to install it.
enum PythonTool {
    struct Missing: Error, CustomStringConvertible {
        var description: String
    }

    static func run(_ program: String, input: Data, arguments: [String] = []) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", program] + arguments
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        do {
            try process.run()
        } catch {
            throw Missing(description: "python3 is needed for this test and could not be started (\(error)); Scripts/test installs it")
        }
        // Write from another thread so a large input cannot deadlock against a full stdout pipe.
        let writer = Thread {
            stdin.fileHandleForWriting.write(input)
            try? stdin.fileHandleForWriting.close()
        }
        writer.start()
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        let err = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let message = String(decoding: err, as: UTF8.self)
        if message.contains("ModuleNotFoundError") {
            throw Missing(description: "a Python module is missing: \(message.split(separator: "\n").last ?? ""); run `pip install html5lib markdown-it-py icalendar` (Scripts/test does it)")
        }
        guard process.terminationStatus == 0 else {
            throw Missing(description: "python3 failed (status \(process.terminationStatus)): \(message)")
        }
        return out
    }

    /// The program's output, decoded from JSON.
    static func json<T: Decodable>(_ type: T.Type, _ program: String, input: Data) throws -> T {
        try JSONDecoder().decode(T.self, from: run(program, input: input))
    }
}
