/// The release risk derived from the composite burn rate: SAFE < 1.0 ≤ OBSERVE < 1.5 ≤ DANGER < 2.0 ≤ FREEZE.
public enum RiskLevel: Int, Sendable, Comparable, Codable, CaseIterable, CustomStringConvertible {
    /// Burning slower than the budget allows.
    case safe = 0
    /// At or above budget pace.
    case observe = 1
    /// 1.5× budget pace.
    case danger = 2
    /// 2× budget pace or more: stop releasing.
    case freeze = 3

    /// The level for a burn rate (boundaries belong to the higher level).
    public static func classify(_ burn: Double) -> RiskLevel {
        if burn >= 2.0 { return .freeze }
        if burn >= 1.5 { return .danger }
        if burn >= 1.0 { return .observe }
        return .safe
    }

    /// The lowest burn rate of this level.
    public var lowerBound: Double {
        switch self {
        case .safe: 0
        case .observe: 1.0
        case .danger: 1.5
        case .freeze: 2.0
        }
    }

    /// `SAFE`, `OBSERVE`, `DANGER`, `FREEZE`.
    public var description: String {
        switch self {
        case .safe: "SAFE"
        case .observe: "OBSERVE"
        case .danger: "DANGER"
        case .freeze: "FREEZE"
        }
    }

    /// Parses the upper-case or lower-case name.
    public init?(name: String) {
        guard let level = RiskLevel.allCases.first(where: { $0.description == name.uppercased() }) else { return nil }
        self = level
    }

    public static func < (lhs: RiskLevel, rhs: RiskLevel) -> Bool { lhs.rawValue < rhs.rawValue }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        let text = try c.decode(String.self)
        guard let level = RiskLevel(name: text) else {
            throw DecodingError.dataCorruptedError(in: c, debugDescription: "unknown risk level \(text)")
        }
        self = level
    }
}
