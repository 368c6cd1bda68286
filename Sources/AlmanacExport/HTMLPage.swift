import AlmanacModel
import Foundation
import Plot

/// What the HTML report and the action plan share: the page around them and the one safe way
/// to put text in it.
///
/// Plot escapes `<` and `>` in text but leaves `&…;` entities alone and never escapes
/// attribute values, so people's text goes only into text nodes, through `text(_:)`.
/// A protocol, so the pages call these unqualified.
protocol HTMLPage {}

extension HTMLPage {
    /// A whole self-contained page: no scripts, nothing fetched, the stylesheet inline.
    static func document(title: String, css: String, header: Node<HTML.BodyContext>,
                         main: Node<HTML.BodyContext>, footer: String) -> String {
        HTML(
            .attribute(named: "lang", value: "en-GB"),
            .head(
                .meta(.charset(.utf8)),
                .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                .element(named: "title", nodes: [text(title)]),
                .style(css)
            ),
            .body(
                .header(header),
                .main(main),
                .footer(.p(text(footer)))
            )
        ).render()
    }

    /// A text node that shows `s` exactly: `&` is escaped here because Plot would pass an
    /// entity such as `&lt;` through and the page would show `<` instead of what was typed.
    static func text<Context>(_ s: String) -> Node<Context> {
        .text(s.replacingOccurrences(of: "&", with: "&amp;"))
    }

    /// An id for attributes, which Plot writes unescaped: content ids are slugs already, but
    /// anything other than letters, digits, `.`, `_` and `-` is dropped to be sure.
    static func token(_ s: String) -> String {
        String(s.unicodeScalars.filter { $0.isASCII && (CharacterSet.alphanumerics.contains($0) || "._-".unicodeScalars.contains($0)) })
    }

    /// Evidence as a list: `http(s)`/`mailto` URLs as links, everything else as text. The URL
    /// goes into `href`, which Plot writes unescaped: `Evidence.link` admits no quotes, angle
    /// brackets, spaces or controls, and `&` is escaped here, so it cannot leave the attribute.
    static func evidence(_ items: [ReportEvidence]) -> Node<HTML.BodyContext> {
        .if(!items.isEmpty, .ul(.class("evidence"), .forEach(items) { e in
            .li(.unwrap(e.link, { link in
                .group(.a(.href(link.replacingOccurrences(of: "&", with: "&amp;")), text(e.label ?? e.text)),
                       .if(e.label != nil, .span(.class("evidence-url"), text(" " + e.text))))
            }, else: text(e.line)))
        }))
    }

    /// The status in words, with a shape before it so the column scans at a glance in print too.
    static func status<Context>(_ status: StepStatus) -> Node<Context> {
        .element(named: "span", nodes: [
            .attribute(named: "class", value: "status status-\(status.rawValue)"),
            .element(named: "span", nodes: [.attribute(named: "aria-hidden", value: "true"), text(symbol(status) + " ")]),
            text(StatusLabel.text(status)),
        ])
    }

    private static func symbol(_ status: StepStatus) -> String {
        switch status {
        case .done: return "✓"
        case .inProgress: return "◐"
        case .notStarted: return "○"
        case .notApplicable: return "–"
        }
    }
}
