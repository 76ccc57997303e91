extension JSONValue {
    /// Parses one JSON document with the incident decoder's byte-level reader: no `Decodable` round trip, errors with
    /// the JSON path, the same depth limit.
    public static func parse(_ bytes: [UInt8]) throws(InputError) -> JSONValue {
        let result: Result<JSONValue, InputError> = bytes.withUnsafeBufferPointer { buffer in
            do throws(InputError) {
                var reader = JSONReader(bytes: buffer, maximumDepth: IncidentDecoder.maximumDepth)
                let value = try reader.readValue()
                reader.skipWhitespace()
                guard reader.isAtEnd else { throw reader.syntaxError("unexpected \(reader.describeValue()) after the value") }
                return .success(value)
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }
}
