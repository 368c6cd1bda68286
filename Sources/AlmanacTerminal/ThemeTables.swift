import AlmanacUI

/// Every theme's looks, for dark and light terminals, with 256 colours and with 8.
///
/// Each pair is chosen to pass `ColourContrast` (4.5:1 for text, 3:1 for borders) on xterm's
/// palette, bold or not; `TerminalThemeContrastTests` measures every one. The selection is a
/// bar in its own colours, so it shows on either background. With 256 colours only colours
/// 16-255 are used, which no terminal brightens when bold.
enum ThemeTables {
    typealias Look = TerminalTheme.Look
    private static let t: TerminalTheme.Colour = -1   // the terminal's own colour

    static func table(_ theme: TerminalTheme, _ background: TerminalBackground, _ depth: TerminalTheme.Depth) -> (Role) -> Look {
        switch (theme, background, depth) {
        case (.default, .dark, .extended): return defaultDark
        case (.default, .light, .extended): return defaultLight
        case (.default, .dark, .basic): return defaultDarkBasic
        case (.default, .light, .basic): return defaultLightBasic
        case (.highContrast, .dark, .extended): return highContrastDark
        case (.highContrast, .light, .extended): return highContrastLight
        case (.highContrast, .dark, .basic): return highContrastDarkBasic
        case (.highContrast, .light, .basic): return highContrastLightBasic
        case (.mono, let background, _): return { mono($0, background) }
        }
    }

    private static func defaultDark(_ role: Role) -> Look {
        switch role {
        case .normal: return Look(foreground: t, background: t)
        case .title: return Look(foreground: 44, background: t, bold: true)
        case .heading: return Look(foreground: 75, background: t, bold: true)
        case .dim: return Look(foreground: 245, background: t)
        case .selected: return Look(foreground: 231, background: 25, bold: true)
        case .accent: return Look(foreground: 213, background: t)
        case .done: return Look(foreground: 77, background: t)
        case .warning: return Look(foreground: 220, background: t, bold: true)
        case .error: return Look(foreground: 231, background: 124, bold: true)
        case .border: return Look(foreground: 67, background: t)
        case .status: return Look(foreground: 237, background: 252)
        }
    }

    private static func defaultLight(_ role: Role) -> Look {
        switch role {
        case .normal: return Look(foreground: t, background: t)
        case .title: return Look(foreground: 24, background: t, bold: true)
        case .heading: return Look(foreground: 25, background: t, bold: true)
        case .dim: return Look(foreground: 242, background: t)
        case .selected: return Look(foreground: 231, background: 25, bold: true)
        case .accent: return Look(foreground: 127, background: t)
        case .done: return Look(foreground: 28, background: t)
        case .warning: return Look(foreground: 94, background: t, bold: true)
        case .error: return Look(foreground: 231, background: 124, bold: true)
        case .border: return Look(foreground: 67, background: t)
        case .status: return Look(foreground: 237, background: 252)
        }
    }

    // With 8 colours on black, blue, red and magenta text are too dark: cyan, yellow and green carry it.
    private static func defaultDarkBasic(_ role: Role) -> Look {
        switch role {
        case .normal, .dim: return Look(foreground: t, background: t)
        case .title: return Look(foreground: 6, background: t, bold: true)
        case .heading: return Look(foreground: t, background: t, bold: true, underline: true)
        case .selected: return Look(foreground: 0, background: 6, takesBold: false)
        case .accent: return Look(foreground: 3, background: t)
        case .done: return Look(foreground: 2, background: t)
        case .warning: return Look(foreground: 3, background: t, bold: true)
        case .error: return Look(foreground: 7, background: 1, bold: true)
        case .border: return Look(foreground: 6, background: t)
        case .status: return Look(foreground: 7, background: 4)
        }
    }

    // With 8 colours on white, only blue (bold or not), red and magenta (not bold) read.
    private static func defaultLightBasic(_ role: Role) -> Look {
        switch role {
        case .normal, .dim, .done: return Look(foreground: t, background: t)
        case .title: return Look(foreground: 4, background: t, bold: true)
        case .heading: return Look(foreground: t, background: t, bold: true, underline: true)
        case .selected: return Look(foreground: 7, background: 4, bold: true)
        case .accent: return Look(foreground: 4, background: t)
        case .warning: return Look(foreground: 7, background: 1, bold: true)
        case .error: return Look(foreground: 7, background: 1, bold: true, underline: true)
        case .border: return Look(foreground: 5, background: t)
        case .status: return Look(foreground: 7, background: 4)
        }
    }

