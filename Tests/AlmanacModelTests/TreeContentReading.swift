import Foundation
@testable import AlmanacModel

/// `ContentReading` as it was before it read the bytes straight into the content types: over
/// `JSONParser`'s tree. Kept as the reference for what every broken line must be told
/// (`ContentReadingProblemTests` compares the two on thousands of broken lines).
struct TreeContentReading {
    /// The same problems as the new reading's, so the two compare by what they say.
    typealias Problem = ContentReading.Problem

    let value: JSONValue

    init(_ value: JSONValue) {
        self.value = value
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

    private static func parse(_ data: Data) throws(Problem) -> TreeContentReading {
        do {
            return TreeContentReading(try JSONParser.parse(data))
        } catch {
            throw Problem("\(error.message) at byte \(error.offset + 1)", located: false)
        }
    }

    // MARK: - The content types

    func contentIndex() throws(Problem) -> ContentIndex {
        ContentIndex(format: try string("format"), version: try int("version"), title: try string("title"),
                     subtitle: try string("subtitle"), source: try string("source"),
                     outcomes: try array("outcomes") { e throws(Problem) in
                         ContentIndex.Entry(id: try e.string("id"), number: try e.int("number"),
                                            title: try e.string("title"), statement: try e.string("statement"),
                                            shape: try e.optional("shape") { s throws(Problem) in
                                                ContentIndex.Shape(sections: try s.int("sections"), caseStudies: try s.int("caseStudies"),
                                                                   themes: try s.int("themes"),
                                                                   leaderCheck: try s.member("leaderCheck") { b throws(Problem) in try b.bool() })
                                            })
                     })
    }

    func outcome() throws(Problem) -> Outcome {
        Outcome(id: try string("id"), number: try int("number"), title: try string("title"),
                statement: try string("statement"), meaning: try member("meaning") { m throws(Problem) in try m.section() },
                sections: try array("sections") { s throws(Problem) in try s.section() },
                tools: try optional("tools") { t throws(Problem) in try t.section() },
                caseStudies: try array("caseStudies") { c throws(Problem) in
                    CaseStudy(organisation: try c.string("organisation"),
                              category: try c.optional("category") { k throws(Problem) in try k.string() },
                              summary: try c.array("summary") { r throws(Problem) in try r.richText() },
                              councils: try c.array("councils") { n throws(Problem) in try n.string() })
                },
                themes: try array("themes") { t throws(Problem) in
                    Theme(number: try t.int("number"), title: try t.string("title"),
                          steps: try t.array("steps") { s throws(Problem) in
                              Step(id: try s.string("id"), number: try s.int("number"), text: try s.string("text"))
                          })
                },
                leaderCheck: try optional("leaderCheck") { l throws(Problem) in try l.string() })
    }

    /// JSONDecoder took 3.9 million instructions over this line, a fifth of the walkthrough's start.
    func frontMatter() throws(Problem) -> FrontMatter {
        func councils(_ key: String) throws(Problem) -> [Council] {
            try array(key) { c throws(Problem) in
                Council(name: try c.string("name"), type: try c.string("type"), region: try c.string("region"))
            }
        }
        return FrontMatter(acknowledgements: try member("acknowledgements") { a throws(Problem) in try a.section() },
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
        if let s = try optional("heading", { h throws(Problem) in try h.string() }) { return .heading(s) }
        if let p = try optional("paragraph", { p throws(Problem) in try p.richText() }) { return .paragraph(p) }
        if let b = try optional("bullets", { b throws(Problem) in try b.array { r throws(Problem) in try r.richText() } }) {
            return .bullets(b)
        }
        if let t = try optional("table", { t throws(Problem) in try t.table() }) { return .table(t) }
        throw Problem("a block is one of heading, paragraph, bullets, table", located: false)
    }

    func table() throws(Problem) -> Table {
        Table(header: try optional("header") { h throws(Problem) in try h.array { n throws(Problem) in try n.string() } },
              rows: try array("rows") { row throws(Problem) in
                  try row.array { cell throws(Problem) in try cell.array { r throws(Problem) in try r.richText() } }
              },
              caption: try optional("caption") { c throws(Problem) in try c.richText() })
    }

    func richText() throws(Problem) -> RichText {
        RichText(try array { s throws(Problem) in try s.span() })
    }

    /// A string, or `{"resource": …}` / `{"strong": …}`, as in `Span.init(from:)`.
    func span() throws(Problem) -> Span {
        if case .string(let s) = value { return .text(s) }
        try object()
        if let r = try optional("resource", { r throws(Problem) in try r.string() }) { return .resource(r) }
        if let s = try optional("strong", { s throws(Problem) in try s.string() }) { return .strong(s) }
        throw Problem("a span is a string, {\"resource\": …} or {\"strong\": …}", located: false)
    }

    // MARK: - JSON values

    /// A required member, read by `read` (absent or null is an error, as for a non-optional
    /// Decodable property).
    func member<T>(_ key: String, _ read: (TreeContentReading) throws(Problem) -> T) throws(Problem) -> T {
        try object()
        guard let v = value[key] else { throw Problem("missing \"\(key)\"") }
        if case .null = v { throw Problem("missing value").within(key) }
        do {
            return try read(TreeContentReading(v))
        } catch {
            throw error.within(key)
        }
    }

    /// An optional member, read by `read`: nil when absent or null, as `decodeIfPresent` reads it.
    func optional<T>(_ key: String, _ read: (TreeContentReading) throws(Problem) -> T) throws(Problem) -> T? {
        try object()
        guard let v = value[key] else { return nil }
        if case .null = v { return nil }
        do {
            return try read(TreeContentReading(v))
        } catch {
            throw error.within(key)
        }
    }

    func string() throws(Problem) -> String {
        guard case .string(let s) = value else { throw mismatch("String") }
        return s
    }

    func bool() throws(Problem) -> Bool {
        guard case .bool(let b) = value else { throw mismatch("Bool") }
        return b
    }

    func int() throws(Problem) -> Int {
        guard case .number(let d) = value, d == d.rounded(), abs(d) < 9.0e15 else { throw mismatch("Int") }
        return Int(d)
    }

    func array<T>(_ element: (TreeContentReading) throws(Problem) -> T) throws(Problem) -> [T] {
        guard case .array(let items) = value else { throw mismatch("Array") }
        var out: [T] = []
        out.reserveCapacity(items.count)
        for (i, item) in items.enumerated() {
            do {
                out.append(try element(TreeContentReading(item)))
            } catch {
                throw error.within(String(i))
            }
        }
        return out
    }

    func string(_ key: String) throws(Problem) -> String { try member(key) { v throws(Problem) in try v.string() } }
    func int(_ key: String) throws(Problem) -> Int { try member(key) { v throws(Problem) in try v.int() } }
    func array<T>(_ key: String, _ element: (TreeContentReading) throws(Problem) -> T) throws(Problem) -> [T] {
        try member(key) { v throws(Problem) in try v.array(element) }
    }

    private func object() throws(Problem) {
        guard case .object = value else { throw mismatch("Dictionary") }
    }

    private func mismatch(_ type: String) -> Problem {
        if case .null = value { return Problem("missing \(type)") }
        return Problem("expected \(type)")
    }
}
