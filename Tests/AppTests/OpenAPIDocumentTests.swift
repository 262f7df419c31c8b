import Foundation
import HTTPTypes
import CivicGridApp
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

    /// Every choice the document lists for a list's query parameter is one the route accepts, and a
    /// value outside them is refused: clients and `bench lists` send exactly those.
    @Test func everyDocumentedChoiceIsAccepted() async throws {
        try await TestApp.run { app in
            var checked = 0
            for rule in app.table.rules where rule.method == .get && rule.path.hasPrefix("/api/v1/") && !rule.path.contains("{") {
                guard case .permitted(let permission) = rule.access,
                      let account = DemoSeed.accounts.first(where: { $0.role.can(permission) && $0.unitCode == "330199" }) else { continue }
                let token = try await app.session(account.username, kind: .api).token
                for parameter in app.services.apiDocument.queryParameters["GET \(rule.path)"] ?? [] {
                    guard let choices = parameter.choices else { continue }
                    for value in choices {
                        let status = try await app.api(.get, "\(rule.path)?\(parameter.name)=\(value)", token: token).status
                        #expect(status == .ok, "GET \(rule.path)?\(parameter.name)=\(value) by \(account.username)")
                        checked += 1
                    }
                    let refused = try await app.api(.get, "\(rule.path)?\(parameter.name)=no_such_choice", token: token).status
                    #expect(refused == .unprocessableContent, "GET \(rule.path)?\(parameter.name)=no_such_choice by \(account.username)")
                }
            }
            // work orders' views and statuses, petitions', disputes', residents', houses', organisations', caseloads', venues'…
            #expect(checked > 60)
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
