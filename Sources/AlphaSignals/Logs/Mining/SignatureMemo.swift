/// The fast path's memo, masked signature → cluster index: open addressing with linear probing over a power-of-two
/// table. The keys are already well-mixed 64-bit hashes, so no rehashing is needed (cheaper than `Dictionary`,
/// which would SipHash them again). Holds at most `capacity` entries; `insert` clears it when full.
struct SignatureMemo: Sendable {
    private var keys: [UInt64]
    private var values: [Int32]
    private let mask: Int
    let capacity: Int
    private(set) var count = 0

    /// A memo for up to `capacity` entries (the table is twice that, rounded up to a power of two).
    init(capacity: Int) {
        var size = 16
        while size < 2 * capacity { size <<= 1 }
        keys = Array(repeating: 0, count: size)
        values = Array(repeating: 0, count: size)
        mask = size - 1
        self.capacity = capacity
    }

    /// 0 marks an empty slot, so a signature of 0 is stored as 1 (a harmless extra collision).
    @inline(__always)
    private static func key(_ signature: UInt64) -> UInt64 { signature == 0 ? 1 : signature }

    @inline(__always)
    func find(_ signature: UInt64) -> Int32? {
        let key = Self.key(signature)
        var slot = Int(truncatingIfNeeded: key) & mask
        while true {
            let stored = keys[slot]
            if stored == key { return values[slot] }
            if stored == 0 { return nil }
            slot = (slot &+ 1) & mask
        }
    }

    mutating func insert(_ signature: UInt64, _ value: Int32) {
        if count >= capacity {
            for k in keys.indices { keys[k] = 0 }
            count = 0
        }
        let key = Self.key(signature)
        var slot = Int(truncatingIfNeeded: key) & mask
        while keys[slot] != 0 && keys[slot] != key { slot = (slot &+ 1) & mask }
        if keys[slot] == 0 { count += 1 }
        keys[slot] = key
        values[slot] = value
    }
}
