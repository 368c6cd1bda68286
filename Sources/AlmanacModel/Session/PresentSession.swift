import Foundation

/// What two `almanac present` terminals share: the projected one and the presenter view.
///
/// Each writes it when it moves; each reads it on its timer and adopts the other's moves.
/// `serial` orders writes; the writer's id lets a terminal ignore its own.
public struct PresentSession: Hashable, Codable, Sendable {
    public static let schemaVersion = 1

    public var version: Int
    /// The outcome id the deck is limited to (`almanac present data`), or nil for all.
    public var scope: String?
    /// The current slide's id, e.g. `data/case-2`.
    public var slide: String
    /// Which continuation page of the slide (0-based), at the projector's size.
    public var page: Int
    public var blanked: Bool
    /// The overview of all outcomes is shown over the slide.
    public var overview: Bool
    public var tickMode: Bool
    public var startedAt: Date
    /// The projected terminal's size, so the presenter view pages slides the same way.
    public var width: Int?
    public var height: Int?
    /// Written by earlier almanacs to make the other terminal reload progress; each terminal now
    /// watches the progress file itself. Kept so files in either direction still read.
    public var progressChanged: Date?
    /// Each step's status when the presentation began (steps not started are left out), so
    /// the closing slide and `--summary` can list the room's decisions, before and after.
    /// Nil in files from earlier almanacs.
    public var before: [String: String]?
    /// When the facilitator's countdown runs out, while one runs; either terminal starts it.
    public var timerEnds: Date?
    /// Increases with every write.
    public var serial: Int
    /// Who wrote it: an id unique to each running terminal.
    public var writer: String

    public init(scope: String? = nil, slide: String, page: Int = 0, blanked: Bool = false,
                overview: Bool = false, tickMode: Bool = false, startedAt: Date, width: Int? = nil, height: Int? = nil,
                progressChanged: Date? = nil, serial: Int = 0, writer: String) {
        self.version = Self.schemaVersion
        self.scope = scope
        self.slide = slide
        self.page = page
        self.blanked = blanked
        self.overview = overview
        self.tickMode = tickMode
        self.startedAt = startedAt
        self.width = width
        self.height = height
        self.progressChanged = progressChanged
        self.serial = serial
        self.writer = writer
    }

    /// The session to switch to after reading `incoming` from the file, or nil to carry on.
    ///
    /// Another terminal's write is adopted when it is at least as recent as ours. Equal serials
    /// mean both wrote at once and the file kept the other's: adopting it makes both agree.
    public func adopting(_ incoming: PresentSession?, me: String) -> PresentSession? {
        guard let incoming, incoming.version == Self.schemaVersion, incoming.writer != me,
              incoming.serial >= serial, incoming != self else { return nil }
        return incoming
    }

    /// This session after one of our own moves: the next serial, signed by us.
    public func written(by me: String) -> PresentSession {
        var s = self
        s.serial = serial < Self.maxSerial ? serial + 1 : 0
        s.writer = me
        return s
    }

    /// JSON with ISO 8601 dates and sorted keys, as stored in the file.
    public func encoded() throws -> Data {
        let e = JSONEncoder()
        e.dateEncodingStrategy = .iso8601
        e.outputFormatting = [.sortedKeys]
        return try e.encode(self)
    }

    /// Refuses numbers no terminal writes (a hand-edited or hostile file): arithmetic on them
    /// could overflow and stop the program.
    public static func decode(_ data: Data) throws -> PresentSession {
        let d = JSONDecoder()
        d.dateDecodingStrategy = .iso8601
        let s = try d.decode(PresentSession.self, from: data)
        guard (0..<maxSerial).contains(s.serial), (0..<100_000).contains(s.page),
              s.width.map({ (0..<100_000).contains($0) }) ?? true, s.height.map({ (0..<100_000).contains($0) }) ?? true,
              s.slide.utf8.count < 1000, s.writer.utf8.count < 1000,
              (s.before?.count ?? 0) < 10_000, s.before?.allSatisfy({ $0.key.utf8.count < 200 && StepStatus(rawValue: $0.value) != nil }) ?? true else {
            throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "a number or name out of range"))
        }
        return s
    }

    /// Far more writes than any presentation makes, and far from overflow.
    public static let maxSerial = 1 << 50
}
