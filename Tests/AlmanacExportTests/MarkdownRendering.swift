import Foundation

/// The Markdown as a reader sees it: rendered by markdown-it-py (CommonMark plus GFM tables),
/// reduced to the tags used and the text of each table row (`<br>` read as a line break).
struct MarkdownRendering: Decodable {
    var tags: [String]
    var rows: [[String]]

    static func of(_ markdown: String) throws -> MarkdownRendering {
        try PythonTool.json(MarkdownRendering.self, program, input: Data(markdown.utf8))
    }

    static let program = #"""
import json, sys
from html.parser import HTMLParser
from markdown_it import MarkdownIt
html = MarkdownIt("commonmark").enable("table").render(sys.stdin.buffer.read().decode("utf-8"))
class Reader(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags, self.rows, self.cell = set(), [], None
    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        if tag == "tr": self.rows.append([])
        elif tag in ("td", "th"): self.cell = ""
        elif tag == "br" and self.cell is not None: self.cell += "\n"
    def handle_endtag(self, tag):
        if tag in ("td", "th"):
            self.rows[-1].append(self.cell.strip(" "))
            self.cell = None
    def handle_data(self, data):
        if self.cell is not None: self.cell += data
r = Reader()
r.feed(html)
print(json.dumps({"tags": sorted(r.tags), "rows": r.rows}))
"""#
}
