import Foundation
import Hummingbird

/// Reading JSON request bodies with errors people can act on, and writing JSON responses.
enum JSONBody {
    /// Collects at most `limit` bytes of `request`'s body and decodes it as `T`.
    static func decode<T: Decodable>(_ type: T.Type, from request: Request, limit: Int) async throws -> T {
        let buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: limit)
        } catch let error as any HTTPResponseError where error.status == .contentTooLarge {
            throw APIError(.contentTooLarge, "request body is over the limit of \(limit) bytes")
        }
        guard buffer.readableBytes > 0 else { throw APIError.badRequest("request body is empty; expected a JSON object") }
        do {
            return try JSONDecoder().decode(T.self, from: Data(buffer.readableBytesView))
        } catch let error as DecodingError {
            throw APIError.badRequest(describe(error))
        }
    }

    /// A one-line description of why a body did not decode, naming the field.
    static func describe(_ error: DecodingError) -> String {
        switch error {
        case let .dataCorrupted(context) where context.codingPath.isEmpty:
            return "request body is not valid JSON"
        case let .dataCorrupted(context):
            return "field \"\(path(context.codingPath))\" is invalid: \(context.debugDescription)"
        case let .keyNotFound(key, context):
            return "missing field \"\(path(context.codingPath + [key]))\""
        case let .valueNotFound(_, context):
            return "field \"\(path(context.codingPath))\" must not be null"
        case let .typeMismatch(type, context):
            return context.codingPath.isEmpty ? "request body must be \(kind(type))" : "field \"\(path(context.codingPath))\" must be \(kind(type))"
        @unknown default:
            return "invalid request body"
        }
    }

    /// A JSON response (keys sorted, dates in ISO 8601).
    static func response(_ value: some Encodable, status: HTTPResponse.Status = .ok) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return Response(status: status, headers: [.contentType: "application/json; charset=utf-8"],
                        body: ResponseBody(byteBuffer: ByteBuffer(bytes: try encoder.encode(value))))
    }

    private static func path(_ codingPath: [any CodingKey]) -> String {
        codingPath.reduce(into: "") { path, key in
            if let index = key.intValue { path += "[\(index)]" } else { path += path.isEmpty ? key.stringValue : ".\(key.stringValue)" }
        }
    }

    private static func kind(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Int.Type, is Double.Type: "a number"
        case is Bool.Type: "true or false"
        case is [Any].Type: "an array"
        default: "an object"
        }
    }
}
