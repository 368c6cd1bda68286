import Foundation

/// Finds the content file wherever the program is started from.
public enum ContentLocator {
    public static let fileName = "almanac.jsonl"

    /// Candidates in order: `ALMANAC_CONTENT`, then `Resources/almanac.jsonl` in the
    /// executable's folder or any folder above it (covers `swift run` and release builds in a
    /// clone), then `share/almanac/` beside an installed `bin/`, then above the working folder.
    public static func candidates(executable: String, workingDirectory: String,
                                  environment: [String: String]) -> [String] {
        var out: [String] = []
        if let env = environment["ALMANAC_CONTENT"], !env.isEmpty { out.append(env) }
        var dir = URL(fileURLWithPath: executable).resolvingSymlinksInPath().deletingLastPathComponent()
        out.append(dir.appendingPathComponent("../share/almanac/\(fileName)").standardized.path)
        for start in [dir, URL(fileURLWithPath: workingDirectory)] {
            dir = start
            while true {
                out.append(dir.appendingPathComponent("Resources/\(fileName)").path)
                let parent = dir.deletingLastPathComponent()
                if parent.path == dir.path { break }
                dir = parent
            }
        }
        return out
    }

    /// The first candidate that exists, or nil.
    public static func locate(executable: String, workingDirectory: String,
                              environment: [String: String]) -> String? {
        candidates(executable: executable, workingDirectory: workingDirectory, environment: environment)
            .first { FileManager.default.fileExists(atPath: $0) }
    }
}
