import AlmanacModel
import Foundation

/// Writes a whole file or nothing: a temporary file beside it, then a rename over it, so a
/// failed or interrupted export never leaves half a report where a good one was.
enum ReportFile {
    static func write(_ data: Data, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw Failure.failed("cannot write \(DisplayText.safe(path)): it is a folder; give a file name")
        }
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw Failure.failed("cannot write \(DisplayText.safe(path)): there is no folder \(DisplayText.safe(folder))")
        }
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp").path
        if let problem = writeNew(data, at: temporary) {
            unlink(temporary)
            throw Failure.failed("cannot write \(DisplayText.safe(path)): \(problem) (in \(DisplayText.safe(folder)))")
        }
        if rename(temporary, path) != 0 {
            let problem = describe(errno)
            unlink(temporary)
            throw Failure.failed("cannot write \(DisplayText.safe(path)): \(problem)")
        }
    }

    /// Creates `path` (which must not exist) holding `data`, flushed to disk; nil or the problem.
    private static func writeNew(_ data: Data, at path: String) -> String? {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        if fd < 0 { return describe(errno) }
        defer { close(fd) }
        var problem: String?
        data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < buffer.count {
                let n = Foundation.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    problem = describe(errno)
                    return
                }
                offset += n
            }
        }
        if problem == nil, fsync(fd) != 0 { problem = describe(errno) }
        return problem
    }

    private static func describe(_ code: Int32) -> String {
        String(cString: strerror(code)).lowercased()
    }
}
