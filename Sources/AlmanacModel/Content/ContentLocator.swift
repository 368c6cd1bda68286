import Foundation

/// Finds the content file wherever the program is started from.
///
/// Paths are plain strings and the search is a few `stat` calls: this runs before the guide's
/// first screen, and Foundation's URL (which stats every path it builds) cost half a millisecond.
public enum ContentLocator {
    public static let fileName = "almanac.jsonl"

    /// Candidates in order: `ALMANAC_CONTENT`, then `Resources/almanac.jsonl` in the
    /// executable's folder or any folder above it (covers `swift run` and release builds in a
    /// clone), then `share/almanac/` beside an installed `bin/`, then above the working folder.
    public static func candidates(executable: String, workingDirectory: String,
                                  environment: [String: String]) -> [String] {
        var out: [String] = []
        if let env = environment["ALMANAC_CONTENT"], !env.isEmpty { out.append(env) }
        // realpath also removes `.` and `..`, which the walk up below relies on.
        let binFolder = parent(resolvingSymlinks(absolute(executable, in: workingDirectory)))
        out.append(join(parent(binFolder), "share/almanac/\(fileName)"))
        for start in [binFolder, workingDirectory] {
            var dir = start
            while true {
                out.append(join(dir, "Resources/\(fileName)"))
                let up = parent(dir)
                if up == dir { break }
                dir = up
            }
        }
        return out
    }

    /// The first candidate that exists, or nil.
    public static func locate(executable: String, workingDirectory: String,
                              environment: [String: String]) -> String? {
        candidates(executable: executable, workingDirectory: workingDirectory, environment: environment)
            .first { path in
                var info = stat()
                return stat(path, &info) == 0
            }
    }

    /// `path` made absolute against `folder`.
    static func absolute(_ path: String, in folder: String) -> String {
        path.hasPrefix("/") ? path : join(folder, path)
    }

    /// The real path, every symbolic link followed; the path itself when it cannot be resolved.
    static func resolvingSymlinks(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The folder holding an absolute path; "/" for "/" itself.
    static func parent(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/"), slash != path.startIndex else { return "/" }
        return String(path[..<slash])
    }

    static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }
}