    /// White on black, bright colours, no dim text: paints its own background.
    private static func highContrastDark(_ role: Role) -> Look {
        switch role {
        case .normal: return Look(foreground: 231, background: 16, bold: true)
        case .dim: return Look(foreground: 252, background: 16)
        case .title, .heading: return Look(foreground: 226, background: 16, bold: true, underline: role == .heading)
        case .selected: return Look(foreground: 16, background: 226, bold: true)
        case .accent: return Look(foreground: 51, background: 16, bold: true)
        case .done: return Look(foreground: 46, background: 16, bold: true)
        case .warning: return Look(foreground: 226, background: 16, bold: true)
        case .error: return Look(foreground: 231, background: 124, bold: true)
        case .border: return Look(foreground: 231, background: 16)
        case .status: return Look(foreground: 16, background: 231, bold: true)
        }
    }

    /// Black on white, deep colours: for light terminals and washed-out projectors.
    private static func highContrastLight(_ role: Role) -> Look {
        switch role {
        case .normal: return Look(foreground: 16, background: 231, bold: true)
        case .dim: return Look(foreground: 236, background: 231)
        case .title, .heading: return Look(foreground: 18, background: 231, bold: true, underline: role == .heading)
        case .selected: return Look(foreground: 231, background: 16, bold: true)
        case .accent: return Look(foreground: 90, background: 231, bold: true)
        case .done: return Look(foreground: 22, background: 231, bold: true)
        case .warning: return Look(foreground: 88, background: 231, bold: true)
        case .error: return Look(foreground: 231, background: 124, bold: true)
        case .border: return Look(foreground: 16, background: 231)
        case .status: return Look(foreground: 231, background: 16, bold: true)
        }
    }

    private static func highContrastDarkBasic(_ role: Role) -> Look {
        switch role {
        case .normal: return Look(foreground: 7, background: 0, bold: true)
        case .dim: return Look(foreground: 7, background: 0)
        case .title, .heading: return Look(foreground: 3, background: 0, bold: true, underline: role == .heading)
        case .selected: return Look(foreground: 0, background: 3, takesBold: false)
        case .accent: return Look(foreground: 6, background: 0, bold: true)
        case .done: return Look(foreground: 2, background: 0, bold: true)
        case .warning: return Look(foreground: 3, background: 0, bold: true)
        case .error: return Look(foreground: 7, background: 1, bold: true)
        case .border: return Look(foreground: 7, background: 0)
        case .status: return Look(foreground: 0, background: 7, takesBold: false)
        }
    }

    // The terminal's own black on white: bold black in colour 0 would turn grey.
    private static func highContrastLightBasic(_ role: Role) -> Look {
        switch role {
        case .normal: return Look(foreground: t, background: t, bold: true)
        case .dim, .done, .border: return Look(foreground: t, background: t)
        case .title, .heading: return Look(foreground: 4, background: t, bold: true, underline: role == .heading)
        case .selected, .status: return Look(foreground: 7, background: 0, bold: true)
        case .accent: return Look(foreground: 5, background: t, takesBold: false)
        case .warning: return Look(foreground: 7, background: 1, bold: true)
        case .error: return Look(foreground: 7, background: 1, bold: true, underline: true)
        }
    }

    /// Attributes only. Faint text is kept for dark terminals, where it still reads (5:1).
    private static func mono(_ role: Role, _ background: TerminalBackground) -> Look {
        switch role {
        case .normal, .border, .done: return Look(foreground: t, background: t)
        case .title: return Look(foreground: t, background: t, bold: true)
        case .heading: return Look(foreground: t, background: t, bold: true, underline: true)
        case .dim: return Look(foreground: t, background: t, dim: background == .dark)
        case .selected, .status: return Look(foreground: t, background: t, reverse: true)
        case .accent, .warning: return Look(foreground: t, background: t, bold: true)
        case .error: return Look(foreground: t, background: t, bold: true, reverse: true)
        }
    }
}
