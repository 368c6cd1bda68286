import AlmanacModel
import AlmanacStorage
import Foundation

/// Writes a whole file or nothing: a temporary file beside it, then a rename over it, so a
/// failed or interrupted export never leaves half a report where a good one was.
///
/// Only regular files are replaced. A symbolic link's target is replaced (the link stays); a
/// device, pipe, socket or folder is refused, so `--output /dev/stdout` can never replace a
/// device node (use `-` or no `--output` for standard output).
enum ReportFile {
    /// To `--output` FILE, or standard output for none or `-`. The text is safe already: each
    /// format made people's text safe its own way.
    static func emit(_ text: String, to output: String?) throws {
        if let output, output != "-" {
            try write(Data(text.utf8), to: output)
        } else {
            Output.write(text)
        }
    }

    static func write(_ data: Data, to given: String) throws {
        let path = try target(of: given)
        let folder = FilePaths.folder(of: path)
        var info = stat()
        guard stat(folder, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else {
            throw Failure.failed("cannot write \(given): there is no folder \(folder); create it, or give another --output")
        }
        let temporary = folder + "/." + FilePaths.name(of: path) + ".\(getpid()).tmp"
        if let code = writeNew(data, at: temporary) {
            unlink(temporary)
            throw failure(given, code, in: temporary)
        }
        if rename(temporary, path) != 0 {
            let code = errno
            unlink(temporary)
            throw failure(given, code, in: path)
        }
    }

    /// "cannot write FILE: what went wrong; what to do"; nothing was written.
    private static func failure(_ given: String, _ code: Int32, in path: String) -> Failure {
        .failed("cannot write \(given): \(FileProblem.explain(code, at: path)); nothing was written; "
                + FileProblem.advice(code, at: path, writing: true, elsewhere: "give another --output"))
    }

    /// The regular file (existing or not) that writing `given` will replace: a link's final
    /// target; anything that is not a regular file is refused.
    static func target(of given: String) throws -> String {
        var path = given
        for _ in 0..<40 {
            var info = stat()
            guard lstat(path, &info) == 0 else { return path }   // not there yet: a new file
            switch info.st_mode & S_IFMT {
            case S_IFREG:
                return path
            case S_IFLNK:
                var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
                let n = readlink(path, &buffer, buffer.count - 1)
                guard n > 0 else { throw Failure.failed("cannot write \(given): cannot read the link \(path); give another --output") }
                let link = String(decoding: buffer.prefix(n).map { UInt8(bitPattern: $0) }, as: UTF8.self)
                path = link.hasPrefix("/") ? link : FilePaths.folder(of: path) + "/" + link
            case S_IFDIR:
                throw Failure.failed("cannot write \(given): it is a folder; give a file name")
            default:
                throw Failure.failed("cannot write \(given): it is not a regular file (a device, pipe or socket), "
                                     + "and is never replaced; give a file name, or - (or no --output) for standard output")
            }
        }
        throw Failure.failed("cannot write \(given): too many symbolic links (a loop?); give another --output")
    }

    /// Creates `path` (which must not exist) holding `data`, flushed to disk; nil or the errno.
    private static func writeNew(_ data: Data, at path: String) -> Int32? {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        if fd < 0 { return errno }
        defer { close(fd) }
        var problem: Int32?
        data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < buffer.count {
                let n = Foundation.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    problem = errno
                    return
                }
                offset += n
            }
        }
        if problem == nil, fsync(fd) != 0 { problem = errno }
        return problem
    }
}
