/// Whether the terminal draws dark text on light or light on dark: each theme has colours for both.
public enum TerminalBackground: String, CaseIterable, Sendable {
    case dark, light

    /// The background chosen by the person (`--background`, else `ALMANAC_BACKGROUND`), or nil
    /// for "ask the terminal". `auto` (or nothing) asks.
    public static func chosen(option: String?, environment: [String: String]) -> TerminalBackground?? {
        let value = option ?? environment["ALMANAC_BACKGROUND"].flatMap { $0.isEmpty ? nil : $0 }
        guard let value, value.lowercased() != "auto" else { return .some(nil) }
        guard let chosen = TerminalBackground(rawValue: value.lowercased()) else { return nil }
        return .some(chosen)
    }

    /// The first guess before the terminal answers: `COLORFGBG` ("15;0" is light text on colour
    /// 0, a dark background), which rxvt, Konsole and others set; else dark.
    public static func guess(environment: [String: String]) -> TerminalBackground {
        guard let value = environment["COLORFGBG"], let last = value.split(separator: ";").last,
              let colour = Int(last) else { return .dark }
        // Colours 7 (white) and 9-15 are light; 8 is dark grey.
        return colour == 7 || (9...15).contains(colour) ? .light : .dark
    }

    /// The terminal's answer to OSC 11 (`ESC ] 11 ; rgb:RRRR/GGGG/BBBB` then BEL or ESC \),
    /// given without its ESC ] and terminator; nil when it is not one.
    public static func fromReply(_ reply: String) -> TerminalBackground? {
        guard reply.hasPrefix("11;") else { return nil }
        let colour = reply.dropFirst(3)
        var channels: [Double] = []
        if colour.hasPrefix("rgb:") || colour.hasPrefix("rgba:") {
            let parts = colour.split(separator: ":", maxSplits: 1).last?.split(separator: "/") ?? []
            for part in parts.prefix(3) {
                guard (1...4).contains(part.count), let value = Int(part, radix: 16) else { return nil }
                channels.append(Double(value) / Double((1 << (4 * part.count)) - 1))
            }
        } else if colour.hasPrefix("#"), colour.count == 7, let value = Int(colour.dropFirst(), radix: 16) {
            channels = [Double(value >> 16 & 255) / 255, Double(value >> 8 & 255) / 255, Double(value & 255) / 255]
        }
        guard channels.count == 3 else { return nil }
        let luminance = ColourContrast.luminance(red: channels[0], green: channels[1], blue: channels[2])
        // The grey where black and white text have equal contrast.
        return luminance > 0.179 ? .light : .dark
    }

    /// What almanac sends to ask the terminal for its background colour.
    public static let query = "\u{1B}]11;?\u{1B}\\"
}
