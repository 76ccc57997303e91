import AlphaCore
import Hummingbird
import NIOCore

/// Reads request bodies with the server's limits: at most `maxBytes` (else 413) within `timeout` (else 408), so a
/// slow or oversized upload cannot hold a worker or memory.
struct BodyReader: Sendable {
    var maxBytes: Int
    var timeout: Duration

    /// The whole body as bytes.
    func bytes(of request: Request) async throws -> [UInt8] {
        if let declared = request.headers[.contentLength].flatMap(Int.init), declared > maxBytes {
            throw Problem.tooLarge(limit: maxBytes)
        }
        let limit = maxBytes
        let body = request.body
        let buffer: ByteBuffer = try await withThrowingTaskGroup(of: ByteBuffer?.self) { group in
            group.addTask {
                do {
                    return try await body.collect(upTo: limit)
                } catch is NIOTooManyBytesError {
                    throw Problem.tooLarge(limit: limit)
                }
            }
            group.addTask { [timeout] in
                try await Task.sleep(for: timeout)
                return nil
            }
            defer { group.cancelAll() }
            guard let first = try await group.next(), let buffer = first else {
                throw Problem.timeout("the request body did not arrive within \(timeout)")
            }
            return buffer
        }
        return Array(buffer.readableBytesView)
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
