import AlmanacModel

/// The walkthrough's list of outcomes (`o`): the welcome, each outcome and the summary, to go
/// straight to one. Pure state; the app opens and closes it and does the jump.
public struct WalkthroughContents: Hashable, Sendable {
    public enum Row: Hashable, Sendable {
        case welcome
        case outcome(Int)
        case ending
    }

    /// What a key asks of the app.
    public enum Answer: Hashable, Sendable {
        case stay
        case close
        case go(Row)
        case help
    }

    public let rows: [Row]
    public private(set) var chosen: Int
    /// Digits typed so far, e.g. "1" on the way to "12": the chosen row follows them.
    public private(set) var typed = ""
    /// Why the last key did nothing, for the foot of the list.
    public private(set) var message: String?

    /// Opens with the row of the screen the councillor is on chosen.
    public init(almanac: Almanac, at stop: WalkthroughStop) {
        rows = [.welcome] + almanac.outcomes.indices.map { .outcome($0) } + [.ending]
        chosen = rows.firstIndex(of: Self.row(of: stop)) ?? 0
    }

    public static func row(of stop: WalkthroughStop) -> Row {
        switch stop {
        case .welcome: return .welcome
        case .outcome(let i, _, _): return .outcome(i)
        case .ending: return .ending
        }
    }

    var outcomeCount: Int { rows.count - 2 }

    public mutating func handle(_ key: Key) -> Answer {
        message = nil
        if case .character(let c) = key, let d = c.wholeNumberValue { return type(d) }
        if key == .backspace, !typed.isEmpty {
            typed.removeLast()
            if let n = Int(typed) { chosen = n }
            return .stay
        }
        let action = WalkthroughKeys.contentsCommand(for: key)
        if action != .go { typed = "" }
        switch action {
        case .up?: chosen = max(0, chosen - 1)
        case .down?: chosen = min(rows.count - 1, chosen + 1)
        case .first?: chosen = 0
        case .last?: chosen = rows.count - 1
        case .go?: return .go(rows[chosen])
        case .close?: return .close
        case .help?: return .help
        case nil: message = "Choose with ↑ and ↓, or type an outcome's number, then press Enter. Esc goes back."
        }
        return .stay
    }

    /// A click on a row goes there.
    public mutating func click(row: Int) -> Answer {
        guard rows.indices.contains(row) else { return .stay }
        typed = ""
        chosen = row
        return .go(rows[row])
    }

    /// Digits choose the outcome with that number as they are typed; Enter goes.
    private mutating func type(_ d: Int) -> Answer {
        let candidate = typed + String(d)
        guard let n = Int(candidate), n >= 1, n <= outcomeCount else {
            typed = ""
            message = "The outcomes are numbered 1 to \(outcomeCount)."
            return .stay
        }
        typed = candidate
        chosen = n // row 0 is the welcome, so outcome n is row n
        return .stay
    }
}
