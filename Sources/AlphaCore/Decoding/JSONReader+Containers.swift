/// Walking objects and arrays: the reader keeps the path and the nesting depth in step.
extension JSONReader {
    /// The raw position of a member name in the input.
    struct Key {
        var start: Int
        var end: Int
        /// Whether the name contains backslash escapes (then it must be decoded before comparing).
        var escaped: Bool
    }

    /// Per-container progress for `nextMember`/`nextElement`.
    struct ContainerState {
        var index = 0
    }

    /// Consumes `{`; the caller then loops on `nextMember`.
    @inline(__always)
    mutating func beginObject() throws(InputError) -> ContainerState {
        guard try peek() == UInt8(ascii: "{") else { throw typeError(expected: "an object") }
        try enterContainer()
        path.append(.pending)
        return ContainerState()
    }

    /// Reads the next member's name and the `:` after it; returns nil (and leaves the object) at `}`.
    mutating func nextMember(_ state: inout ContainerState) throws(InputError) -> Key? {
        var next = try peek()
        if state.index > 0 {
            if next == UInt8(ascii: ",") {
                position += 1
                next = try peek()
                guard next == UInt8(ascii: "\"") else { throw syntaxError("expected a member name after ','") }
            } else if next != UInt8(ascii: "}") {
                throw syntaxError("expected ',' or '}' after an object member, found \(Self.describeByte(next))")
            }
        }
        if next == UInt8(ascii: "}") {
            position += 1
            path.removeLast()
            depth -= 1
            return nil
        }
        guard next == UInt8(ascii: "\"") else { throw syntaxError("expected a member name, found \(Self.describeByte(next))") }
        position += 1
        let key = try scanStringBody()
        path[path.count - 1] = .key(start: key.start, end: key.end)
        guard try peek() == UInt8(ascii: ":") else { throw syntaxError("expected ':' after a member name") }
        position += 1
        state.index += 1
        return key
    }

    /// Consumes `[`; the caller then loops on `nextElement`.
    @inline(__always)
    mutating func beginArray() throws(InputError) -> ContainerState {
        guard try peek() == UInt8(ascii: "[") else { throw typeError(expected: "an array") }
        try enterContainer()
        path.append(.index(0))
        return ContainerState()
    }

    /// Moves to the next element; returns false (and leaves the array) at `]`.
    @inline(__always)
    mutating func nextElement(_ state: inout ContainerState) throws(InputError) -> Bool {
        let next = try peek()
        if next == UInt8(ascii: "]") {
            position += 1
            path.removeLast()
            depth -= 1
            return false
        }
        if state.index > 0 {
            guard next == UInt8(ascii: ",") else {
                throw syntaxError("expected ',' or ']' after an array element, found \(Self.describeByte(next))")
            }
            position += 1
            skipWhitespace()
        }
        path[path.count - 1] = .index(state.index)
        state.index += 1
        return true
    }

    @inline(__always)
    private mutating func enterContainer() throws(InputError) {
        guard depth < maximumDepth else {
            throw InputError(location: "$", message: "nesting deeper than \(maximumDepth) levels at \(pathText)")
        }
        depth += 1
        position += 1
    }

    /// Whether a member name is exactly `literal`.
    @inline(__always)
    func key(_ key: Key, is literal: StaticString) -> Bool {
        if key.escaped { return keyText(key) == literal.description }
        let length = literal.utf8CodeUnitCount
        guard key.end - key.start == length else { return false }
        let start = literal.utf8Start
        var offset = 0
        while offset < length {
            if bytes[key.start + offset] != start[offset] { return false }
            offset += 1
        }
        return true
    }

    /// A member name as a string.
    func keyText(_ key: Key) -> String {
        key.escaped ? decodeEscaped(start: key.start, end: key.end) : string(start: key.start, end: key.end)
    }
}
