import AlmanacModel
import Foundation

/// Where progress files live: the default file, named profiles, or a file given by the user.
///
/// `--progress FILE`, then `--profile NAME` (`<data>/profiles/NAME.json`), then
/// `ALMANAC_PROGRESS`, then `<data>/progress.json`, where `<data>` is
/// `$XDG_DATA_HOME/almanac` or `~/.local/share/almanac`.
public struct ProgressLocation: Sendable {
    /// The only variables read from `environment`: a caller may pass just these.
    public static let variables = ["XDG_DATA_HOME", "HOME", "ALMANAC_PROGRESS"]

    public let environment: [String: String]

    public init(environment: [String: String]) { self.environment = environment }

    /// `$XDG_DATA_HOME/almanac`, or `~/.local/share/almanac` (XDG ignores a relative value).
    public var dataFolder: String {
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") { return xdg + "/almanac" }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home + "/.local/share/almanac"
    }

    public var defaultFile: String { dataFolder + "/progress.json" }
    public var profilesFolder: String { dataFolder + "/profiles" }

    /// The file to use; `profile` and `file` come from the command line.
    public func resolve(file: String?, profile: String?) throws(ProgressError) -> String {
        if file != nil, profile != nil {
            throw ProgressError(.badRequest, path: file!, problem: "--progress and --profile cannot be used together",
                                recovery: "give one of them")
        }
        if let file {
            if file.isEmpty { throw ProgressError(.badRequest, path: "''", problem: "--progress needs a file name",
                                                    recovery: "give one (e.g. --progress housing.json), or leave out --progress for the default file") }
            return file
        }
        if let profile { return try profileFile(profile) }
        if let env = environment["ALMANAC_PROGRESS"], !env.isEmpty { return env }
        return defaultFile
    }

    /// `<data>/profiles/NAME.json`, after checking NAME is a plain name (no slashes, no dots first).
    public func profileFile(_ name: String) throws(ProgressError) -> String {
        guard Self.isValidProfileName(name) else {
            throw ProgressError(.badRequest, path: profilesFolder,
                problem: "'\(DisplayText.safe(name))' is not a valid profile name",
                recovery: "use 1-64 letters, digits, '-' or '_' (e.g. 'housing-team')")
        }
        return profilesFolder + "/" + name + ".json"
    }

    public static func isValidProfileName(_ name: String) -> Bool {
        guard (1...64).contains(name.utf8.count) else { return false }
        return name.utf8.allSatisfy { c in
            (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c == 0x2D || c == 0x5F
        }
    }

    /// Profile names with a file, sorted.
    public func profiles() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: profilesFolder)) ?? []
        return names.filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) }
            .filter(Self.isValidProfileName).sorted()
    }
}
