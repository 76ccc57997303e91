import AlphaCore

/// Writes one flat JSON object straight into bytes. The API's envelopes are small and fixed, and the stored report is
/// already JSON, so writing them directly (and splicing the report in as raw bytes) avoids re-encoding on the hot
/// `GET` path.
struct JSONObjectWriter {
    private var bytes: [UInt8] = [UInt8(ascii: "{")]
    private var first = true

    init(reservingCapacity capacity: Int = 256) {
        bytes.reserveCapacity(capacity)
    }

    mutating func string(_ key: String, _ value: String) {
        self.key(key)
        JSONString.append(value, to: &bytes)
    }

    mutating func optionalString(_ key: String, _ value: String?) {
        if let value { string(key, value) } else { raw(key, Self.null) }
    }

    mutating func integer(_ key: String, _ value: Int) {
        self.key(key)
        bytes.append(contentsOf: String(value).utf8)
    }

    mutating func bool(_ key: String, _ value: Bool) {
        raw(key, value ? Array("true".utf8) : Array("false".utf8))
    }

    /// A member whose value is already valid JSON (a stored report, a nested object from another writer).
    mutating func raw(_ key: String, _ json: [UInt8]) {
        self.key(key)
        bytes.append(contentsOf: json)
    }

    /// A member holding an array of already-encoded JSON values.
    mutating func array(_ key: String, _ elements: [[UInt8]]) {
        self.key(key)
        bytes.append(UInt8(ascii: "["))
        for (index, element) in elements.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            bytes.append(contentsOf: element)
        }
        bytes.append(UInt8(ascii: "]"))
    }

    mutating func finish() -> [UInt8] {
        bytes.append(UInt8(ascii: "}"))
        return bytes
    }

    static let null: [UInt8] = Array("null".utf8)

    private mutating func key(_ key: String) {
        if !first { bytes.append(UInt8(ascii: ",")) }
        first = false
        JSONString.append(key, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
    }
}
