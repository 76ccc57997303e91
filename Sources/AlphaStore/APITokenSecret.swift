/// Creating and hashing the random secret of an API token. The secret is shown to its owner once; the store keeps
/// only `hash(secret)`, so a stolen database does not yield usable tokens.
public enum APITokenSecret {
    /// The prefix that makes AlphaSRE tokens recognisable to secret scanners.
    public static let prefix = "asre_"

    /// A new secret: the prefix and 32 random bytes (256 bits) in hex.
    public static func generate() -> String {
        prefix + Hex.random(byteCount: 32)
    }

    /// The stored form of a secret: lowercase hex SHA-256 of its UTF-8 bytes.
    public static func hash(_ secret: String) -> String {
        SHA256.hexDigest(Array(secret.utf8))
    }
}
