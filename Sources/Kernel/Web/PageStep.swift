import Hummingbird

/// A step taken from a page's form: on success back to the record's page; on bad input, a step
/// not possible now, or a role that may not take it, the record's page again with the error shown
/// in place. Anything else (a CSRF failure, a database error) goes to the error page.
public enum PageStep {
    public static func run(redirectTo path: String, _ step: () async throws -> Void,
                           orShow page: (AppError) async throws -> Response) async throws -> Response {
        do {
            try await step()
            return Response.redirect(to: path, type: .normal)
        } catch let error as AppError where [.unprocessableContent, .conflict, .forbidden].contains(error.status) && error != .csrf {
            return try await page(error)
        }
    }
}
