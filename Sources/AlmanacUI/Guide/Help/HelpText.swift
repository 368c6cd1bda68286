/// The help's text, made from the key binding table: drawn by `HelpView`, and counted by the
/// update to keep its scroll in range.
enum HelpText {
    static let labelWidth = 12

    /// Groups in the order they first appear, each row `label  help`, wrapped to `width`.
    static func lines(width: Int, unicode: Bool, keys: GuideKeys = .standard) -> [StyledLine] {
        var groups: [String] = []
        for b in keys.bindings where !groups.contains(b.group) { groups.append(b.group) }
        // The table lists narrow scopes first; the help reads better from the everyday keys.
        let order = ["Moving", "Finding", "Checklist", "Editing a step", "Search", "Case studies", "My work", "Other", "Help"]
        groups.sort { (order.firstIndex(of: $0) ?? 99) < (order.firstIndex(of: $1) ?? 99) }
        var out: [StyledLine] = []
        for group in groups {
            if !out.isEmpty { out.append(StyledLine()) }
            out.append(StyledLine(group, Style(.heading, bold: true)))
            for b in keys.bindings where b.group == group {
                let label = Truncate.pad(KeyNames.display(b.label, unicode: unicode), labelWidth)
                out += StyledWrap.lines([Run(b.help)], width: max(1, width), prefix: Run(label + " ", Style(.accent, bold: true)),
                                  indent: labelWidth + 1)
            }
        }
        // The other ways in, for scripts and screen readers.
        out.append(StyledLine())
        out.append(StyledLine("Plain commands", Style(.heading, bold: true)))
        out += StyledWrap.lines([Run("With a screen reader or braille display, almanac read does all this line by line: "
                                     + "numbered menus and typed commands, plain lines that only ever append. "
                                     + "Every part of the almanac and the checklist also works as plain commands that print "
                                     + "lines (almanac show, steps, tick, set, status, export; --json for scripts): "
                                     + "almanac --help lists them, man almanac explains them. "
                                     + "Keys can be changed by action: almanac config set keys.tick x, for example.")], width: max(1, width))
        return out
    }
}
