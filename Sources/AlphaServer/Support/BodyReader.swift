import AlphaCore
import Hummingbird
import NIOCore
import NIOHTTP1

/// Reads request bodies with the server's size limit: at most `maxBytes`, else 413, so an oversized upload cannot
/// hold memory. (The time limit, 408, is the connection's: `RequestBodyDeadline`.)
struct BodyReader: Sendable {
    var maxBytes: Int

    /// The whole body as bytes.
    func bytes(of request: Request) async throws -> [UInt8] {
        if let declared = request.headers[.contentLength].flatMap(Int.init), declared > maxBytes {
            throw Problem.tooLarge(limit: maxBytes)
        }
        do {
            return Array(try await request.body.collect(upTo: maxBytes).readableBytesView)
        } catch is NIOTooManyBytesError {
            throw Problem.tooLarge(limit: maxBytes)
        } catch let error as HTTPParserError {
            // The client went away mid-body (or the body deadline closed the connection): its fault, not a 500.
            throw Problem.badRequest("the request body could not be read: \(error.debugDescription)")
        }
    }

    /// The body as a JSON object of string members (the small command bodies: transition, approve, token create).
    /// Malformed JSON or a non-string member is a 400 naming the member.
    func stringMembers(of request: Request) async throws -> [String: String] {
        let bytes = try await bytes(of: request)
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0a || $0 == 0x0d || $0 == 0x09 }) { return [:] }
        let value: JSONValue
        do {
            value = try JSONValue.parse(bytes)
        } catch {
            throw Problem.badRequest(
                "the body is not valid JSON: \(error.message)", pointer: ProblemMiddleware<AlphaRequestContext>.jsonPath(error.location))
        }
        guard let object = value.objectValue else { throw Problem.badRequest("the body must be a JSON object", pointer: "$") }
        var members: [String: String] = [:]
        for (key, member) in object.members {
            switch member {
            case .string(let text): members[key] = text
            case .null: continue
            default: throw Problem.badRequest("'\(key)' must be a string", pointer: "$.\(key)")
            }
        }
        return members
    }
}
