import AlphaCore
import Foundation
import Testing

@Suite("JSONValueEncoder and compact JSON")
struct JSONValueEncoderTests {
    enum Kind: String, Codable { case spike, leak }

    enum Shape: Codable, Equatable {
        case point(x: Double)
        case none
    }

    struct Inner: Codable {
        var name: String
        var weight: Double
    }

    struct Sample: Codable {
        var id: Int
        var kind: Kind
        var label: String?
        var missing: String?
        var ratio: Double
        var bad: Double
        var flags: [Bool]
        var inner: Inner
        var nested: [[Int]]
        var counts: [String: Int]
        var shape: Shape
        var raw: JSONValue
        var big: UInt64
        var small: Int8
    }

    static let sample = Sample(
        id: 7, kind: .leak, label: "a \"quoted\"\nline", missing: nil, ratio: 0.25, bad: .nan, flags: [true, false],
        inner: Inner(name: "pool", weight: -1.5), nested: [[1, 2], []], counts: ["b": 2, "a": 1], shape: .point(x: 3),
        raw: .object(JSONObject([("z", .number(1)), ("y", .array([.null, .string("s")]))])), big: 1 << 40, small: -3)

    @Test func encodesEveryKindOfMemberAsJSONEncoderWould() throws {
        let ours = try JSONValueEncoder.encode(Self.sample)
        var withoutNaN = Self.sample
        withoutNaN.bad = 0
        let reference = try JSONValue.parse(Array(JSONEncoder().encode(withoutNaN)))
        guard case .object(var expected) = reference else {
            Issue.record("not an object")
            return
        }
        // JSONEncoder cannot write NaN; ours writes null. Everything else must be the same tree.
        expected.members = expected.members.map { $0.key == "bad" ? ($0.key, .null) : $0 }
        #expect(ours.compactBytes() == JSONValue.object(expected).compactBytes())
        #expect(ours.objectValue?["missing"] == nil)
        #expect(ours.objectValue?["bad"] == .null)
    }

    @Test func aJSONValueIsTakenAsItIs() throws {
        let value = JSONValue.array([.number(1), .object(JSONObject([("k", .bool(true))]))])
        #expect(try JSONValueEncoder.encode(value) == value)
        #expect(try JSONValueEncoder.encode(["v": value]).objectValue?["v"] == value)
    }

    @Test func scalarsAtTheTopLevel() throws {
        #expect(try JSONValueEncoder.encode(3) == .number(3))
        #expect(try JSONValueEncoder.encode("x") == .string("x"))
        #expect(try JSONValueEncoder.encode(Double.infinity) == .null)
        #expect(try JSONValueEncoder.encode(Kind.spike) == .string("spike"))
        #expect(try JSONValueEncoder.encode([Int]()) == .array([]))
    }

    @Test func compactBytesSortKeysEscapeStringsAndPrintWholeNumbersPlainly() throws {
        let value = JSONValue.object(
            JSONObject([
                ("b", .number(2)), ("a", .string("tab\there \u{1}")), ("c", .array([.number(0.5), .number(-0.0), .number(1e20), .number(.nan)])),
                ("d", .bool(false)), ("e", .null),
            ]))
        let text = String(decoding: value.compactBytes(), as: UTF8.self)
        #expect(text == #"{"a":"tab\there \u0001","b":2,"c":[0.5,0,1e+20,null],"d":false,"e":null}"#)
        #expect(try JSONValue.parse(value.compactBytes()).objectValue?["b"] == .number(2))
    }
}
