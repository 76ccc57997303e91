import AlphaCore

/// Decodes a JSON text (test helper).
func decodeIncident(_ json: String) throws(InputError) -> Incident {
    try IncidentDecoder.decode(Array(json.utf8))
}

/// The error a JSON text is refused with, or nil if it decodes.
func decodingError(_ json: String) -> InputError? {
    decodingError(Array(json.utf8))
}

/// The error some bytes are refused with, or nil if they decode.
func decodingError(_ bytes: [UInt8]) -> InputError? {
    do {
        _ = try IncidentDecoder.decode(bytes)
        return nil
    } catch {
        return error
    }
}

/// Wraps sections into a minimal incident.
func incidentJSON(_ sections: String) -> String {
    sections.isEmpty ? #"{"deployment_id":"d1"}"# : #"{"deployment_id":"d1","# + sections + "}"
}
