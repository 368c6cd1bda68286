import AlmanacModel

/// What the projected and the presenter's views are given: built here from the state, so
/// that no view reads `PresentApp` and each view's input says all it draws.
extension PresentApp {
    func projectorInput(width: Int, height: Int) -> PresentView.Input {
        let body: PresentView.Input.Body
        if blanked {
            body = .blank
        } else {
            switch overlay {
            case .help?: body = .help
            case .overview?:
                let g = SlideGeometry(width: width, height: height)
                let page = SlideLayout.overview(almanac: almanac, progress: progress, geometry: g, ascii: ascii)[0]
                body = .page(page, chosen: nil, footer: footerInput(left: "Overview", pageNote: nil))
            case nil:
                let pages = pages(of: slideIndex)
                let n = min(page, pages.count - 1)
                let chosen = tickMode && !themeSteps.isEmpty ? themeSteps[min(chosenStep, themeSteps.count - 1)].id : nil
                let name = slide.outcome.map { almanac.index.outcomes[$0].title }
                    ?? (slide.kind == .opening ? "Welcome" : slide.kind == .closing ? "Decisions" : "Overview")
                body = .page(pages[n], chosen: chosen,
                             footer: footerInput(left: "\(slideIndex + 1)/\(deck.count)  \(name)",
                                                 pageNote: pages.count > 1 ? "continued \(n + 1)/\(pages.count)" : nil))
            }
        }
        return PresentView.Input(ascii: ascii, body: body)
    }

    func footerInput(left: String, pageNote: String?) -> PresentView.Input.Footer {
        let corner: PresentView.Input.Footer.Corner
        switch footerClock {
        case .off: corner = .off
        case .clock: corner = .time(SlideClock.clock(now, utcOffset: environment.utcOffset(now)))
        case .elapsed: corner = .time(SlideClock.elapsed(from: startedAt, to: now))
        case .remaining: corner = timerLeft.map { .remaining($0) } ?? .off
        }
        let prompt: PresentView.Input.Footer.Prompt?
        if let gotoDigits {
            prompt = .goto(gotoDigits)
        } else if let message {
            prompt = .message(message)
        } else {
            prompt = tickMode ? .tickMode(steps: themeSteps.count) : nil
        }
        return PresentView.Input.Footer(left: left, pageNote: pageNote, prompt: prompt, corner: corner)
    }

    func presenterInput(width: Int, height: Int) -> PresenterView.Input {
        guard PresenterView.fits(width: width, height: height) else { return PresenterView.Input(ascii: ascii, body: .tooSmall) }
        if overlay == .help { return PresenterView.Input(ascii: ascii, body: .help) }
        let projected = pages(of: slideIndex)
        let n = min(page, projected.count - 1)
        let title = SlideContent.title(slide, almanac)
        let nextTitle: String
        if n + 1 < projected.count {
            nextTitle = title + " (continued)"
        } else if slideIndex + 1 < deck.count {
            nextTitle = SlideContent.title(deck.slides[slideIndex + 1], almanac)
        } else {
            nextTitle = "(end of the slides)"
        }
        let box = PresenterView.box(width: width, height: height)
        let slide = self.slide
        let thumbnail = PresenterView.thumbnail(page: projected[n], width: box.width - 4, height: box.height - 2) {
            pages(of: slide, geometry: $0)[0]
        }
        let id = slide.id(in: almanac)
        let notes = notesEditor == nil
            ? PresenterView.notesParagraphs(own: facilitatorNotes.notes(for: id), problem: notesProblem,
                                            almanac: SlideContent.notes(slide, almanac))
            : []
        let main = PresenterView.Input.Main(
            slideNumber: slideIndex + 1, slideCount: deck.count, title: title, page: n, pageCount: projected.count,
            elapsed: SlideClock.elapsed(from: startedAt, to: now), clock: SlideClock.clock(now, utcOffset: environment.utcOffset(now)),
            timerLeft: timerLeft, thumbnail: thumbnail, blanked: blanked, tickMode: tickMode, overviewShown: overlay == .overview,
            nextTitle: nextTitle, editor: notesEditor?.field, notes: notes, notesPage: notesPage, slideID: id,
            gotoDigits: gotoDigits, message: message)
        return PresenterView.Input(ascii: ascii, body: .main(main))
    }
}
