import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Kernel
import Testing

@Suite("OpenAPI document")
struct OpenAPIDocumentTests {
    /// The document and the route table name the same API operations, no more and no fewer.
    @Test func describesEveryAPIRouteAndNoOther() async throws {
        try await TestApp.run { app in
            let routes = Set(app.table.rules.map { "\($0.method) \($0.path)" }.filter { $0.contains(" /api/v1/") })
            let described = app.services.apiDocument.operations
            #expect(routes.count > 60)
            #expect(routes.subtracting(described).sorted() == [], "routes the document does not describe")
            #expect(described.subtracting(routes).sorted() == [], "operations the document names that no route serves")
        }
    }

    @Test func isServedToAnyoneAsOpenAPI31() async throws {
        try await TestApp.run { app in
            let response = try await app.get("/api/v1/openapi.json")
            #expect(response.status == .ok)
            let document = try response.json()
            #expect(document["openapi"] as? String == "3.1.0")
            let paths = try #require(document["paths"] as? [String: Any])
            let post = try #require((paths["/api/v1/work-orders"] as? [String: Any])?["post"] as? [String: Any])
            #expect(post["requestBody"] != nil)
            // Every operation says what it answers, and every one but signing in and this document needs a token.
            for (path, item) in paths {
                for (method, operation) in try #require(item as? [String: Any]) {
                    let operation = try #require(operation as? [String: Any])
                    #expect((operation["responses"] as? [String: Any])?.isEmpty == false, "\(method) \(path) has no responses")
                    let open = path == "/api/v1/openapi.json" || (path == "/api/v1/auth/token" && method == "post")
                    #expect(((operation["security"] as? [Any])?.isEmpty ?? true) == open, "\(method) \(path) security")
                }
            }
        }
    }
}
