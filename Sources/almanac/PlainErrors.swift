import AlmanacModel
import AlmanacStorage
import AlmanacTerminal
import ArgumentParser
import Foundation

/// Plain words for an error that reaches the top without one of our own messages: Foundation's
/// ("The operation could not be completed. (NSCocoaErrorDomain error 512.)") or a coder's.
enum PlainErrors {
    /// The message, or nil for ArgumentParser's own errors (which say what to type).
    static func message(for error: Error) -> String? {
        switch error {
        case let e as Failure: return e.description
        case let e as ProgressError: return e.description
        case let e as ContentError: return e.description
        case let e as TerminalError: return e.description
        case let e as DecodingError: return "cannot read the data: \(decoding(e)); nothing was changed"
        case is EncodingError: return "cannot encode the data (a number that is not finite?); nothing was written"
        default: break
        }
        let ns = error as NSError
        guard ns.domain == NSCocoaErrorDomain || ns.domain == NSPOSIXErrorDomain else { return nil }
        let path = ns.userInfo[NSFilePathErrorKey] as? String ?? (ns.userInfo[NSURLErrorKey] as? URL)?.path
        let code = posixCode(ns)
        let problem = code.map { FileProblem.explain($0, at: path ?? ".") } ?? "the operation failed"
        let subject = path.map { "cannot use \($0)" } ?? "a file operation failed"
        let advice = code.map { FileProblem.advice($0, at: path ?? ".", writing: true, elsewhere: "name another file") }
            ?? "check the file and its folder, then try again"
        return "\(subject): \(problem); \(advice)"
    }

    /// Bad input (the user's request, a terminal that cannot draw) exits 2; a failure doing the work 1.
    static func status(for error: Error) -> Int32 {
        if let failure = error as? Failure { return failure.status }
        if error is TerminalError { return 2 }
        if let progress = error as? ProgressError, progress.kind == .badRequest { return 2 }
        return error is ContentError ? 2 : 1
    }

    /// The errno behind a Foundation error, if it carries one.
    private static func posixCode(_ error: NSError) -> Int32? {
        if error.domain == NSPOSIXErrorDomain { return Int32(error.code) }
        if let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError { return posixCode(underlying) }
        switch CocoaError.Code(rawValue: error.code) {
        case .fileNoSuchFile, .fileReadNoSuchFile: return ENOENT
        case .fileReadNoPermission, .fileWriteNoPermission: return EACCES
        case .fileWriteOutOfSpace: return ENOSPC
        case .fileWriteVolumeReadOnly: return EROFS
        default: return nil
        }
    }

    private static func decoding(_ error: DecodingError) -> String {
        let context: DecodingError.Context
        switch error {
        case .dataCorrupted(let c), .keyNotFound(_, let c), .typeMismatch(_, let c), .valueNotFound(_, let c): context = c
        @unknown default: return "it is malformed"
        }
        let place = context.codingPath.map(\.stringValue).joined(separator: ".")
        return context.debugDescription + (place.isEmpty ? "" : " (at \(place))")
    }
}
