import Foundation

/// Environment variables read one by one with getenv.
///
/// `ProcessInfo.processInfo.environment` starts ProcessInfo and copies every variable into a
/// dictionary, and the first `[String: String]` with storage costs the runtime a tenth of a
/// millisecond: together a quarter of a millisecond before the guide's first screen.
enum Environment {
    static func value(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }

    /// The named variables that are set; an empty dictionary (no storage) when none is.
    static func only(_ names: [String]) -> [String: String] {
        var out: [String: String] = [:]
        for name in names {
            if let value = value(name) { out[name] = value }
        }
        return out
    }
}
