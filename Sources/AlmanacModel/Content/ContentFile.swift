import Foundation

/// Why the content file could not be used, naming the file.
public struct ContentError: Error, Equatable, CustomStringConvertible {
    public var path: String
    public var problem: String

    public init(path: String, problem: String) {
        self.path = path
        self.problem = problem
    }

    public var description: String { "cannot use content file \(path): \(problem)" }
}

/// The structured content file (`Resources/almanac.jsonl`), decoded part by part.
///
/// Line 1 is the index, line 2 the front matter, lines 3-14 the outcomes. The guide's
/// first screen needs only the index and one outcome, so nothing else is decoded until asked.
public struct ContentFile: Sendable {
    public static let format = "almanac-content"
    public static let version = 1

    public let path: String
    public let index: ContentIndex
    private let data: Data
    /// Byte ranges of the non-empty lines, each decoded in place when asked for.
    private let lines: [Range<Int>]

    /// Reads the file and decodes its index. `ascii`: every character outside ASCII made
    /// ASCII first (`Transliteration`), for screens on a terminal that shows no other, so
    /// text is wrapped as it will be shown.
    public init(path: String, ascii: Bool = false) throws(ContentError) {
        guard let data = Self.read(path) else {
            throw ContentError(path: path, problem: Self.readProblem(path))
        }
        try self.init(data: ascii ? Transliteration.asciiJSON(data) : data, path: path)
    }

    /// Decodes the index of content already in memory.
    public init(data: Data, path: String = "<memory>") throws(ContentError) {
        self.path = path
        self.data = data
        self.lines = Self.lineRanges(data)
        guard let firstRange = lines.first else {
            throw ContentError(path: path, problem: "the file is empty; regenerate it with Scripts/import-almanac, or pass --content FILE")
        }
        let index: ContentIndex
        do {
            index = try ContentReading.index(data, line: firstRange)
        } catch {
            throw ContentError(path: path, problem: "line 1 is not an almanac content index (\(error.description)); "
                                   + "pass --content FILE naming the almanac's Resources/almanac.jsonl")
        }
        guard index.format == Self.format else {
            throw ContentError(path: path, problem: "it is not almanac content (format \"\(index.format)\"); pass --content FILE naming the almanac's Resources/almanac.jsonl")
        }
        guard index.version == Self.version else {
            throw ContentError(path: path, problem: "content version \(index.version) is not the supported version \(Self.version); regenerate it with Scripts/import-almanac, or use the almanac that made it")
        }
        guard lines.count == 2 + index.outcomes.count else {
            throw ContentError(path: path, problem: "expected \(2 + index.outcomes.count) lines, found \(lines.count); regenerate it with Scripts/import-almanac")
        }
        self.index = index
    }

    public func frontMatter() throws(ContentError) -> FrontMatter {
        do {
            return try ContentReading.frontMatter(data, line: lines[1])
        } catch {
            throw malformed(line: 1, error.description)
        }
    }

    /// The outcome at a position in the almanac's order (0-based).
    public func outcome(at position: Int) throws(ContentError) -> Outcome {
        precondition(index.outcomes.indices.contains(position), "outcome position out of range")
        let line = 2 + position
        let outcome: Outcome
        do {
            outcome = try ContentReading.outcome(data, line: lines[line])
        } catch {
            throw malformed(line: line, error.description)
        }
        // The screens build their stops and slides, and show titles, from the index alone.
        if let differs = Self.difference(outcome, index.outcomes[position]) {
            throw ContentError(path: path, problem: "line \(line + 1) does not match the index on line 1 (its \(differs) differs); "
                                   + "regenerate the file with Scripts/import-almanac")
        }
        return outcome
    }

    /// What of the index entry the outcome contradicts, if anything.
    static func difference(_ outcome: Outcome, _ entry: ContentIndex.Entry) -> String? {
        if outcome.id != entry.id { return "id" }
        if outcome.number != entry.number { return "number" }
        if outcome.title != entry.title { return "title" }
        if outcome.statement != entry.statement { return "statement" }
        guard let shape = entry.shape else { return nil }
        let actual = ContentIndex.Shape(of: outcome)
        if actual.sections != shape.sections { return "number of guidance sections" }
        if actual.caseStudies != shape.caseStudies { return "number of case studies" }
        if actual.themes != shape.themes { return "number of practice themes" }
        if actual.leaderCheck != shape.leaderCheck { return "leader's check" }
        return nil
    }

    /// Everything: for plain commands, search and export.
    public func almanac() throws(ContentError) -> Almanac {
        var outcomes: [Outcome] = []
        for i in index.outcomes.indices { outcomes.append(try outcome(at: i)) }
        return Almanac(index: index, front: try frontMatter(), outcomes: outcomes)
    }

    private func malformed(line: Int, _ problem: String) -> ContentError {
        ContentError(path: path, problem: "line \(line + 1) is malformed (\(problem)); regenerate it with Scripts/import-almanac")
    }

    /// Non-empty lines, found with memchr: Data's generic `split` walks byte by byte
    /// through slices and cost 3 ms of the guide's start-up on 150 KB.
    static func lineRanges(_ data: Data) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            guard let base = raw.baseAddress else { return }
            var start = 0
            while start < raw.count {
                let rest = raw.count - start
                let end: Int
                if let hit = memchr(base + start, Int32(UInt8(ascii: "\n")), rest) {
                    end = base.distance(to: UnsafeRawPointer(hit))
                } else {
                    end = raw.count
                }
                if end > start { ranges.append(start..<end) }
                start = end + 1
            }
        }
        return ranges
    }

    /// The file's bytes, or nil when it cannot be read (`readProblem` says why).
    /// POSIX calls: Data(contentsOf:) cost a fifth of a millisecond of the guide's start-up.
    /// Opens without blocking, so a FIFO in the file's place cannot hang the program.
    static func read(_ path: String) -> Data? {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        // One byte more than the file, so the read that finds its end needs no bigger buffer
        // (growing it copied the whole content once more at every start).
        var data = Data(count: Int(info.st_size) + 1)
        var filled = 0
        while true {
            if filled == data.count { data.count += 65536 }  // the file grew meanwhile
            let n = data.withUnsafeMutableBytes { buffer in
                Foundation.read(fd, buffer.baseAddress! + filled, buffer.count - filled)
            }
            if n < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if n == 0 { break }
            filled += n
        }
        data.count = filled
        return data
    }

    private static func readProblem(_ path: String) -> String {
        let advice = "; pass --content FILE naming the almanac's Resources/almanac.jsonl"
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else {
            let code = errno
            return FileProblem.explain(code, at: path) + "; "
                + FileProblem.advice(code, at: path, writing: false, elsewhere: "pass --content FILE")
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return FileProblem.explain(errno, at: path) + advice }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return "it is a folder, not a file" + advice
        case S_IFREG: return "it cannot be read (" + ProgressError.explain(EIO) + ")" + advice
        default: return "it is not a regular file (a device, pipe or socket)" + advice
        }
    }
}
