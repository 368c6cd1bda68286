/// The key table indexed by a small number per key, so that finding a key's binding reads one
/// entry instead of comparing the key with every binding's keys. A key press arrives with the
/// caches cold, when each comparison and each binding touched costs a memory fetch.
enum KeyTable {
    /// Codes run below this.
    static let codes = 512

    /// A code below `codes` for every key a binding can name; nil for other keys (characters
    /// outside ASCII, high function keys), which no binding names.
    static func code(_ key: Key) -> Int? {
        switch key {
        case .up: return 1
        case .down: return 2
        case .left: return 3
        case .right: return 4
        case .pageUp: return 5
        case .pageDown: return 6
        case .home: return 7
        case .end: return 8
        case .enter: return 9
        case .escape: return 10
        case .backspace: return 11
        case .delete: return 12
        case .tab: return 13
        case .backTab: return 14
        case .function(let n): return (0..<64).contains(n) ? 64 + n : nil
        case .control(let c): return ascii(c).map { 128 + $0 }
        case .character(let c): return ascii(c).map { 256 + $0 }
        case .alt(let c): return ascii(c).map { 384 + $0 }
        }
    }

    /// The character's byte when it is one ASCII byte (not `asciiValue`, which gives "\r\n" one).
    private static func ascii(_ c: Character) -> Int? {
        let bytes = c.utf8
        guard bytes.count == 1, let b = bytes.first, b < 0x80 else { return nil }
        return Int(b)
    }

    static func slot(_ scope: Scope) -> Int {
        switch scope {
        case .help: return 0
        case .editor: return 1
        case .search: return 2
        case .caseBrowser: return 3
        case .checklist: return 4
        case .main: return 5
        case .global: return 6
        case .myWork: return 7
        }
    }

    /// For each scope's slot and key code, the index in `bindings` of the binding, or -1.
    static func entries(_ bindings: [GuideBinding]) -> [Int16] {
        var out = [Int16](repeating: -1, count: 8 * codes)
        // In table order, so the first binding of a key in a scope wins, as a scan would find it.
        for (i, b) in bindings.enumerated().reversed() {
            for key in b.keys {
                guard let code = code(key) else { preconditionFailure("key \(key) has no code in KeyTable") }
                out[slot(b.scope) * codes + code] = Int16(i)
            }
        }
        return out
    }

    /// The index in `entries` of `key`'s binding in the first of `scopes` that has one.
    static func index(of key: Key, in scopes: [Scope], entries: [Int16]) -> Int? {
        guard let code = code(key) else { return nil }
        for scope in scopes {
            let i = entries[slot(scope) * codes + code]
            if i >= 0 { return Int(i) }
        }
        return nil
    }
}
