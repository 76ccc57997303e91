import AlphaCore

/// Appends JSON text to a byte buffer (escaping strings), fast enough to write a few hundred megabytes.
struct JSONWriter {
    var bytes: [UInt8] = []

    init(capacity: Int) { bytes.reserveCapacity(capacity) }

    /// Raw JSON text (punctuation, numbers, literals).
    mutating func raw(_ text: String) { bytes.append(contentsOf: text.utf8) }

    /// A JSON string literal.
    mutating func string(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes.append(contentsOf: [0x5C, 0x22])
            case UInt8(ascii: "\\"): bytes.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: bytes.append(contentsOf: [0x5C, UInt8(ascii: "n")])
            case 0x09: bytes.append(contentsOf: [0x5C, UInt8(ascii: "t")])
            case 0x0D: bytes.append(contentsOf: [0x5C, UInt8(ascii: "r")])
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 15)]])
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// `"key":`
    mutating func key(_ name: String) {
        string(name)
        bytes.append(UInt8(ascii: ":"))
    }

    /// A number with a fixed count of decimals (integer arithmetic: no locale, no float formatting cost).
    mutating func fixed(_ value: Double, _ decimals: Int) { raw(Format.fixed(value, decimals)) }
}

/// Number and time formatting shared by the generators.
enum Format {
    static func fixed(_ value: Double, _ decimals: Int) -> String {
        var scale = 1
        for _ in 0..<decimals { scale *= 10 }
        let scaled = Int((abs(value) * Double(scale)).rounded())
        let sign = value < 0 && scaled != 0 ? "-" : ""
        if decimals == 0 { return sign + String(scaled) }
        var fraction = String(scaled % scale)
        while fraction.count < decimals { fraction = "0" + fraction }
        return sign + String(scaled / scale) + "." + fraction
    }

    /// `2024-05-01T10:00:00.123Z`
    static func rfc3339(_ seconds: Double) -> String { Timestamp.format(seconds) }

    /// `2024-05-01 10:00:00,123` (Python logging's default).
    static func python(_ seconds: Double) -> String {
        var text = Array(Timestamp.format(seconds).utf8.dropLast())
        if text.count > 19 {
            text[10] = UInt8(ascii: " ")
            text[19] = UInt8(ascii: ",")
        }
        return String(decoding: text, as: UTF8.self)
    }
}
