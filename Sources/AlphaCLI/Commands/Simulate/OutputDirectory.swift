#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Creates a directory and writes whole files into it (POSIX calls; the CLI avoids Foundation).
struct OutputDirectory {
    let path: String

    /// Creates `path` and its parents if needed.
    init(creating path: String) throws(SimulateFailure) {
        self.path = path.hasSuffix("/") && path.count > 1 ? String(path.dropLast()) : path
        if let failure = Directories.create(self.path) {
            throw SimulateFailure.io("\(failure.prefix): cannot create directory: \(failure.reason)")
        }
    }

    /// Writes `text` to `name` inside the directory, replacing any existing file.
    func write(_ text: String, to name: String) throws(SimulateFailure) {
        let full = path + "/" + name
        let fd = open(full, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw SimulateFailure.io("\(full): cannot write: \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        var text = text
        let ok = text.withUTF8 { buffer -> Bool in
            var offset = 0
            while offset < buffer.count {
                let n = Glibc.write(fd, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { return false }
                offset += n
            }
            return true
        }
        if !ok { throw SimulateFailure.io("\(full): write failed: \(String(cString: strerror(errno)))") }
    }

    /// The names of the regular `.json` files in `path`, sorted.
    static func jsonFiles(in path: String) throws(SimulateFailure) -> [String] {
        guard let dir = opendir(path) else { throw SimulateFailure.io("\(path): cannot open directory: \(String(cString: strerror(errno)))") }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name.hasSuffix(".json") && name != "truth.json" && !name.hasPrefix(".") { names.append(name) }
        }
        return names.sorted()
    }
}

/// Why `simulate` or `eval` stopped.
enum SimulateFailure: Error, CustomStringConvertible {
    case io(String)
    case data(String)

    var description: String {
        switch self {
        case .io(let m), .data(let m): m
        }
    }
}
