import Foundation
import Plot

/// A horizontal bar chart as inline SVG (no scripts, nothing fetched), with the same numbers
/// as a list beside it, so screen readers and print have them as text.
///
/// Plot has no SVG elements, so the SVG is written here: only numbers go into its attributes,
/// and its text (the bars' labels) is escaped for XML.
public enum ProgressChart: HTMLPage {
    public struct Bar: Hashable, Sendable {
        /// Beside the bar: a short label, such as an outcome's number.
        public var label: String
        /// What the list says for this bar: `2. Data: 3 of 9 done`.
        public var words: String
        public var value: Int
        public var total: Int

        public init(label: String, words: String, value: Int, total: Int) {
            (self.label, self.words, self.value, self.total) = (label, words, value, total)
        }

        /// From 0 to 1; an empty total draws no bar.
        public var fraction: Double { total > 0 ? min(max(Double(value) / Double(total), 0), 1) : 0 }
    }

    /// One bar per outcome: steps done of those applicable.
    public static func bars(_ outcomes: [OutcomeReport]) -> [Bar] {
        outcomes.map { o in
            Bar(label: "\(o.number)", words: "\(o.number). \(o.title): \(o.tally.done) of \(o.tally.applicable) done",
                value: o.tally.done, total: o.tally.applicable)
        }
    }

    /// In SVG user units: the bars are `barLength` long at full, `pitch` apart.
    static let barLength = 360.0
    static let pitch = 14
    static let labelWidth = 28

    /// `id` must be a token (letters, digits, `-`); `title` names the chart for screen readers.
    static func html<Context>(id: String, title: String, bars: [Bar]) -> Node<Context> {
        .element(named: "figure", nodes: [
            .attribute(named: "class", value: "chart"),
            .element(named: "figcaption", nodes: [text(title)]),
            .raw(svg(id: id, title: title, bars: bars)),
            .element(named: "ul", nodes: [.attribute(named: "class", value: "chart-data")]
                     + bars.map { .element(named: "li", nodes: [text($0.words)]) }),
        ])
    }

    static func svg(id: String, title: String, bars: [Bar]) -> String {
        let height = pitch * max(bars.count, 1)
        let width = Double(labelWidth) + barLength + 2
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"\(id)-title\" "
            + "viewBox=\"0 0 \(number(width)) \(height)\" class=\"chart-bars\">"
        out += "<title id=\"\(id)-title\">\(escape(title))</title>"
        for (i, bar) in bars.enumerated() {
            let y = i * pitch
            out += "<text x=\"0\" y=\"\(y + 10)\">\(escape(bar.label))</text>"
            out += "<rect class=\"track\" x=\"\(labelWidth)\" y=\"\(y + 1)\" width=\"\(number(barLength))\" height=\"11\"/>"
            out += "<rect class=\"bar\" x=\"\(labelWidth)\" y=\"\(y + 1)\" width=\"\(number(barLength * bar.fraction))\" height=\"11\"/>"
        }
        return out + "</svg>"
    }

    /// At most one decimal, no trailing `.0`: `180`, `120.5`.
    private static func number(_ x: Double) -> String {
        let tenths = (x * 10).rounded()
        return tenths.truncatingRemainder(dividingBy: 10) == 0 ? "\(Int(tenths / 10))" : String(format: "%.1f", tenths / 10)
    }

    /// Text for SVG (XML) content: `&`, `<` and `>` as entities.
    private static func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }
}
