import Foundation

/// Decodes content lines straight from their bytes into the content types, with no JSON tree
/// in between and not with `JSONDecoder`.
///
/// JSONDecoder cost about 0.8 ms of the guide's start-up; a `JSONValue` tree, then mapping it,
/// then freeing it, cost 6.5 million instructions over the whole content. This pulls each
/// value from `JSONScanner` as the type expects it, and reads exactly the JSON that the types'
/// Codable conformances write: ContentReadingTests checks both agree on every line of
/// Resources/almanac.jsonl.
///
/// Problems are reported as the tree-based reading reported them, whatever order the members
/// come in: a syntax error anywhere in the line wins (it is thrown at once); otherwise the first
/// problem in the order the type reads its members. So a member that fails is noted, its value
/// skipped (still checked), and the problem thrown only when the object's members are taken in
/// order. Where a problem is (`at sections.0.title`) is worked out only when there is one, as it
/// travels up (`Problem.within`).
struct ContentReading {
    /// What is wrong and where, worded as JSONDecoder's errors are (`missing "key" at a.0.b`).
    struct Problem: Error {
        var message: String
        /// Member names and array positions from the line's root to the value at fault.
        var path: [String] = []
        /// False for problems whose message says all (no place is added).
        var located = true
        /// The line is not JSON: nothing else about it matters.
        var syntax = false

        init(_ message: String, located: Bool = true) {
            self.message = message
            self.located = located
        }

        init(syntax error: JSONSyntaxError) {
            self.init("\(error.message) at byte \(error.offset + 1)", located: false)
            syntax = true
        }

        var description: String {
            located && !path.isEmpty ? message + " at " + path.joined(separator: ".") : message
        }

        /// The same problem, found inside the member or element `component`.
        func within(_ component: String) -> Problem {
            var outer = self
            if located { outer.path.insert(component, at: 0) }
            return outer
        }
    }

    /// A member as read so far: the last occurrence counts, as in a tree (`JSONValue[key]`).
    enum Member<T> {
        case absent, null, value(T), failed(Problem)

        /// Absent or null is an error, as for a non-optional Decodable property.
        func required(_ key: String) throws(Problem) -> T {
            switch self {
            case .value(let v): return v
            case .absent: throw Problem("missing \"\(key)\"")
            case .null: throw Problem("missing value").within(key)
            case .failed(let problem): throw problem.within(key)
            }
        }

        /// Nil when absent or null, as `decodeIfPresent` reads it.
        func optional(_ key: String) throws(Problem) -> T? {
            switch self {
            case .value(let v): return v
            case .absent, .null: return nil
            case .failed(let problem): throw problem.within(key)
            }
        }
    }

    private var s: JSONScanner

    private init(_ bytes: UnsafeBufferPointer<UInt8>) {
        s = JSONScanner(bytes: bytes)
    }

    /// `line`: the bytes of `data` to read (offsets from its first byte); all of it when nil.
    static func index(_ data: Data, line: Range<Int>? = nil) throws(Problem) -> ContentIndex {
        try decode(data, line: line) { r throws(Problem) in try r.contentIndex() }
    }

    static func outcome(_ data: Data, line: Range<Int>? = nil) throws(Problem) -> Outcome {
        try decode(data, line: line) { r throws(Problem) in try r.outcome() }
    }

    static func frontMatter(_ data: Data, line: Range<Int>? = nil) throws(Problem) -> FrontMatter {
        try decode(data, line: line) { r throws(Problem) in try r.frontMatter() }
    }

