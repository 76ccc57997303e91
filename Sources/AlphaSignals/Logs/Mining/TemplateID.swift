/// A template's identity: a stable 64-bit FNV-1a hash of the template's text, shown as 16 lowercase hex digits.
///
/// The hash depends only on the template text (variables written `<*>`), so the same template gets the same id in
/// every run, on every machine, and can be stored and compared across incidents.
public struct TemplateID: Hashable, Sendable, Comparable, CustomStringConvertible, Codable {
    /// The 64-bit hash.
    public let rawValue: UInt64

    /// Wraps a raw hash value.
    public init(rawValue: UInt64) {
        self.rawValue = rawValue
    }

    /// The id of a template text.
    public init(templateText: some StringProtocol) {
        rawValue = SignatureHash.hash(templateText.utf8)
    }

    /// Parses 16 hex digits (as printed by `description`); nil otherwise.
    public init?(hex: some StringProtocol) {
        guard hex.utf8.count == 16, let value = UInt64(hex, radix: 16) else { return nil }
        rawValue = value
    }

    /// 16 lowercase hex digits, zero-padded.
    public var description: String {
        let digits = String(rawValue, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// Orders by raw value, so sorted output is deterministic.
    public static func < (lhs: TemplateID, rhs: TemplateID) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Encodes as the 16-hex-digit string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    /// Decodes the 16-hex-digit string.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let id = TemplateID(hex: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "expected 16 hex digits, got \(text)")
        }
        self = id
    }
}
