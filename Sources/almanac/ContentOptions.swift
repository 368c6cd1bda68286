import AlmanacModel
import ArgumentParser
import Foundation

/// `--content FILE`, shared by every command that reads the almanac.
struct ContentOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Read the almanac's content from FILE.", valueName: "file"))
    var content: String?

    /// The content file, or a clear error (exit status 2) naming the path.
    func open() throws -> ContentFile {
        let env = ProcessInfo.processInfo.environment
        let path = content ?? env["ALMANAC_CONTENT"].flatMap { $0.isEmpty ? nil : $0 } ?? ContentLocator.locate(
            executable: CommandLine.arguments[0].hasPrefix("/") ? CommandLine.arguments[0] : Self.executablePath(),
            workingDirectory: FileManager.default.currentDirectoryPath,
            environment: env)
        guard let path else {
            throw Failure.usage("cannot find the almanac's content (Resources/\(ContentLocator.fileName)); pass --content FILE or set ALMANAC_CONTENT")
        }
        do {
            return try ContentFile(path: path)
        } catch {
            throw Failure.usage(error.description)
        }
    }

    private static func executablePath() -> String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    }
}
