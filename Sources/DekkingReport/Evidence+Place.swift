import DekkingMatching

extension Evidence {
    /// Where the passage stands, for a reader: its code and the nearest heading, the code left out
    /// when the heading starts with it ("Competentie 1 – Contact en vertrouwen" already names
    /// "Competentie 1").
    var codeAndHeading: [String] {
        let heading = headingPath.last
        let shownCode = code.flatMap { code in heading?.hasPrefix(code) == true ? nil : code }
        return [shownCode, heading].compactMap { $0 }
    }
}
