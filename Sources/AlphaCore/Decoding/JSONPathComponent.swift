/// One step of the path that names where the reader is (`logs[12]`, `metrics.latency`).
enum JSONPathComponent {
    /// Inside an object, before its first member name is read.
    case pending
    /// An object member, named by the byte range of its key in the input (decoded only for an error message).
    case key(start: Int, end: Int)
    /// An array element.
    case index(Int)
}
