import Foundation

/// The facilitator's own notes for a presentation: a plain Markdown file with one heading per
/// slide id (`## data/title`) and that slide's notes under it. Anything else in the file (a
/// preamble, other headings' text) is kept as written when one slide's notes change.
public struct FacilitatorNotes: Hashable, Sendable {
    /// The file's text as read.
    public private(set) var text: String
    /// Each slide id's notes, trimmed of blank lines around them.
    public private(set) var bySlide: [String: String] = [:]

    public init(_ text: String = "") {
        self.text = text
        for section in Self.sections(text) {
            let body = section.body.trimmingBlankLines
            // A slide named twice (a section added by hand) shows both, in file order.
            if !body.isEmpty { bySlide[section.id] = bySlide[section.id].map { $0 + "\n\n" + body } ?? body }
        }
    }

    /// This slide's notes, or nil.
    public func notes(for slide: String) -> String? { bySlide[slide] }

    /// The file's text with `slide`'s notes replaced by `notes` (a new section at the end when
    /// it has none; an empty `notes` leaves the heading with nothing under it).
    public func setting(_ slide: String, to notes: String) -> String {
        var lines = text.isEmpty ? [] : text.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        let body = notes.trimmingBlankLines.components(separatedBy: "\n")
        if let section = Self.sections(text).first(where: { $0.id == slide }) {
            lines.replaceSubrange(section.bodyLines, with: [""] + (notes.trimmingBlankLines.isEmpty ? [] : body + [""]))
        } else {
            if lines.isEmpty { lines = ["# Facilitator's notes", "", "One heading per slide id; almanac present --presenter shows each under its slide.", ""] }
            else if lines.last?.isEmpty == false { lines.append("") }
            lines += ["## " + slide, ""] + body
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A heading whose text is a slide id: `#`s, a space, then the id alone.
    static func slideID(_ line: String) -> String? {
        guard line.hasPrefix("#") else { return nil }
        let id = line.drop { $0 == "#" }.trimmingCharacters(in: .whitespaces)
        let valid = !id.isEmpty && id.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "-/_.".contains($0)) }
        return valid && (id.contains("/") || ["opening", "overview", "closing"].contains(id)) ? id : nil
    }

    struct Section {
        var id: String
        var body: String
        /// The lines after the heading, up to the next heading (indices into the file's lines).
        var bodyLines: Range<Int>
    }

    static func sections(_ text: String) -> [Section] {
        var lines = text.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        var out: [Section] = []
        var i = 0
        while i < lines.count {
            guard let id = slideID(lines[i]) else { i += 1; continue }
            var end = i + 1
            while end < lines.count, !lines[end].hasPrefix("#") { end += 1 }
            out.append(Section(id: id, body: lines[(i + 1)..<end].joined(separator: "\n"), bodyLines: (i + 1)..<end))
            i = end
        }
        return out
    }
}

extension String {
    /// Without the blank lines at either end (lines inside are kept).
    var trimmingBlankLines: String {
        var lines = components(separatedBy: "\n")
        while let first = lines.first, first.trimmingCharacters(in: .whitespaces).isEmpty { lines.removeFirst() }
        while let last = lines.last, last.trimmingCharacters(in: .whitespaces).isEmpty { lines.removeLast() }
        return lines.joined(separator: "\n")
    }
}
