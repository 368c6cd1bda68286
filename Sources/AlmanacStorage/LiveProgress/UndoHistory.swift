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
        progressPath + ".undo/" + fileName(user + "@" + host, slash: "_") + ".json"
    }

    /// The second place: `<state>/almanac/undo/<the file's path, / as %>.json`, in the person's
    /// state folder (`$XDG_STATE_HOME` or `~/.local/state`), for when the file's own disk is full.
    public static func fallbackPath(for progressPath: String, stateFolder: String) -> String {
        stateFolder + "/almanac/undo/" + fileName(progressPath, slash: "%") + ".json"
    }

    /// Letters, digits and `-_.@` kept, `/` made `slash`, anything else `_`. ASCII (nearly every
    /// path) byte by byte: Character's Unicode properties cost the guide's start 70,000
    /// instructions for one path.
    static func fileName(_ text: String, slash: Character) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            let bytes = text.utf8.map { b -> UInt8 in
                switch b {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                     UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "@"): return b
                case UInt8(ascii: "/"): return slash.asciiValue ?? UInt8(ascii: "_")
                default: return UInt8(ascii: "_")
                }
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        return String(text.map { c -> Character in
            c == "/" ? slash : c.isLetter || c.isNumber || "-_.@".contains(c) ? c : "_"
        })
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
