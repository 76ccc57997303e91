/// Named defaults of common libraries, so a change from the named default to a number can be read as a number
/// (`bcrypt.DefaultCost` → `14` is a cost raised from 10 to 14).
enum LibraryDefaults {
    static let values: [String: Double] = [
        "bcrypt.defaultcost": 10,  // golang.org/x/crypto/bcrypt
        "bcrypt.mincost": 4,
        "bcrypt.gensalt()": 12,  // Python bcrypt's default rounds
        "gensalt()": 12,
        "bcrypt.gen_salt()": 12,
        "bcrypt.default_cost": 12,  // Rust bcrypt
    ]

    /// The numeric value of a named default, if the text is one.
    static func value(of text: String) -> Double? {
        var t = text.lowercased().filter { !$0.isWhitespace }
        while let last = t.last, last == ";" || last == "," { t.removeLast() }
        return values[t]
    }
}
