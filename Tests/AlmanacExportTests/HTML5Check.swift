import Foundation

/// What html5lib's strict HTML5 parser makes of a page: its first error, or the parts the
/// accessibility requirements are about.
struct HTML5Check: Decodable {
    struct Table: Decodable {
        var caption: String?
        /// The `scope` of each header cell; "" for none.
        var scopes: [String]
    }

    var error: String?
    var lang: String?
    var title: String?
    /// `h1 Title`, `h2 …` in document order.
    var headings: [String]
    var tables: [Table]
    /// Text of each `td.note` cell, as a reader sees it.
    var notes: [String]
    /// Text of each row header (`th scope=row`).
    var rowHeaders: [String]
    /// Text of each status badge (`span.status`).
    var statuses: [String]
    var landmarks: [String]
    var scripts: Int
    /// `src` and `href` values that leave the page.
    var external: [String]
    var styles: [String]
    /// Cells with a `headers` attribute, and the ids they name that are not header cells.
    var cellsWithHeaders: Int
    var danglingHeaders: [String]
    /// Each inline SVG: its role, the text of what `aria-labelledby` names, the widths of its
    /// bars and track, and the items of the figure's text list.
    var charts: [Chart]

    struct Chart: Decodable {
        var role: String?
        var label: String?
        var bars: [Double]
        var tracks: [Double]
        var data: [String]
        var fetches: Int
    }

    static func of(_ html: String) throws -> HTML5Check {
        try PythonTool.json(HTML5Check.self, program, input: Data(html.utf8))
    }

    static let program = #"""
import json, sys
import html5lib
data = sys.stdin.buffer.read()
parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
try:
    root = parser.parse(data)
except Exception as e:
    where = parser.errors[-1] if parser.errors else ""
    print(json.dumps({"error": "%s %s" % (e, where), "headings": [], "tables": [], "notes": [],
                      "rowHeaders": [], "statuses": [], "landmarks": [], "scripts": 0, "external": [], "styles": [],
                      "cellsWithHeaders": 0, "danglingHeaders": [], "charts": []}))
    sys.exit(0)
text = lambda el: "".join(el.itertext())
out = {"lang": root.get("lang"), "headings": [], "tables": [], "notes": [], "rowHeaders": [], "statuses": [],
       "landmarks": [], "scripts": 0, "external": [], "styles": []}
title = root.find("head/title")
out["title"] = text(title) if title is not None else None
for el in root.iter():
    tag = el.tag
    if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
        out["headings"].append(tag + " " + text(el))
    elif tag == "table":
        cap = el.find("caption")
        out["tables"].append({"caption": text(cap) if cap is not None else None,
                              "scopes": [th.get("scope") or "" for th in el.iter("th")]})
    elif tag == "td" and "note" in (el.get("class") or "").split():
        out["notes"].append(text(el))
    elif tag == "th" and el.get("scope") == "row":
        out["rowHeaders"].append(text(el))
    elif tag == "span" and "status" in (el.get("class") or "").split():
        out["statuses"].append(text(el))
    elif tag in ("header", "main", "footer", "nav", "aside"):
        out["landmarks"].append(tag)
    elif tag == "script":
        out["scripts"] += 1
    elif tag == "style":
        out["styles"].append(text(el))
    for attr in ("src", "href"):
        v = el.get(attr)
        if v is not None and not v.startswith("#"):
            out["external"].append(v)
header_ids = {th.get("id") for th in root.iter("th") if th.get("id")}
with_headers = [el for el in root.iter() if el.tag in ("td", "th") and el.get("headers")]
out["cellsWithHeaders"] = len(with_headers)
out["danglingHeaders"] = [h for el in with_headers for h in el.get("headers").split() if h not in header_ids]
svg = lambda tag: "{http://www.w3.org/2000/svg}" + tag
ids = {el.get("id"): el for el in root.iter() if el.get("id")}
out["charts"] = []
for fig in root.iter("figure"):
    for chart in fig.iter(svg("svg")):
        rects = lambda cls: [float(r.get("width")) for r in chart.iter(svg("rect")) if r.get("class") == cls]
        label = " ".join(text(ids[i]) for i in (chart.get("aria-labelledby") or "").split() if i in ids)
        data = [text(li) for ul in fig.iter("ul") for li in ul.iter("li")]
        fetches = sum(1 for el in chart.iter() for a in el.keys() if a.endswith("href") or a == "src")
        out["charts"].append({"role": chart.get("role"), "label": label, "bars": rects("bar"),
                              "tracks": rects("track"), "data": data, "fetches": fetches})
print(json.dumps(out))
"""#
}
