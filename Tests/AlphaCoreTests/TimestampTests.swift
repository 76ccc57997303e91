import AlphaCore
import Testing

@Suite struct TimestampTests {
    @Test(arguments: [
        ("2024-01-15T10:23:45Z", 1_705_314_225.0),
        ("2024-01-15T10:23:45.250Z", 1_705_314_225.25),
        ("2024-01-15 10:23:45,250", 1_705_314_225.25),
        ("2024-01-15T12:23:45+02:00", 1_705_314_225.0),
        ("2024-01-15T05:23:45-0500", 1_705_314_225.0),
        ("1970-01-01T00:00:00Z", 0.0),
        ("2000-02-29T00:00:00Z", 951_782_400.0),
    ])
    func parsesVariants(text: String, expected: Double) throws {
        let value = try #require(Timestamp.parse(text))
        #expect(abs(value - expected) < 1e-6)
    }

    @Test(arguments: ["", "2024-13-01T00:00:00Z", "2024-01-15", "yesterday", "2024-01-15T10:23:45Zjunk", "2024-01-15T25:00:00Z"])
    func rejectsNonTimestamps(text: String) {
        #expect(Timestamp.parse(text) == nil)
    }

    @Test func formatsRoundTrip() throws {
        let text = Timestamp.format(1_705_314_225.25)
        #expect(text == "2024-01-15T10:23:45.250Z")
        #expect(Timestamp.parse(text) == 1_705_314_225.25)
    }

    @Test func prefixReportsLength() {
        var line = "2024-01-15 10:23:45.123 ERROR boom"
        let result = line.withUTF8 { Timestamp.parsePrefix($0) }
        #expect(result?.length == 23)
    }
}
