import Hummingbird

/// An error answered as `{"error": message}` with its HTTP status.
struct APIError: Error, HTTPResponseError {
    let status: HTTPResponse.Status
    let message: String

    init(_ status: HTTPResponse.Status, _ message: String) {
        self.status = status
        self.message = message
    }

    static func badRequest(_ message: String) -> APIError { APIError(.badRequest, message) }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        try JSONBody.response(["error": message], status: status)
    }
}

/// Answers every error in the `{"error": …}` form: the service's own, the framework's (unknown
/// path, body too large) and unexpected ones (500, logged).
struct ErrorResponseMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as APIError {
            return try error.response(from: request, context: context)
        } catch let error as HTTPError {
            return try APIError(error.status, error.body ?? Self.message(for: error.status, request)).response(from: request, context: context)
        } catch let error as any HTTPResponseError {
            return try APIError(error.status, Self.message(for: error.status, request)).response(from: request, context: context)
        } catch {
            context.logger.error("\(request.method) \(request.uri.path) failed: \(error)")
            return try APIError(.internalServerError, "internal error").response(from: request, context: context)
        }
    }

    private static func message(for status: HTTPResponse.Status, _ request: Request) -> String {
        switch status {
        case .notFound: "no such endpoint: \(request.method) \(request.uri.path)"
        case .methodNotAllowed: "\(request.method) is not allowed on \(request.uri.path)"
        default: status.reasonPhrase.lowercased()
        }
    }
}
