import Foundation

/// The almanac's outcomes in order: all decoded already, or each decoded from its line the
/// first time it is asked for and then kept (`Almanac(file:)`), so that a screen whose first
/// frame shows none of them does not pay for decoding all twelve before it.
///
/// Reading an element cannot throw. A line that fails to decode gives a placeholder made from
/// its index entry (no sections, case studies or themes) and the problem is kept in `problem`
/// for whoever runs the screen to report at once; `loadAll()` throws it.
public struct AlmanacOutcomes: RandomAccessCollection, Hashable, Sendable {
    private enum Storage: Sendable {
        case decoded([Outcome])
        case lazy(LazyOutcomeStore)
    }

    private let storage: Storage

    public init(_ outcomes: [Outcome]) {
        storage = .decoded(outcomes)
    }

    /// `entries`: the index, one entry per outcome; `load` decodes the outcome at a position.
    public init(entries: [ContentIndex.Entry], load: @escaping @Sendable (Int) throws(ContentError) -> Outcome) {
        storage = .lazy(LazyOutcomeStore(entries: entries, load: load))
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int {
        switch storage {
        case .decoded(let outcomes): outcomes.count
        case .lazy(let store): store.entries.count
        }
    }

    public subscript(position: Int) -> Outcome {
        switch storage {
        case .decoded(let outcomes): outcomes[position]
        case .lazy(let store): store.outcome(at: position)
        }
    }

    /// The first problem met decoding a line so far (its outcome was given as a placeholder).
    public var problem: ContentError? {
        if case .lazy(let store) = storage { return store.problem }
        return nil
    }

    /// The outcome at `position`, decoded now if it was not yet; throws if its line is bad.
    @discardableResult
    public func load(_ position: Int) throws(ContentError) -> Outcome {
        switch storage {
        case .decoded(let outcomes): return outcomes[position]
        case .lazy(let store): return try store.load(position)
        }
    }

    /// Decodes every outcome not yet decoded; throws the first problem (in the almanac's order).
    public func loadAll() throws(ContentError) {
        for i in indices { try load(i) }
    }

    /// How many lines have been decoded so far (every outcome, when not lazy).
    public var decodedCount: Int {
        switch storage {
        case .decoded(let outcomes): outcomes.count
        case .lazy(let store): store.decodedCount
        }
    }

    /// Value equality; two views of one store are equal without decoding anything.
    public static func == (a: AlmanacOutcomes, b: AlmanacOutcomes) -> Bool {
        if case .lazy(let x) = a.storage, case .lazy(let y) = b.storage, x === y { return true }
        return a.elementsEqual(b)
    }

    /// The count and ids, which the index gives without decoding (equal outcomes have equal ids).
    public func hash(into hasher: inout Hasher) {
        hasher.combine(count)
        switch storage {
        case .decoded(let outcomes): for o in outcomes { hasher.combine(o.id) }
        case .lazy(let store): for e in store.entries { hasher.combine(e.id) }
        }
    }
}

/// The decoded outcomes behind a lazy `AlmanacOutcomes`, shared by its copies. Decodes under a
/// lock, so each line is decoded once whichever thread asks first.
final class LazyOutcomeStore: @unchecked Sendable {
    let entries: [ContentIndex.Entry]
    private let decode: @Sendable (Int) throws(ContentError) -> Outcome
    private let lock = NSLock()
    private var slots: [Outcome?]
    private var problems: [Int: ContentError] = [:]

    init(entries: [ContentIndex.Entry], load: @escaping @Sendable (Int) throws(ContentError) -> Outcome) {
        self.entries = entries
        self.decode = load
        self.slots = Array(repeating: nil, count: entries.count)
    }

    func outcome(at position: Int) -> Outcome {
        lock.lock()
        defer { lock.unlock() }
        return fill(position)
    }

    func load(_ position: Int) throws(ContentError) -> Outcome {
        lock.lock()
        defer { lock.unlock() }
        let outcome = fill(position)
        if let problem = problems[position] { throw problem }
        return outcome
    }

    var problem: ContentError? {
        lock.lock()
        defer { lock.unlock() }
        return problems.min { $0.key < $1.key }?.value
    }

    var decodedCount: Int {
        lock.lock()
        defer { lock.unlock() }
        return slots.count { $0 != nil }
    }

    /// With the lock held.
    private func fill(_ position: Int) -> Outcome {
        if let done = slots[position] { return done }
        let outcome: Outcome
        do {
            outcome = try decode(position)
        } catch {
            problems[position] = error
            outcome = Self.placeholder(entries[position])
        }
        slots[position] = outcome
        return outcome
    }

    /// What stands for an outcome whose line could not be read: its index entry and nothing else.
    static func placeholder(_ e: ContentIndex.Entry) -> Outcome {
        Outcome(id: e.id, number: e.number, title: e.title, statement: e.statement, meaning: Section(title: "", blocks: []),
                sections: [], tools: nil, caseStudies: [], themes: [], leaderCheck: nil)
    }
}
