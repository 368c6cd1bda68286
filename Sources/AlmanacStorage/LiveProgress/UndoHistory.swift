import AlmanacModel
import Foundation

/// One person's own changes to one progress file, for undo and redo across restarts, and the
/// changes that could not be saved when they last left (offered again at the next start).
///
/// Kept beside the progress file as `<file>.undo/<user>@<host>.json`: one file per person, so a
/// team folder carries everyone's but nobody writes anyone else's.
public struct UndoHistory: Hashable, Sendable {
    /// One change as it can be taken back: the fields before and after, and when it (or its
    /// last undo or redo) was made. Undo reverts a field only while it still has that time.
    public struct Entry: Hashable, Sendable {
        public var step: String
        public var before: [FieldValue]
        public var after: [FieldValue]
        public var at: Date
    }

    public static let limit = 100
    public var undo: [Entry] = []
    public var redo: [Entry] = []
    public var unsaved: [StepChange] = []

    public init(undo: [Entry] = [], redo: [Entry] = [], unsaved: [StepChange] = []) {
        self.undo = undo
        self.redo = redo
        self.unsaved = unsaved
    }

    /// Where a person's history for `progressPath` lives.
    public static func path(for progressPath: String, user: String, host: String) -> String {
        let who = (user + "@" + host).map { c -> Character in
            c.isLetter || c.isNumber || c == "-" || c == "_" || c == "." || c == "@" ? c : "_"
        }
        return progressPath + ".undo/" + String(who) + ".json"
    }

    /// The second place: `<state>/almanac/undo/<the file's path, / as %>.json`, in the person's
    /// state folder (`$XDG_STATE_HOME` or `~/.local/state`), for when the file's own disk is full.
    public static func fallbackPath(for progressPath: String, stateFolder: String) -> String {
        let name = progressPath.map { c -> Character in c == "/" ? "%" : c.isLetter || c.isNumber || "-_.@".contains(c) ? c : "_" }
        return stateFolder + "/almanac/undo/" + String(name) + ".json"
    }

    mutating func recorded(_ entry: Entry) {
        undo.append(entry)
        if undo.count > Self.limit { undo.removeFirst(undo.count - Self.limit) }
        redo = []
    }
}

// MARK: - The file

extension UndoHistory: Codable {
    /// The history in `path`, or nil when there is none or it cannot be read (undo then starts
    /// afresh; the progress file is what matters). Read as progress files are: never a pipe.
    static func read(from path: String) -> UndoHistory? {
        guard let data = try? FileIO.read(path) else { return nil }
        let decoder = StoredJSON.decoder()
        return try? decoder.decode(UndoHistory.self, from: data)
    }

    /// Compact JSON, times as the progress file writes them.
    func encoded() -> Data? {
        let encoder = ProgressEncoding.encoder()
        encoder.outputFormatting = [.sortedKeys]
        return try? encoder.encode(self)
    }
}
extension UndoHistory.Entry: Codable {}

extension StepChange: Codable {
    enum CodingKeys: String, CodingKey { case step, values, at, seenNote, seenEvidence }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(step: try c.decode(String.self, forKey: .step), try c.decode([FieldValue].self, forKey: .values),
                  at: try c.decode(Date.self, forKey: .at), seenNote: try c.decodeIfPresent(String.self, forKey: .seenNote),
                  seenEvidence: try c.decodeIfPresent([Evidence].self, forKey: .seenEvidence))
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(step, forKey: .step)
        try c.encode(values, forKey: .values)
        try c.encode(at, forKey: .at)
        try c.encodeIfPresent(seenNote, forKey: .seenNote)
        try c.encodeIfPresent(seenEvidence, forKey: .seenEvidence)
    }
}

/// `{"field": "note", "value": "Ask the DPO"}`; a cleared value has no `value`. Evidence is
/// `{"field": "evidence", "evidence": [{"text": …, "label": …}]}`.
extension FieldValue: Codable {
    enum CodingKeys: String, CodingKey { case field, value, evidence }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let field = try c.decode(StepField.self, forKey: .field)
        if field == .evidence {
            self = .evidence(try c.decodeIfPresent([Evidence].self, forKey: .evidence) ?? [])
            return
        }
        let value = try c.decodeIfPresent(String.self, forKey: .value)
        switch field {
        case .status:
            guard let s = value.flatMap(StepStatus.init(rawValue:)) else {
                throw DecodingError.dataCorruptedError(forKey: .value, in: c, debugDescription: "unknown status")
            }
            self = .status(s)
        case .note: self = .note(value)
        case .owner: self = .owner(value)
        case .due: self = .due(value)
        case .reason: self = .reason(value)
        case .evidence: self = .evidence([])
        }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(field, forKey: .field)
        if case .evidence(let items) = self {
            if !items.isEmpty { try c.encode(items, forKey: .evidence) }
        } else if isSet {
            try c.encode(text, forKey: .value)
        }
    }
}
