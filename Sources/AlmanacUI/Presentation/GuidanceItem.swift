import AlmanacModel

/// A chapter's guidance as a list of headings, each with the blocks it introduces.
///
/// The almanac's sections hold sub-headings; a section without any (or the text before its
/// first) counts as one item under the section's own title.
public struct GuidanceItem: Hashable, Sendable {
    public var section: String
    public var heading: String
    public var blocks: [Block]

    public static func items(of outcome: Outcome) -> [GuidanceItem] {
        var out: [GuidanceItem] = []
        for section in outcome.sections {
            var current = GuidanceItem(section: section.title, heading: section.title, blocks: [])
            for block in section.blocks {
                if case .heading(let h) = block {
                    if !current.blocks.isEmpty || current.heading != section.title { out.append(current) }
                    current = GuidanceItem(section: section.title, heading: h, blocks: [])
                } else {
                    current.blocks.append(block)
                }
            }
            out.append(current)
        }
        return out
    }

    /// The first sentence of the first paragraph (or bullet), as a summary.
    public var firstSentence: String? {
        for block in blocks {
            switch block {
            case .paragraph(let t): return BlockText.firstSentence(t.plain)
            case .bullets(let b) where !b.isEmpty: return BlockText.firstSentence(b[0].plain)
            default: continue
            }
        }
        return nil
    }
}
