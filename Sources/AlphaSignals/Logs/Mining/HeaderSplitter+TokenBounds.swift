extension HeaderSplitter {
    /// Start/end offsets of the first header tokens, interleaved in caller-owned (stack) storage.
    struct TokenBounds {
        let storage: UnsafeBufferPointer<Int>
        let count: Int

        /// Start offsets, indexable `0..<count`.
        struct Starts {
            let storage: UnsafeBufferPointer<Int>
            let count: Int
            subscript(index: Int) -> Int { storage[2 * index] }
            var first: Int? { count > 0 ? storage[0] : nil }
        }

        /// End offsets, indexable `0..<count`.
        struct Ends {
            let storage: UnsafeBufferPointer<Int>
            let count: Int
            subscript(index: Int) -> Int { storage[2 * index + 1] }
        }

        var starts: Starts { Starts(storage: storage, count: count) }
        var ends: Ends { Ends(storage: storage, count: count) }
    }
}
