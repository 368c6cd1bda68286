import AlmanacModel

/// How the walkthrough and present use an almanac whose outcomes are decoded when first read
/// (`Almanac(file:)`), so that a bad line ends the program as a bad content file always has:
/// terminal restored, `almanac: cannot use content file …`, exit status 2.
enum OutcomesOnDemand {
    /// Before the terminal starts: the outcomes the first screen shows, decoded with errors.
    static func prepare(_ almanac: AlmanacModel.Almanac, shown: [Int]) throws(ContentError) {
        for i in shown { try almanac.outcomes.load(i) }
    }

    /// For the driver's `watch`, which runs only after the first frame: the first call decodes
    /// every other outcome; each call throws a problem met meanwhile (a screen read a bad line
    /// and was given a placeholder), so it is reported at once.
    static func watch(_ almanac: AlmanacModel.Almanac) -> () throws(ContentError) -> Void {
        var loaded = false
        return { () throws(ContentError) in
            if let problem = almanac.outcomes.problem { throw problem }
            guard !loaded else { return }
            loaded = true
            try almanac.outcomes.loadAll()
        }
    }

    /// After the run: a bad line is reported even when the person left before the rest was read.
    static func finish(_ almanac: AlmanacModel.Almanac) throws(ContentError) {
        try almanac.outcomes.loadAll()
    }
}
