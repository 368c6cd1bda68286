import AlmanacModel
import Foundation
import TOMLKit

/// Choices that stay between runs, in `$XDG_CONFIG_HOME/almanac/config.toml` (else
/// `~/.config/almanac/config.toml`):
///
/// ```toml
/// theme = "high-contrast"   # default, high-contrast or mono; `t` in the guide sets it
/// profile = "housing"       # the profile used when no --progress or --profile is given
/// background = "light"      # dark, light or auto
///
/// [keys]                    # the guide's keys, by action (see `almanac config`)
/// tick = "x"
/// search = ["/", "f"]
/// ```
///
/// A file that cannot be read gives the defaults and one line saying why; it is never
/// rewritten then, so nothing in it is lost.
public struct SettingsFile: Sendable {
    public static let keys = ["theme", "profile", "background"]
    /// The table of remapped keys.
    public static let keysTable = "keys"
    public let path: String

    public init(path: String) { self.path = path }

    /// Where the file lives for this environment (`XDG_CONFIG_HOME`, `HOME`).
    public init(environment: [String: String]) {
        if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") {
            path = xdg + "/almanac/config.toml"
        } else {
            let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
            path = home + "/.config/almanac/config.toml"
        }
    }

    public struct Read: Sendable {
        public var values: [String: String] = [:]
        /// `[keys]`: each action's keys as written (the guide reads the key names).
        public var keys: [String: [String]] = [:]
        /// Why the file could not be used, in one line; the defaults apply.
        public var problem: String?
        public var exists = false
    }

    /// The settings, or the defaults and why not. No file is no problem.
    public func read() -> Read {
        var out = Read()
        let data: Data?
        do { data = try FileIO.read(path) } catch {
            out.problem = "settings \(path) cannot be read (\(error.problem)); using the defaults"
            return out
        }
        guard let data else { return out }
        out.exists = true
        let table: TOMLTable
        do { table = try TOMLTable(string: String(decoding: data, as: UTF8.self)) } catch {
            out.problem = "settings \(path) are not valid TOML (\(Self.describe(error))); using the defaults: fix or delete the file"
            return out
        }
        for key in Self.keys {
            guard let value = table[key] else { continue }
            guard let text = value.string else {
                out.problem = "settings \(path): \(key) must be text in quotes, e.g. \(key) = \"\(Self.example(key))\"; it is ignored"
                continue
            }
            out.values[key] = text
        }
        if let value = table[Self.keysTable] {
            if let keys = value.table {
                for name in keys.keys.sorted() {
                    if let one = keys[name]?.string { out.keys[name] = [one]; continue }
                    if let list = keys[name]?.array, list.allSatisfy({ $0.string != nil }) {
                        out.keys[name] = list.compactMap(\.string)
                        continue
                    }
                    out.problem = out.problem ?? "settings \(path): keys.\(name) must be a key in quotes or a list of them, e.g. \(name) = \"x\" or [\"x\", \"F5\"]; it is ignored"
                }
            } else {
                out.problem = out.problem ?? "settings \(path): keys must be a table ([keys] and lines such as tick = \"x\"); it is ignored"
            }
        }
        let unknown = table.keys.filter { !Self.keys.contains($0) && $0 != Self.keysTable }.sorted()
        if !unknown.isEmpty, out.problem == nil {
            out.problem = "settings \(path): unknown \(unknown.count == 1 ? "setting" : "settings") \(unknown.joined(separator: ", ")) ignored; known: \(Self.keys.joined(separator: ", "))"
        }
        return out
    }

    /// Sets one value (nil removes it), keeping the rest of the file; refuses to replace a file
    /// it cannot read. `keys.NAME` sets an action's keys in the `[keys]` table.
    public func set(_ key: String, to value: String?) throws(ProgressError) {
        try change { table in
            if let value { table[key] = value } else { table.remove(at: key) }
        }
    }

    /// Sets an action's keys in `[keys]` (nil removes them; an empty table goes too).
    public func setKeys(_ action: String, to keys: [String]?) throws(ProgressError) {
        try change { table in
            let keysTable = table[Self.keysTable]?.table ?? TOMLTable()
            if let keys {
                keysTable[action] = keys.count == 1 ? keys[0] as TOMLValueConvertible : TOMLArray(keys)
            } else {
                keysTable.remove(at: action)
            }
            if keysTable.isEmpty { table.remove(at: Self.keysTable) } else { table[Self.keysTable] = keysTable }
        }
    }

    private func change(_ body: (TOMLTable) -> Void) throws(ProgressError) {
        let data = try FileIO.read(path)
        let table: TOMLTable
        if let data {
            do { table = try TOMLTable(string: String(decoding: data, as: UTF8.self)) } catch {
                throw ProgressError(.unreadable, path: path, problem: "the settings file is not valid TOML (\(Self.describe(error)))",
                                    recovery: "nothing was changed; fix or delete it, then try again")
            }
        } else {
            table = TOMLTable()
        }
        body(table)
        try FileIO.makeFolder(FileIO.folderOf(path), for: path)
        try FileIO.writeAtomically(Data((table.convert(to: .toml) + "\n").utf8), to: path, mode: 0o644)
    }

    static func example(_ key: String) -> String {
        switch key {
        case "theme": "high-contrast"
        case "profile": "housing"
        default: "light"
        }
    }

    static func describe(_ error: Error) -> String {
        if let e = error as? TOMLParseError {
            return "line \(e.source.begin.line): \(e.description)"
        }
        return "\(error)"
    }
}
