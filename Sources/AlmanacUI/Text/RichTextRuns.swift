import AlmanacModel

extension RichText {
    /// The text as styled runs: resource names underlined, strong text bold.
    func runs(_ base: Style = .normal) -> [Run] {
        spans.map { span in
            switch span {
            case .text(let s): return Run(s, base)
            case .resource(let s):
                var st = base
                st.underline = true
                return Run(s, st)
            case .strong(let s):
                var st = base
                st.bold = true
                return Run(s, st)
            }
        }
    }
}
