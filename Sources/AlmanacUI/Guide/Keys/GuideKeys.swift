import Synchronization

/// The guide's key table in use: the defaults (`KeyMap.bindings`), or those with keys
/// remapped in the settings file. Dispatch, the status bar and the help all read this one
/// value, so they follow a remapping together.
public struct GuideKeys: Equatable, Sendable {
    public let bindings: [GuideBinding]
    /// `KeyTable.entries` for these bindings: a key's binding in one read.
    private let entries: [Int16]
    /// Status bar hints for each scope list, worked out the first time a screen asks for them
    /// (all seven up front were a tenth of the guide's instructions before its first frame).
    private let hintsByScopes = HintCache()

    public struct Hint: Equatable, Sendable {
        public var label: String
        public var hint: String
    }

    public static let standard = GuideKeys(KeyMap.bindings)

    init(_ bindings: [GuideBinding]) {
        self.bindings = bindings
        entries = KeyTable.entries(bindings)
    }

    public static func == (a: GuideKeys, b: GuideKeys) -> Bool { a.bindings == b.bindings }

    /// The binding for `key` in the first of `scopes` that has one.
    public func binding(for key: Key, in scopes: [Scope]) -> GuideBinding? {
        KeyTable.index(of: key, in: scopes, entries: entries).map { bindings[$0] }
    }

    /// What `key` does in the first of `scopes` that binds it, and which of the binding's
    /// keys it is (for the digits of `jumpOutcome`); without copying the binding.
    func command(for key: Key, in scopes: [Scope]) -> (command: Command, keyIndex: Int)? {
        guard let i = KeyTable.index(of: key, in: scopes, entries: entries) else { return nil }
        let command = bindings[i].command
        guard command == .jumpOutcome else { return (command, 0) }
        return (command, bindings[i].keys.firstIndex(of: key) ?? 0)
    }

    /// Status bar hints for the scopes: help first (so it is always offered), then the
    /// narrowest scope's, one per command.
    public func hints(in scopes: [Scope]) -> [Hint] {
        hintsByScopes.hints(for: scopes) { Self.makeHints(bindings, in: scopes) }
    }

    static func makeHints(_ bindings: [GuideBinding], in scopes: [Scope]) -> [Hint] {
        var seen: Set<Command> = []
        var out: [Hint] = []
        // Help and quit first, wherever they come in the table: a newcomer needs those two.
        for first in [Command.help, .quit] where scopes.count > 1 {
            guard let b = bindings.first(where: { $0.command == first && scopes.contains($0.scope) }), let hint = b.hint else { continue }
            seen.insert(first)
            out.append(Hint(label: b.label, hint: hint))
        }
        for scope in scopes {
            for b in bindings where b.scope == scope {
                guard let hint = b.hint, !seen.contains(b.command) else { continue }
                seen.insert(b.command)
                out.append(Hint(label: b.label, hint: hint))
            }
        }
        return out
    }
}

/// The hints already worked out, per scope list. A class so the keys stay a value that
/// compares by bindings; locked because `GuideKeys.standard` is shared.
private final class HintCache: Sendable {
    private let table = Mutex<[[Scope]: [GuideKeys.Hint]]>([:])

    func hints(for scopes: [Scope], make: () -> [GuideKeys.Hint]) -> [GuideKeys.Hint] {
        if let known = table.withLock({ $0[scopes] }) { return known }
        let made = make()
        table.withLock { $0[scopes] = made }
        return made
    }
}
