/// Decodes an incident (contract: `incident.schema.json`, user guide: `docs/incident-format.md`) from raw bytes in
/// a single pass, straight into typed storage: log lines and metric points never pass through a document tree.
///
/// Bad input throws an `InputError` that names the JSON path (`metrics.latency.points[17][1]: expected a number,
/// found "abc"`); malformed JSON also gives the line and column. It never traps and never hangs.
public enum IncidentDecoder {
    /// How deeply objects and arrays may nest; deeper input is refused (protects the recursive parts).
    public static let maximumDepth: Int = 64

    /// The largest input accepted, in bytes (1 GiB).
    public static let maximumBytes: Int = 1 << 30

    /// Decodes an incident from UTF-8 JSON bytes.
    public static func decode(_ bytes: UnsafeRawBufferPointer) throws(InputError) -> Incident {
        let result: Result<Incident, InputError> = bytes.withMemoryRebound(to: UInt8.self) { buffer in
            do throws(InputError) {
                return .success(try decodeBytes(buffer))
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    /// Decodes an incident from UTF-8 JSON bytes.
    public static func decode(_ bytes: [UInt8]) throws(InputError) -> Incident {
        let result: Result<Incident, InputError> = bytes.withUnsafeBufferPointer { buffer in
            do throws(InputError) {
                return .success(try decodeBytes(buffer))
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    private static func decodeBytes(_ buffer: UnsafeBufferPointer<UInt8>) throws(InputError) -> Incident {
        guard buffer.count <= maximumBytes else {
            throw InputError(location: "$", message: "the input is \(buffer.count) bytes; the limit is \(maximumBytes) bytes (1 GiB)")
        }
        var reader = JSONReader(bytes: buffer, maximumDepth: maximumDepth)
        return try reader.readIncident()
    }
}
