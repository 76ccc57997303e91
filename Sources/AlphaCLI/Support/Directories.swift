#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `mkdir -p` with POSIX calls (the CLI avoids Foundation where it can).
enum Directories {
    /// Creates `path` and its parents; nil when the folder exists afterwards, else the first prefix that could not be
    /// created and why (`strerror`). EEXIST is fine: a file in the way makes the next step fail with ENOTDIR, naming it.
    static func create(_ path: String) -> (prefix: String, reason: String)? {
        var prefix = path.hasPrefix("/") ? "/" : ""
        for component in path.split(separator: "/") {
            prefix += component
            if mkdir(prefix, 0o755) != 0 && errno != EEXIST {
                return (prefix, String(cString: strerror(errno)))
            }
            prefix += "/"
        }
        return nil
    }
}
