import AlmanacModel
import ArgumentParser
import Foundation

/// `--content FILE`, shared by every command that reads the almanac.
struct ContentOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Read the almanac's content from FILE.", valueName: "file"))
    var content: String?

    /// The content file, or a clear error (exit status 2) naming the path.
    func open(ascii: Bool = false) throws -> ContentFile { try Self.open(path: content, ascii: ascii) }

    /// The file at `path` (the --content value), else `ALMANAC_CONTENT`, else the one found by `ContentLocator`.
    /// `ascii`: made ASCII for screens on a terminal that shows no other (see `ContentFile`).
    static func open(path: String?, ascii: Bool = false) throws -> ContentFile {
        let argv0 = CommandLine.arguments[0]
        let path = path ?? Environment.value("ALMANAC_CONTENT").flatMap { $0.isEmpty ? nil : $0 } ?? ContentLocator.locate(
            // The locator follows symbolic links, /proc/self/exe included.
            executable: argv0.hasPrefix("/") ? argv0 : "/proc/self/exe",
            workingDirectory: workingDirectory(),
            environment: [:])  // ALMANAC_CONTENT is handled above
        guard let path else {
            throw Failure.usage("cannot find the almanac's content (Resources/\(ContentLocator.fileName)); pass --content FILE or set ALMANAC_CONTENT")
        }
        do {
            return try ContentFile(path: path, ascii: ascii)
        } catch {
            throw Failure.usage(error.description)
        }
    }

    /// getcwd, without starting FileManager before the guide's first screen.
    private static func workingDirectory() -> String {
        guard let cwd = getcwd(nil, 0) else { return "/" }
        defer { free(cwd) }
        return String(cString: cwd)
    }
}