    /// One line, read by `body`, which must take the whole value. Reads in place: copying the
    /// line out (`subdata`) cost a tenth of reading it.
    static func decode<T>(_ data: Data, line: Range<Int>? = nil,
                          _ body: (inout ContentReading) throws(Problem) -> T) throws(Problem) -> T {
        let result = data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> Result<T, Problem> in
            let all = raw.bindMemory(to: UInt8.self)
            var r = ContentReading(line.map { UnsafeBufferPointer(rebasing: all[$0]) } ?? all)
            r.s.skipByteOrderMark()
            let start = r.mark
            do throws(Problem) {
                let value: T
                do throws(Problem) {
                    value = try body(&r)
                } catch {
                    if error.syntax { throw error }
                    try r.skip(from: start)
                    try lexical { () throws(JSONSyntaxError) in try r.s.end() }
                    throw error
                }
                try lexical { () throws(JSONSyntaxError) in try r.s.end() }
                return .success(value)
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    // MARK: - The content types

    mutating func contentIndex() throws(Problem) -> ContentIndex {
        var format = Member<String>.absent, version = Member<Int>.absent, title = Member<String>.absent
        var subtitle = Member<String>.absent, source = Member<String>.absent
        var outcomes = Member<[ContentIndex.Entry]>.absent
        try members { name, r throws(Problem) in
            switch name {
            case "format": try r.read(&format) { r throws(Problem) in try r.string() }
            case "version": try r.read(&version) { r throws(Problem) in try r.int() }
            case "title": try r.read(&title) { r throws(Problem) in try r.string() }
            case "subtitle": try r.read(&subtitle) { r throws(Problem) in try r.string() }
            case "source": try r.read(&source) { r throws(Problem) in try r.string() }
            case "outcomes": try r.read(&outcomes) { r throws(Problem) in try r.array { e throws(Problem) in try e.entry() } }
            default: try r.skip()
            }
        }
        return ContentIndex(format: try format.required("format"), version: try version.required("version"),
                            title: try title.required("title"), subtitle: try subtitle.required("subtitle"),
                            source: try source.required("source"), outcomes: try outcomes.required("outcomes"))
    }

    mutating func entry() throws(Problem) -> ContentIndex.Entry {
        var id = Member<String>.absent, number = Member<Int>.absent
        var title = Member<String>.absent, statement = Member<String>.absent
        var shape = Member<ContentIndex.Shape>.absent
        try members { name, r throws(Problem) in
            switch name {
            case "id": try r.read(&id) { r throws(Problem) in try r.string() }
            case "number": try r.read(&number) { r throws(Problem) in try r.int() }
            case "title": try r.read(&title) { r throws(Problem) in try r.string() }
            case "statement": try r.read(&statement) { r throws(Problem) in try r.string() }
            case "shape": try r.read(&shape) { r throws(Problem) in try r.shape() }
            default: try r.skip()
            }
        }
        return ContentIndex.Entry(id: try id.required("id"), number: try number.required("number"),
                                  title: try title.required("title"), statement: try statement.required("statement"),
                                  shape: try shape.optional("shape"))
    }

    mutating func shape() throws(Problem) -> ContentIndex.Shape {
        var sections = Member<Int>.absent, caseStudies = Member<Int>.absent
        var themes = Member<Int>.absent, leaderCheck = Member<Bool>.absent
        try members { name, r throws(Problem) in
            switch name {
            case "sections": try r.read(&sections) { r throws(Problem) in try r.int() }
            case "caseStudies": try r.read(&caseStudies) { r throws(Problem) in try r.int() }
            case "themes": try r.read(&themes) { r throws(Problem) in try r.int() }
            case "leaderCheck": try r.read(&leaderCheck) { r throws(Problem) in try r.bool() }
            default: try r.skip()
            }
        }
        return ContentIndex.Shape(sections: try sections.required("sections"), caseStudies: try caseStudies.required("caseStudies"),
                                  themes: try themes.required("themes"), leaderCheck: try leaderCheck.required("leaderCheck"))
    }

    mutating func outcome() throws(Problem) -> Outcome {
        var id = Member<String>.absent, number = Member<Int>.absent, title = Member<String>.absent
        var statement = Member<String>.absent, meaning = Member<Section>.absent, sections = Member<[Section]>.absent
        var tools = Member<Section>.absent, caseStudies = Member<[CaseStudy]>.absent
        var themes = Member<[Theme]>.absent, leaderCheck = Member<String>.absent
        try members { name, r throws(Problem) in
            switch name {
            case "id": try r.read(&id) { r throws(Problem) in try r.string() }
            case "number": try r.read(&number) { r throws(Problem) in try r.int() }
            case "title": try r.read(&title) { r throws(Problem) in try r.string() }
            case "statement": try r.read(&statement) { r throws(Problem) in try r.string() }
            case "meaning": try r.read(&meaning) { r throws(Problem) in try r.section() }
            case "sections": try r.read(&sections) { r throws(Problem) in try r.array { s throws(Problem) in try s.section() } }
            case "tools": try r.read(&tools) { r throws(Problem) in try r.section() }
            case "caseStudies": try r.read(&caseStudies) { r throws(Problem) in try r.array { c throws(Problem) in try c.caseStudy() } }
            case "themes": try r.read(&themes) { r throws(Problem) in try r.array { t throws(Problem) in try t.theme() } }
            case "leaderCheck": try r.read(&leaderCheck) { r throws(Problem) in try r.string() }
            default: try r.skip()
            }
        }
        return Outcome(id: try id.required("id"), number: try number.required("number"), title: try title.required("title"),
                       statement: try statement.required("statement"), meaning: try meaning.required("meaning"),
                       sections: try sections.required("sections"), tools: try tools.optional("tools"),
                       caseStudies: try caseStudies.required("caseStudies"), themes: try themes.required("themes"),
                       leaderCheck: try leaderCheck.optional("leaderCheck"))
    }

    mutating func caseStudy() throws(Problem) -> CaseStudy {
        var organisation = Member<String>.absent, category = Member<String>.absent
        var summary = Member<[RichText]>.absent, councils = Member<[String]>.absent
        try members { name, r throws(Problem) in
            switch name {
            case "organisation": try r.read(&organisation) { r throws(Problem) in try r.string() }
            case "category": try r.read(&category) { r throws(Problem) in try r.string() }
            case "summary": try r.read(&summary) { r throws(Problem) in try r.array { t throws(Problem) in try t.richText() } }
            case "councils": try r.read(&councils) { r throws(Problem) in try r.array { n throws(Problem) in try n.string() } }
            default: try r.skip()
            }
        }
        return CaseStudy(organisation: try organisation.required("organisation"), category: try category.optional("category"),
                         summary: try summary.required("summary"), councils: try councils.required("councils"))
    }

    mutating func theme() throws(Problem) -> Theme {
        var number = Member<Int>.absent, title = Member<String>.absent, steps = Member<[Step]>.absent
        try members { name, r throws(Problem) in
            switch name {
            case "number": try r.read(&number) { r throws(Problem) in try r.int() }
            case "title": try r.read(&title) { r throws(Problem) in try r.string() }
            case "steps": try r.read(&steps) { r throws(Problem) in try r.array { s throws(Problem) in try s.step() } }
            default: try r.skip()
            }
        }
        return Theme(number: try number.required("number"), title: try title.required("title"), steps: try steps.required("steps"))
    }

    mutating func step() throws(Problem) -> Step {
        var id = Member<String>.absent, number = Member<Int>.absent, text = Member<String>.absent
        try members { name, r throws(Problem) in
            switch name {
            case "id": try r.read(&id) { r throws(Problem) in try r.string() }
            case "number": try r.read(&number) { r throws(Problem) in try r.int() }
            case "text": try r.read(&text) { r throws(Problem) in try r.string() }
            default: try r.skip()
            }
        }
        return Step(id: try id.required("id"), number: try number.required("number"), text: try text.required("text"))
    }

    /// JSONDecoder took 3.9 million instructions over this line, a fifth of the walkthrough's start.
    mutating func frontMatter() throws(Problem) -> FrontMatter {
        var acknowledgements = Member<Section>.absent, introduction = Member<[Section]>.absent
        var contributors = Member<[Council]>.absent, experts = Member<[String]>.absent
        var notablePractice = Member<[Council]>.absent, colophon = Member<[String]>.absent
        try members { name, r throws(Problem) in
            switch name {
            case "acknowledgements": try r.read(&acknowledgements) { r throws(Problem) in try r.section() }
            case "introduction": try r.read(&introduction) { r throws(Problem) in try r.array { s throws(Problem) in try s.section() } }
            case "contributors": try r.read(&contributors) { r throws(Problem) in try r.array { c throws(Problem) in try c.council() } }
            case "experts": try r.read(&experts) { r throws(Problem) in try r.array { e throws(Problem) in try e.string() } }
            case "notablePractice": try r.read(&notablePractice) { r throws(Problem) in try r.array { c throws(Problem) in try c.council() } }
            case "colophon": try r.read(&colophon) { r throws(Problem) in try r.array { c throws(Problem) in try c.string() } }
            default: try r.skip()
            }
        }
        return FrontMatter(acknowledgements: try acknowledgements.required("acknowledgements"),
                           introduction: try introduction.required("introduction"),
                           contributors: try contributors.required("contributors"), experts: try experts.required("experts"),
                           notablePractice: try notablePractice.required("notablePractice"),
                           colophon: try colophon.required("colophon"))
    }

    mutating func council() throws(Problem) -> Council {
        var name = Member<String>.absent, type = Member<String>.absent, region = Member<String>.absent
        try members { key, r throws(Problem) in
            switch key {
            case "name": try r.read(&name) { r throws(Problem) in try r.string() }
            case "type": try r.read(&type) { r throws(Problem) in try r.string() }
            case "region": try r.read(&region) { r throws(Problem) in try r.string() }
            default: try r.skip()
            }
        }
        return Council(name: try name.required("name"), type: try type.required("type"), region: try region.required("region"))
    }

    mutating func section() throws(Problem) -> Section {
        var title = Member<String>.absent, blocks = Member<[Block]>.absent
        try members { name, r throws(Problem) in
            switch name {
            case "title": try r.read(&title) { r throws(Problem) in try r.string() }
            case "blocks": try r.read(&blocks) { r throws(Problem) in try r.array { b throws(Problem) in try b.block() } }
            default: try r.skip()
            }
        }
        return Section(title: try title.required("title"), blocks: try blocks.required("blocks"))
    }

    /// A one-key object naming its kind; the first kind present wins, as in `Block.init(from:)`.
    mutating func block() throws(Problem) -> Block {
        var heading = Member<String>.absent, paragraph = Member<RichText>.absent
        var bullets = Member<[RichText]>.absent, table = Member<Table>.absent
        try members { name, r throws(Problem) in
            switch name {
            case "heading": try r.read(&heading) { r throws(Problem) in try r.string() }
            case "paragraph": try r.read(&paragraph) { r throws(Problem) in try r.richText() }
            case "bullets": try r.read(&bullets) { r throws(Problem) in try r.array { t throws(Problem) in try t.richText() } }
            case "table": try r.read(&table) { r throws(Problem) in try r.table() }
            default: try r.skip()
            }
        }
        if let s = try heading.optional("heading") { return .heading(s) }
        if let p = try paragraph.optional("paragraph") { return .paragraph(p) }
        if let b = try bullets.optional("bullets") { return .bullets(b) }
        if let t = try table.optional("table") { return .table(t) }
        throw Problem("a block is one of heading, paragraph, bullets, table", located: false)
    }

    mutating func table() throws(Problem) -> Table {
        var header = Member<[String]>.absent, rows = Member<[[Cell]]>.absent, caption = Member<RichText>.absent
        try members { name, r throws(Problem) in
            switch name {
            case "header": try r.read(&header) { r throws(Problem) in try r.array { n throws(Problem) in try n.string() } }
            case "rows":
                try r.read(&rows) { r throws(Problem) in
                    try r.array { row throws(Problem) in
                        try row.array { cell throws(Problem) in try cell.array { t throws(Problem) in try t.richText() } }
                    }
                }
            case "caption": try r.read(&caption) { r throws(Problem) in try r.richText() }
            default: try r.skip()
            }
        }
        return Table(header: try header.optional("header"), rows: try rows.required("rows"), caption: try caption.optional("caption"))
    }

    mutating func richText() throws(Problem) -> RichText {
        RichText(try array { s throws(Problem) in try s.span() })
    }

    /// A string, or `{"resource": …}` / `{"strong": …}`, as in `Span.init(from:)`.
    mutating func span() throws(Problem) -> Span {
        if s.peekByte() == UInt8(ascii: "\"") { return .text(try string()) }
        var resource = Member<String>.absent, strong = Member<String>.absent
        try members { name, r throws(Problem) in
            switch name {
            case "resource": try r.read(&resource) { r throws(Problem) in try r.string() }
            case "strong": try r.read(&strong) { r throws(Problem) in try r.string() }
            default: try r.skip()
            }
        }
        if let r = try resource.optional("resource") { return .resource(r) }
        if let s = try strong.optional("strong") { return .strong(s) }
        throw Problem("a span is a string, {\"resource\": …} or {\"strong\": …}", located: false)
    }

    // MARK: - JSON values

    /// Where a value starts, to skip it from there when reading it found a problem.
    private struct Mark {
        var offset: Int
        var depth: Int
    }

    private var mark: Mark { Mark(offset: s.i, depth: s.depth) }

    /// The syntax error of a scanner's step, as a problem.
    private static func lexical<T>(_ step: () throws(JSONSyntaxError) -> T) throws(Problem) -> T {
        do {
            return try step()
        } catch {
            throw Problem(syntax: error)
        }
    }

    /// An object's members, each offered to `member` by name, which reads or skips its value.
    private mutating func members(_ member: (JSONText, inout ContentReading) throws(Problem) -> Void) throws(Problem) {
        guard s.peekByte() == UInt8(ascii: "{") else { throw mismatch("Dictionary") }
        guard try Self.lexical({ () throws(JSONSyntaxError) in try s.openObject() }) else { return }
        repeat {
            let name = try Self.lexical { () throws(JSONSyntaxError) in try s.memberName().name }
            try member(name, &self)
        } while try Self.lexical { () throws(JSONSyntaxError) in try s.nextMember() }
    }

    /// A member's value into `member`: a problem in it is kept there, not thrown, and the rest
    /// of the value skipped, so that the object's members are still checked in their order.
    private mutating func read<T>(_ member: inout Member<T>, _ value: (inout ContentReading) throws(Problem) -> T) throws(Problem) {
        if s.peekByte() == UInt8(ascii: "n") {
            try Self.lexical { () throws(JSONSyntaxError) in try s.literal("null") }
            member = .null
            return
        }
        let start = mark
        do throws(Problem) {
            member = .value(try value(&self))
        } catch {
            if error.syntax { throw error }
            try skip(from: start)
            member = .failed(error)
        }
    }

    /// Skips a value not read (an unknown member).
    private mutating func skip() throws(Problem) {
        try Self.lexical { () throws(JSONSyntaxError) in try s.skipValue() }
    }

    /// Back to `start` and over the whole value, to check the rest of it.
    private mutating func skip(from start: Mark) throws(Problem) {
        s.i = start.offset
        s.depth = start.depth
        try skip()
    }

    private mutating func string() throws(Problem) -> String {
        guard s.peekByte() == UInt8(ascii: "\"") else { throw mismatch("String") }
        return try Self.lexical { () throws(JSONSyntaxError) in try s.string() }
    }

    private mutating func bool() throws(Problem) -> Bool {
        let value: Bool
        switch s.peekByte() {
        case UInt8(ascii: "t"): value = true
        case UInt8(ascii: "f"): value = false
        default: throw mismatch("Bool")
        }
        try Self.lexical { () throws(JSONSyntaxError) in try s.literal(value ? "true" : "false") }
        return value
    }

    private mutating func int() throws(Problem) -> Int {
        guard let c = s.peekByte(), c == UInt8(ascii: "-") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(c) else {
            throw mismatch("Int")
        }
        let d = try Self.lexical { () throws(JSONSyntaxError) in try s.number() }
        guard d == d.rounded(), abs(d) < 9.0e15 else { throw Problem("expected Int") }
        return Int(d)
    }

    private mutating func array<T>(_ element: (inout ContentReading) throws(Problem) -> T) throws(Problem) -> [T] {
        guard s.peekByte() == UInt8(ascii: "[") else { throw mismatch("Array") }
        var out: [T] = []
        // Most arrays here are short (a paragraph's spans): growing from 1 to 2 to 4 cost more than the rest of reading them.
        out.reserveCapacity(4)
        guard try Self.lexical({ () throws(JSONSyntaxError) in try s.openArray() }) else { return out }
        repeat {
            do {
                out.append(try element(&self))
            } catch {
                throw error.within(String(out.count))
            }
        } while try Self.lexical { () throws(JSONSyntaxError) in try s.nextElement() }
        return out
    }

    /// Not the type wanted: "missing" for null, as JSONDecoder says (the value is skipped, and
    /// so checked, by whoever catches this).
    private mutating func mismatch(_ type: String) -> Problem {
        s.peekByte() == UInt8(ascii: "n") ? Problem("missing \(type)") : Problem("expected \(type)")
    }
}
