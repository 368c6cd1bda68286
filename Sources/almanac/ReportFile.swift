import Foundation

/// Writes a whole file or nothing: a temporary file beside it, then a rename over it, so a
/// failed or interrupted export never leaves half a report where a good one was.
enum ReportFile {
    static func write(_ data: Data, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw Failure.failed("cannot write \(path): it is a folder; give a file name")
        }
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw Failure.failed("cannot write \(path): there is no folder \(folder)")
        }
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp").path
        guard FileManager.default.createFile(atPath: temporary, contents: data) else {
            throw Failure.failed("cannot write \(path): \(describe(errno)) in \(folder)")
        }
        if rename(temporary, path) != 0 {
            let problem = describe(errno)
            unlink(temporary)
            throw Failure.failed("cannot write \(path): \(problem)")
        }
    }

    private static func describe(_ code: Int32) -> String {
        String(cString: strerror(code)).lowercased()
    }
}
