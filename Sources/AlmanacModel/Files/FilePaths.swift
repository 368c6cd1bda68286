/// A path's folder and last component, by plain string rules. Foundation's `NSString` path
/// methods trap on some inputs (`"."` and `"./"` stop the program), and a path given with
/// `--progress` may be anything.
public enum FilePaths {
    /// `a/b/c` → `a/b`; `c` → `.`; `/c` → `/`; trailing slashes are ignored.
    public static func folder(of path: String) -> String {
        let trimmed = withoutTrailingSlashes(path)
        guard let slash = trimmed.lastIndex(of: "/") else { return "." }
        let folder = trimmed[..<slash]
        return folder.isEmpty ? "/" : String(folder)
    }

    /// `a/b/c` → `c`; `a/b/` → `b`; `/` → `/`.
    public static func name(of path: String) -> String {
        let trimmed = withoutTrailingSlashes(path)
        if trimmed == "/" { return "/" }
        guard let slash = trimmed.lastIndex(of: "/") else { return trimmed }
        return String(trimmed[trimmed.index(after: slash)...])
    }

    /// A file kept beside another, named after it: `a/progress.json` and `reviews.json` give
    /// `a/progress.reviews.json` (the last extension is replaced; `a/progress` gives the same).
    public static func beside(_ path: String, _ suffix: String) -> String {
        let name = name(of: path)
        var stem = Substring(name)
        if let dot = name.lastIndex(of: "."), dot != name.startIndex { stem = name[..<dot] }
        let folder = folder(of: path)
        // String(stem), not the Substring: String + Substring is the generic append, a
        // grapheme at a time (0.3 million instructions on the guide's start-up path).
        return (folder == "/" ? "/" : folder + "/") + String(stem) + "." + suffix
    }

    private static func withoutTrailingSlashes(_ path: String) -> String {
        var p = Substring(path)
        while p.count > 1, p.hasSuffix("/") { p = p.dropLast() }
        return String(p)
    }

    /// `path` made absolute against `folder` (the working directory), without `.` parts.
    public static func absolute(_ path: String, from folder: String) -> String {
        let joined = path.hasPrefix("/") ? path : folder + "/" + path
        var parts: [Substring] = []
        for part in joined.split(separator: "/") {
            if part == "." { continue }
            if part == "..", !parts.isEmpty { parts.removeLast(); continue }
            parts.append(part)
        }
        return "/" + parts.joined(separator: "/")
    }
}
