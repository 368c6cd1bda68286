/// WCAG 2 contrast on xterm's standard palette: the measure every theme is held to.
///
/// The palette is xterm's: its 16 colours, the 6x6x6 cube and 24 greys. The dark profile is
/// white text on black, the light one black on white (as `../shared/tools/xshot` draws them).
public enum ColourContrast {
    public typealias RGB = (red: Double, green: Double, blue: Double)

    private static let sixteen: [(Int, Int, Int)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]

    /// Colour `index` (0-255) of xterm's palette, channels 0-1.
    public static func rgb(_ index: Int) -> RGB {
        let c: (Int, Int, Int)
        switch index {
        case 0..<16: c = sixteen[index]
        case 16..<232:
            let levels = [0, 95, 135, 175, 215, 255], i = index - 16
            c = (levels[i / 36], levels[i / 6 % 6], levels[i % 6])
        default:
            let v = 8 + 10 * (index - 232)
            c = (v, v, v)
        }
        let red = Double(c.0) / 255, green = Double(c.1) / 255, blue = Double(c.2) / 255
        return (red, green, blue)
    }

    /// The terminal's own text and background colours for a profile.
    public static func terminalDefaults(_ background: TerminalBackground) -> (text: RGB, background: RGB) {
        let white: RGB = (1, 1, 1), black: RGB = (0, 0, 0)
        return background == .dark ? (white, black) : (black, white)
    }

    public static func luminance(red: Double, green: Double, blue: Double) -> Double {
        func linear(_ c: Double) -> Double { c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4) }
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
    }

    public static func ratio(_ a: RGB, _ b: RGB) -> Double {
        let la = luminance(red: a.red, green: a.green, blue: a.blue), lb = luminance(red: b.red, green: b.green, blue: b.blue)
        return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
    }

    /// The text and background colours a terminal may show for `look` (with a style's extra
    /// bold): xterm draws bold text in colours 0-7 in their bright twins 8-15 and other
    /// terminals do not, so bold gives both; faint text is taken as halfway to the background.
    public static func shownPairs(_ look: TerminalTheme.Look, bold extraBold: Bool, on background: TerminalBackground) -> [(text: RGB, background: RGB)] {
        let defaults = terminalDefaults(background)
        let back = look.background < 0 ? defaults.background : rgb(Int(look.background))
        var texts = [look.foreground < 0 ? defaults.text : rgb(Int(look.foreground))]
        let bold = look.bold || (extraBold && look.takesBold)
        if bold, (0..<8).contains(look.foreground) { texts.append(rgb(Int(look.foreground) + 8)) }
        if look.dim { texts = texts.map { halfway($0, back) } }
        return texts.map { (text: $0, background: back) }
    }
}

private func halfway(_ a: ColourContrast.RGB, _ b: ColourContrast.RGB) -> ColourContrast.RGB {
    let red = (a.red + b.red) / 2, green = (a.green + b.green) / 2, blue = (a.blue + b.blue) / 2
    return (red, green, blue)
}

#if canImport(Glibc)
import Glibc
#else
import Foundation
#endif
