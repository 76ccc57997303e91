/// The words of a metric name, found once: split on `_ . - : /` (and spaces, braces, commas) and on camelCase
/// boundaries, lower-cased. `words` keeps the order; `set` also holds every adjacent pair glued together
/// (`in`+`use` → `inuse`, `hit`+`rate` → `hitrate`, `http`+`client` → `httpclient`), so the rule table can name
/// compound words once whatever style the name was written in (`pool_in_use`, `poolInUse`, `pool.inuse`).
struct MetricNameWords: Sendable, Equatable {
    let words: [String]
    let set: Set<String>

    init(_ name: String) {
        words = Self.split(name)
        var set = Set(words)
        var previous: String?
        for word in words {
            if let previous { set.insert(previous + word) }
            previous = word
        }
        self.set = set
    }

    /// The last word, if any (the Prometheus suffix: `total`, `bucket`, `count`, `sum`, ...).
    var last: String? { words.last }

    func contains(any group: Set<String>) -> Bool {
        !set.isDisjoint(with: group)
    }

    private static func isSeparator(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: ":"), UInt8(ascii: "/"), UInt8(ascii: " "),
            UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: ","), UInt8(ascii: "\t"):
            return true
        default:
            return false
        }
    }

    private static func isUpper(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") }
    private static func isLower(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") }
    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    /// One pass over the UTF-8 bytes. A word also ends before an upper-case letter that follows a lower-case letter or
    /// digit (`dbQuery`), and before the last capital of an acronym that starts a new word (`HTTPRequest` → http, request).
    private static func split(_ name: String) -> [String] {
        let bytes = Array(name.utf8)
        var words: [String] = []
        var current: [UInt8] = []
        func flush() {
            if !current.isEmpty {
                words.append(String(decoding: current, as: UTF8.self))
                current.removeAll(keepingCapacity: true)
            }
        }
        for index in bytes.indices {
            let byte = bytes[index]
            if isSeparator(byte) {
                flush()
                continue
            }
            if isUpper(byte), let previous = current.last {
                let next: UInt8? = index + 1 < bytes.count ? bytes[index + 1] : nil
                let acronymEnds = isUpper(previous) && next.map(isLower) == true
                if isLower(previous) || isDigit(previous) || acronymEnds { flush() }
            }
            current.append(isUpper(byte) ? byte &+ 32 : byte)
        }
        flush()
        return words
    }
}
