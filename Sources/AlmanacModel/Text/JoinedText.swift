extension Sequence where Element == String {
    /// The strings with `separator` between them, as `joined(separator:)` gives. Inlinable, so
    /// it is specialised where it is called: the standard one runs unspecialised, and its first
    /// call for each kind of collection has the runtime search the conformances for its
    /// associated types (about 200,000 instructions each, on the screens' first frames).
    @inlinable
    public func joinedText(separator: String = "") -> String {
        var out = ""
        var first = true
        for part in self {
            if !first { out += separator }
            out += part
            first = false
        }
        return out
    }
}
