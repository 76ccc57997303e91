/// The FNV-1a steps the miner hashes tokens and lines with (64-bit, stable across runs and platforms).
enum TokenHash {
    /// FNV-1a offset basis.
    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325
    /// FNV-1a prime.
    static let prime: UInt64 = 0x0000_0100_0000_01b3
    /// What a variable part of a token contributes instead of its bytes.
    static let variablePart: UInt64 = 0x9e37_79b9_7f4a_7c15

    /// Folds one byte.
    @inline(__always)
    static func fold(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        (hash ^ UInt64(byte)) &* prime
    }

    /// Folds one 64-bit value (a token hash into a line hash).
    @inline(__always)
    static func combine(_ hash: UInt64, _ value: UInt64) -> UInt64 {
        let mixed = (hash ^ value) &* 0xff51_afd7_ed55_8ccd
        return mixed ^ (mixed >> 29)
    }

    /// Hash of a byte string.
    static func hash(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var hash = seed
        for byte in bytes { hash = fold(hash, byte) }
        return hash
    }

    /// The token id of a whole-token variable, `<*>`.
    static let variableToken: UInt64 = hash("<*>".utf8)
}
