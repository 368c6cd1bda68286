import AlmanacModel

/// Wrapped documents kept for reuse, so going back to an outcome (or to one prepared while the
/// user was idle) costs no wrapping. Documents for the two widths used last are kept: the
/// content pane beside the lists, and the content pane reading at full width.
public struct DocumentCache: Sendable {
    private var documents: [RenderedDocument.Key: RenderedDocument] = [:]
    /// The widths documents are kept for, most recent last.
    private var widths: [Int] = []

    public init() {}

    /// The whole document for `key`, wrapped now unless it is cached. The reading document's
    /// case studies name councils from `front`: load it first.
    mutating func document(_ key: RenderedDocument.Key, outcome: Outcome, front: FrontMatter?) -> RenderedDocument {
        keep(key)
        if let doc = documents[key], doc.complete { return doc }
        let doc = RenderedDocument(key: key, parts: DocumentBuilder.parts(outcome, checklist: key.checklist, front: front))
        store(doc)
        return doc
    }

    /// The reading document wrapped only as far as a screen below the start of `part` (quick,
    /// for a first screen), unless a document that covers it is cached.
    mutating func prefix(_ key: RenderedDocument.Key, outcome: Outcome, front: FrontMatter?, showing part: Part, rows: Int) -> RenderedDocument {
        keep(key)
        if let doc = documents[key], doc.covers(part, rows: rows) { return doc }
        let doc = RenderedDocument(key: key, parts: DocumentBuilder.parts(outcome, checklist: false, front: front),
                                   filling: (part, rows))
        store(doc)
        return doc
    }

    /// Most documents kept: a few outcomes either side at two widths, whatever was visited.
    static let limit = 8

    /// Keeps `doc`, dropping the documents of the outcomes farthest from it beyond the limit.
    private mutating func store(_ doc: RenderedDocument) {
        documents[doc.key] = doc
        while documents.count > Self.limit,
              let far = documents.keys.max(by: { abs($0.outcome - doc.key.outcome) < abs($1.outcome - doc.key.outcome) }) {
            documents[far] = nil
        }
    }

    /// True when the whole document for `key` is ready.
    func isReady(_ key: RenderedDocument.Key) -> Bool { documents[key]?.complete ?? false }

    /// Drops documents for other widths than the last two, and for another glyph set.
    private mutating func keep(_ key: RenderedDocument.Key) {
        if let any = documents.keys.first, any.unicode != key.unicode { documents.removeAll() }
        widths.removeAll { $0 == key.width }
        widths.append(key.width)
        if widths.count > 2 {
            widths.removeFirst(widths.count - 2)
            documents = documents.filter { widths.contains($0.key.width) }
        }
    }
}
