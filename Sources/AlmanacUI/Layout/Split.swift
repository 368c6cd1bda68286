/// How much of a split one part takes.
public enum Constraint: Hashable, Sendable {
    /// Exactly this many cells, or what is left if less.
    case length(Int)
    /// A share of the cells the fixed lengths leave, by weight.
    case fill(Int)
}

public enum Direction: Hashable, Sendable {
    case horizontal, vertical
}

extension Rect {
    /// Splits the rectangle along `direction`: lengths first (in order, while space lasts),
    /// then the rest shared among fills by weight, the remainder going to the last fill.
    /// The parts tile the rectangle exactly when there is at least one fill.
    public func split(_ direction: Direction, _ constraints: [Constraint]) -> [Rect] {
        let total = direction == .horizontal ? width : height
        var sizes = Array(repeating: 0, count: constraints.count)
        var left = total
        for (i, c) in constraints.enumerated() {
            if case .length(let n) = c {
                sizes[i] = min(max(0, n), left)
                left -= sizes[i]
            }
        }
        let weights = constraints.map { c -> Int in if case .fill(let w) = c { return max(0, w) } else { return 0 } }
        let weightSum = weights.reduce(0, +)
        if weightSum > 0 {
            var given = 0
            var lastFill = -1
            for (i, w) in weights.enumerated() where w > 0 {
                sizes[i] = left * w / weightSum
                given += sizes[i]
                lastFill = i
            }
            sizes[lastFill] += left - given
        }
        var out: [Rect] = []
        var offset = 0
        for size in sizes {
            switch direction {
            case .horizontal: out.append(Rect(x: x + offset, y: y, width: size, height: height))
            case .vertical: out.append(Rect(x: x, y: y + offset, width: width, height: size))
            }
            offset += size
        }
        return out
    }
}
