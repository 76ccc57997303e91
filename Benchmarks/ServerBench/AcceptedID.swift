/// Reads `"id":"…"` from a 202 body without a JSON decoder (the server writes `id` first; this is a hot loop).
enum AcceptedID {
    static func parse(_ body: [UInt8]) -> String? {
        let key = Array(#""id":""#.utf8)
        guard body.count > key.count, body.starts(with: [UInt8(ascii: "{")] + key) else { return nil }
        let from = key.count + 1
        guard let end = body[from...].firstIndex(of: UInt8(ascii: "\"")) else { return nil }
        return String(decoding: body[from..<end], as: UTF8.self)
    }
}
