/// A parsed `postgres://user[:password]@host[:port]/database[?sslmode=...]` connection URL (also `postgresql://`).
public struct PostgresURL: Hashable, Sendable {
    /// Role name.
    public var user: String
    /// Password, if given (percent-decoded).
    public var password: String?
    /// Host name or address.
    public var host: String
    /// TCP port (5432 by default).
    public var port: Int
    /// Database name (the user name when omitted, as libpq does).
    public var database: String
    /// Whether `sslmode=require` (or `verify-ca` / `verify-full`) asks for TLS.
    public var requiresTLS: Bool

    /// Why a URL was refused.
    public struct ParseError: Error, Hashable, Sendable, CustomStringConvertible {
        /// The URL (password removed).
        public var url: String
        /// What is wrong.
        public var reason: String
        /// One line for people.
        public var description: String { "invalid PostgreSQL URL '\(url)': \(reason)" }
    }

    /// Parses `text`; throws `ParseError` naming the problem.
    public init(_ text: String) throws(ParseError) {
        func fail(_ reason: String) -> ParseError { ParseError(url: Self.redacted(text), reason: reason) }
        var rest = Substring(text)
        if rest.hasPrefix("postgres://") {
            rest = rest.dropFirst("postgres://".count)
        } else if rest.hasPrefix("postgresql://") {
            rest = rest.dropFirst("postgresql://".count)
        } else {
            throw fail("expected postgres:// or postgresql://")
        }
        var query = Substring("")
        if let mark = rest.firstIndex(of: "?") {
            query = rest[rest.index(after: mark)...]
            rest = rest[..<mark]
        }
        guard let at = rest.lastIndex(of: "@") else { throw fail("missing user (postgres://user@host/db)") }
        let userInfo = rest[..<at]
        rest = rest[rest.index(after: at)...]
        if let colon = userInfo.firstIndex(of: ":") {
            guard let name = Self.percentDecoded(userInfo[..<colon]), let secret = Self.percentDecoded(userInfo[userInfo.index(after: colon)...])
            else { throw fail("bad percent-encoding in user or password") }
            user = name
            password = secret
        } else {
            guard let name = Self.percentDecoded(userInfo) else { throw fail("bad percent-encoding in user") }
            user = name
            password = nil
        }
        guard !user.isEmpty else { throw fail("empty user") }
        var hostPort = rest
        var path = Substring("")
        if let slash = rest.firstIndex(of: "/") {
            hostPort = rest[..<slash]
            path = rest[rest.index(after: slash)...]
        }
        if let colon = hostPort.lastIndex(of: ":"), !hostPort.hasSuffix("]") {
            guard let number = Int(hostPort[hostPort.index(after: colon)...]), (1...65535).contains(number) else { throw fail("bad port") }
            port = number
            hostPort = hostPort[..<colon]
        } else {
            port = 5432
        }
        if hostPort.hasPrefix("[") && hostPort.hasSuffix("]") { hostPort = hostPort.dropFirst().dropLast() }
        guard !hostPort.isEmpty else { throw fail("empty host") }
        host = String(hostPort)
        guard let name = Self.percentDecoded(path) else { throw fail("bad percent-encoding in database") }
        database = name.isEmpty ? user : name
        requiresTLS = false
        for pair in query.split(separator: "&") where pair.hasPrefix("sslmode=") {
            let mode = pair.dropFirst("sslmode=".count)
            switch mode {
            case "disable", "allow", "prefer": requiresTLS = false
            case "require", "verify-ca", "verify-full": requiresTLS = true
            default: throw fail("unknown sslmode '\(mode)'")
            }
        }
    }

    /// The URL with any password replaced by `***`, for logs and errors.
    public static func redacted(_ text: String) -> String {
        guard let scheme = text.firstRange(of: "://"), let at = text.lastIndex(of: "@"), scheme.upperBound < at else { return text }
        let userInfo = text[scheme.upperBound..<at]
        guard let colon = userInfo.firstIndex(of: ":") else { return text }
        return String(text[..<colon]) + ":***" + String(text[at...])
    }

    private static func percentDecoded(_ text: Substring) -> String? {
        var bytes = [UInt8]()
        var iterator = text.utf8.makeIterator()
        while let byte = iterator.next() {
            guard byte == UInt8(ascii: "%") else {
                bytes.append(byte)
                continue
            }
            guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue) else { return nil }
            bytes.append(high << 4 | low)
        }
        return String(validating: bytes, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
