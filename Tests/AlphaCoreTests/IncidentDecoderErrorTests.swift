import AlphaCore
import Testing

@Suite struct IncidentDecoderErrorTests {
    @Test func truncatedInputNamesByteLineAndColumn() {
        let json = "{\n  \"deployment_id\": \"d\",\n  \"logs\": [\"a\", \"b"
        #expect(decodingError(json)?.description == "$: unexpected end of input at byte 44 (line 3, column 19)")
        #expect(decodingError("")?.description == "$: unexpected end of input at byte 0 (line 1, column 1)")
    }

    @Test func syntaxErrorNamesPathLineAndColumn() {
        let json = "{\"deployment_id\":\"d\",\n\"logs\":[\"a\" \"b\"]}"
        #expect(decodingError(json)?.description == "logs[0]: expected ',' or ']' after an array element, found '\"' (line 2, column 13)")
        #expect(decodingError(#"{"deployment_id":"d","metrics":{"m":[[1,tru]]}}"#)?.description == "metrics.m[0][1]: expected a number, found 't'")
    }

    @Test func missingColonAndBadLiteral() {
        #expect(decodingError(#"{"deployment_id" "d"}"#)?.location == "deployment_id")
        #expect(decodingError(#"{"deployment_id":"d","x":nul}"#)?.description == "x: invalid literal, expected null (line 1, column 26)")
    }

    @Test func topLevelMustBeAnObject() {
        #expect(decodingError("[1,2]")?.description == "$: an incident must be a JSON object, found an array")
        #expect(decodingError(" \"x\" ")?.description == "$: an incident must be a JSON object, found \"x\"")
    }

    @Test func deploymentIdIsRequired() {
        #expect(decodingError(#"{"incident_id":"i"}"#)?.description == "$: missing required field \"deployment_id\"")
        #expect(decodingError(#"{"deployment_id":true}"#)?.description == "deployment_id: expected a string or a number, found true")
    }

    @Test func trailingDataIsRefused() {
        #expect(decodingError(#"{"deployment_id":"d"} x"#)?.description == "$: unexpected 'x' after the incident object (line 1, column 23)")
    }

    @Test func invalidEscapeIsASyntaxError() {
        #expect(
            decodingError(#"{"deployment_id":"d","logs":["a\qb"]}"#)?.description
                == "logs[0]: invalid escape sequence in a string (line 1, column 32)")
    }

    @Test func deepNestingIsRefused() {
        let depth = IncidentDecoder.maximumDepth + 10
        let json =
            #"{"deployment_id":"d","config_snapshot":{"a":"# + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "}}"
        let error = decodingError(json)
        #expect(error?.location == "$")
        #expect(error?.message.hasPrefix("nesting deeper than 64 levels at config_snapshot.a[0][0]") == true)
        // Exactly at the limit is fine: the incident and config objects are two levels, so 62 arrays fit.
        let fits = #"{"deployment_id":"d","x":{"a":"# + String(repeating: "[", count: 62) + String(repeating: "]", count: 62) + "}}"
        #expect(decodingError(fits) == nil)
    }

    @Test func oversizedInputIsRefusedBeforeReading() throws {
        // A buffer that claims to be larger than the limit: the decoder must refuse it on its size alone,
        // without touching a byte (only the first 8 bytes exist).
        let storage = UnsafeMutableRawPointer.allocate(byteCount: 8, alignment: 8)
        defer { storage.deallocate() }
        let claimed = UnsafeRawBufferPointer(start: storage, count: IncidentDecoder.maximumBytes + 1)
        #expect(throws: InputError.self) { try IncidentDecoder.decode(claimed) }
        do {
            _ = try IncidentDecoder.decode(claimed)
        } catch {
            #expect(error.message.contains("limit is 1073741824 bytes"))
        }
    }

    @Test func byteOrderMarkIsTolerated() throws {
        let incident = try IncidentDecoder.decode([0xEF, 0xBB, 0xBF] + Array(#"{"deployment_id":"d"}"#.utf8))
        #expect(incident.deploymentId == "d")
    }
}
