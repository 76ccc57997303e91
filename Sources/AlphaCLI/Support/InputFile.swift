import AlphaCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads a whole input file (or standard input for `-`) into memory, refusing what is too large before reading it.
enum InputFile {
    /// Why an input could not be read; the CLI maps each to a sysexits code.
    enum Failure: Error, CustomStringConvertible {
        case missing(String)
        case unreadable(String, String)
        case tooLarge(String, Int)

        var description: String {
            switch self {
            case .missing(let path): "\(path): no such file"
            case .unreadable(let path, let why): "\(path): cannot read: \(why)"
            case .tooLarge(let path, let limit): "\(path): input is larger than \(limit >> 20) MiB; split the incident or trim its logs"
            }
        }

        /// sysexits: 66 no input, 74 I/O error, 65 data error.
        var exitCode: Int32 {
            switch self {
            case .missing: 66
            case .unreadable: 74
            case .tooLarge: 65
            }
        }
    }

    static func read(_ path: String, limit: Int) throws(Failure) -> [UInt8] {
        let fd: Int32
        if path == "-" {
            fd = STDIN_FILENO
        } else {
            fd = open(path, O_RDONLY)
            guard fd >= 0 else {
                if errno == ENOENT { throw .missing(path) }
                throw .unreadable(path, String(cString: strerror(errno)))
            }
        }
        defer { if fd != STDIN_FILENO { close(fd) } }

        var info = stat()
        var expected = 1 << 20
        if fstat(fd, &info) == 0 {
            if (info.st_mode & S_IFMT) == S_IFDIR { throw .unreadable(path, "is a directory") }
            if (info.st_mode & S_IFMT) == S_IFREG {
                guard Int(info.st_size) <= limit else { throw .tooLarge(path, limit) }
                expected = Int(info.st_size)
            }
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(expected + 1)
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw .unreadable(path, String(cString: strerror(errno)))
            }
            if n == 0 { break }
            guard bytes.count + n <= limit else { throw .tooLarge(path, limit) }
            bytes.append(contentsOf: chunk[0..<n])
        }
        return bytes
    }
}
