import Foundation

/// Decodes content lines from `JSONParser`'s values rather than with `JSONDecoder`.
///
/// On the guide's start-up path (the index and one outcome) JSONDecoder cost about 0.8 ms, most of
/// it first uses of Codable's generic machinery and an error thrown and caught for every styled
/// span. This reads exactly the JSON that the types' Codable conformances write:
/// ContentReadingTests checks both agree on every line of Resources/almanac.jsonl.
struct ContentReading {
    /// What is wrong and where, worded as JSONDecoder's errors are (`missing "key" at a.0.b`).
    struct Problem: Error {
        var description: String
    }

    let value: JSONValue
    /// Member names and array positions from the line's root, for messages.
    let path: [String]

    init(_ value: JSONValue, path: [String] = []) {
        self.value = value
        self.path = path
    }

    static func index(_ data: Data) throws(Problem) -> ContentIndex {
        try parse(data).contentIndex()
    }

    static func outcome(_ data: Data) throws(Problem) -> Outcome {
        try parse(data).outcome()
    }

    static func frontMatter(_ data: Data) throws(Problem) -> FrontMatter {
        try parse(data).frontMatter()
    }

    private static func parse(_ data: Data) throws(Problem) -> ContentReading {
        do {
            return ContentReading(try JSONParser.parse(data))
        } catch {
            throw Problem(description: "\(error.message) at byte \(error.offset + 1)")
        }
    }

    // MARK: - The content types

    func contentIndex() throws(Problem) -> ContentIndex {
        ContentIndex(format: try string("format"), version: try int("version"), title: try string("title"),
                     subtitle: try string("subtitle"), source: try string("source"),
                     outcomes: try array("outcomes") { e throws(Problem) in
                         ContentIndex.Entry(id: try e.string("id"), number: try e.int("number"),
                                            title: try e.string("title"), statement: try e.string("statement"))
                     })
    }

    func outcome() throws(Problem) -> Outcome {
        Outcome(id: try string("id"), number: try int("number"), title: try string("title"),
                statement: try string("statement"), meaning: try member("meaning").section(),
                sections: try array("sections") { s throws(Problem) in try s.section() },
                tools: try optional("tools")?.section(),
                caseStudies: try array("caseStudies") { c throws(Problem) in
                    CaseStudy(organisation: try c.string("organisation"), category: try c.optional("category")?.string(),
                              summary: try c.array("summary") { r throws(Problem) in try r.richText() },
                              councils: try c.array("councils") { n throws(Problem) in try n.string() })
                },
                themes: try array("themes") { t throws(Problem) in
                    Theme(number: try t.int("number"), title: try t.string("title"),
                          steps: try t.array("steps") { s throws(Problem) in
                              Step(id: try s.string("id"), number: try s.int("number"), text: try s.string("text"))
                          })
                },
                leaderCheck: try optional("leaderCheck")?.string())
    }

    /// JSONDecoder took 3.9 million instructions over this line, a fifth of the walkthrough's start.
    func frontMatter() throws(Problem) -> FrontMatter {
        func councils(_ key: String) throws(Problem) -> [Council] {
            try array(key) { c throws(Problem) in
                Council(name: try c.string("name"), type: try c.string("type"), region: try c.string("region"))
            }
        }
        return FrontMatter(acknowledgements: try member("acknowledgements").section(),
                           introduction: try array("introduction") { s throws(Problem) in try s.section() },
                           contributors: try councils("contributors"),
                           experts: try array("experts") { e throws(Problem) in try e.string() },
                           notablePractice: try councils("notablePractice"),
                           colophon: try array("colophon") { c throws(Problem) in try c.string() })
    }

    func section() throws(Problem) -> Section {
        Section(title: try string("title"), blocks: try array("blocks") { b throws(Problem) in try b.block() })
    }

    /// A one-key object naming its kind; the first kind present wins, as in `Block.init(from:)`.
    func block() throws(Problem) -> Block {
        try object()
        if let s = try optional("heading") { return .heading(try s.string()) }
        if let p = try optional("paragraph") { return .paragraph(try p.richText()) }
        if let b = try optional("bullets") { return .bullets(try b.array { r throws(Problem) in try r.richText() }) }
        if let t = try optional("table") { return .table(try t.table()) }
        throw Problem(description: "a block is one of heading, paragraph, bullets, table")
    }

    func table() throws(Problem) -> Table {
        Table(header: try optional("header")?.array { h throws(Problem) in try h.string() },
              rows: try array("rows") { row throws(Problem) in
                  try row.array { cell throws(Problem) in try cell.array { r throws(Problem) in try r.richText() } }
              },
              caption: try optional("caption")?.richText())
    }

    func richText() throws(Problem) -> RichText {
        RichText(try array { s throws(Problem) in try s.span() })
    }

    /// A string, or `{"resource": …}` / `{"strong": …}`, as in `Span.init(from:)`.
    func span() throws(Problem) -> Span {
        if case .string(let s) = value { return .text(s) }
        try object()
        if let r = try optional("resource") { return .resource(try r.string()) }
        if let s = try optional("strong") { return .strong(try s.string()) }
        throw Problem(description: "a span is a string, {\"resource\": …} or {\"strong\": …}")
    }

    // MARK: - JSON values

    /// A required member (absent or null is an error, as for a non-optional Decodable property).
    func member(_ key: String) throws(Problem) -> ContentReading {
        try object()
        guard let v = value[key] else { throw Problem(description: "missing \"\(key)\"" + Self.at(path)) }
        if case .null = v { throw Problem(description: "missing value" + Self.at(path + [key])) }
        return ContentReading(v, path: path + [key])
    }

    /// An optional member: nil when absent or null, as `decodeIfPresent` reads it.
    func optional(_ key: String) throws(Problem) -> ContentReading? {
        try object()
        guard let v = value[key] else { return nil }
        if case .null = v { return nil }
        return ContentReading(v, path: path + [key])
    }

    func string() throws(Problem) -> String {
        guard case .string(let s) = value else { throw mismatch("String") }
        return s
    }

    func int() throws(Problem) -> Int {
        guard case .number(let d) = value, d == d.rounded(), abs(d) < 9.0e15 else { throw mismatch("Int") }
        return Int(d)
    }

    func array<T>(_ element: (ContentReading) throws(Problem) -> T) throws(Problem) -> [T] {
        guard case .array(let items) = value else { throw mismatch("Array") }
        var out: [T] = []
        out.reserveCapacity(items.count)
        for (i, item) in items.enumerated() {
            out.append(try element(ContentReading(item, path: path + [String(i)])))
        }
        return out
    }

    func string(_ key: String) throws(Problem) -> String { try member(key).string() }
    func int(_ key: String) throws(Problem) -> Int { try member(key).int() }
    func array<T>(_ key: String, _ element: (ContentReading) throws(Problem) -> T) throws(Problem) -> [T] {
        try member(key).array(element)
    }

    private func object() throws(Problem) {
        guard case .object = value else { throw mismatch("Dictionary") }
    }

    private func mismatch(_ type: String) -> Problem {
        if case .null = value { return Problem(description: "missing \(type)" + Self.at(path)) }
        return Problem(description: "expected \(type)" + Self.at(path))
    }

    private static func at(_ path: [String]) -> String {
        path.isEmpty ? "" : " at " + path.joined(separator: ".")
    }
}
