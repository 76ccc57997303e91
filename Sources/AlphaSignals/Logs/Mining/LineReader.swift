#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Streams the lines of a file descriptor in fixed-size chunks (read(2)), never holding the whole input.
///
/// Lines are split at `\n`; a trailing `\r` is dropped (CRLF files); the last line needs no terminator. A line
/// longer than `maxLineBytes` is cut there (the rest up to its newline is skipped) so one huge line cannot exhaust
/// memory.
public enum LineReader {
    /// Errors reading the input.
    public enum ReadError: Error, Sendable {
        /// read(2) failed with this errno.
        case readFailed(errno: Int32)
    }

    /// Calls `body` with each line (without terminator) of `fileDescriptor`, in order, until end of input.
    /// The buffer passed to `body` is only valid during the call.
    public static func forEachLine(
        fileDescriptor: Int32,
        chunkSize: Int = 1 << 20,
        maxLineBytes: Int = 8 << 20,
        _ body: (UnsafeBufferPointer<UInt8>) throws -> Void
    ) throws {
        let chunk = max(4096, chunkSize)
        let limit = max(chunk, maxLineBytes)
        var capacity = chunk
        var storage = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        defer { storage.deallocate() }
        var filled = 0
        var skippingRest = false
        var atEnd = false
        while !atEnd {
            if filled == capacity {
                // A line longer than the buffer: grow up to the limit, then emit it cut and skip its rest.
                if capacity < limit {
                    let grown = min(limit, capacity * 2)
                    let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
                    bigger.update(from: storage, count: filled)
                    storage.deallocate()
                    storage = bigger
                    capacity = grown
                } else {
                    if !skippingRest { try body(UnsafeBufferPointer(start: storage, count: trimmedLength(storage, filled))) }
                    skippingRest = true
                    filled = 0
                }
            }
            let got = read(fileDescriptor, storage + filled, capacity - filled)
            if got < 0 {
                if errno == EINTR { continue }
                throw ReadError.readFailed(errno: errno)
            }
            if got == 0 { atEnd = true }
            let total = filled + got
            var lineStart = 0
            var cursor = filled
            while cursor < total {
                guard let found = memchr(storage + cursor, 0x0A, total - cursor) else { break }
                let newline = storage.distance(to: found.assumingMemoryBound(to: UInt8.self))
                if skippingRest {
                    skippingRest = false
                } else {
                    try body(UnsafeBufferPointer(start: storage + lineStart, count: trimmedLength(storage + lineStart, newline - lineStart)))
                }
                lineStart = newline + 1
                cursor = lineStart
            }
            if atEnd {
                if lineStart < total, !skippingRest {
                    try body(UnsafeBufferPointer(start: storage + lineStart, count: trimmedLength(storage + lineStart, total - lineStart)))
                }
            } else {
                filled = total - lineStart
                if lineStart > 0, filled > 0 { (storage).update(from: storage + lineStart, count: filled) }
            }
        }
    }

    /// Length without a trailing carriage return.
    @inline(__always)
    static func trimmedLength(_ start: UnsafeMutablePointer<UInt8>, _ count: Int) -> Int {
        count > 0 && start[count - 1] == 0x0D ? count - 1 : count
    }
}
