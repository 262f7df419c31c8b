import Foundation
import Hummingbird
import Kernel

/// Open311 GeoReport v2 at `/open311/v2/`, following the frozen spec's text: discovery, services,
/// service definitions, requests (GET, and POST with an `api_key`), one request, tokens; each as
/// `.xml` or `.json`; errors as the spec's `errors` list with its status codes (400, 403, 404).
/// Requests filed here are ordinary work orders (channel `open311`).
public enum Open311API {
    /// When this interface last changed, for discovery's `changeset`.
    static let changeset = "2026-11-23T00:00:00+08:00"
    /// The spec's bounds: 90 days a query, 1,000 requests an answer.
    static let maxSpan: TimeInterval = 90 * 86_400

    public static func register(on routes: SecureRoutes, service: WorkOrderService, clients: Open311Clients, clock: any AppClock, views: ViewRenderer) {
        routes.open(.get, "/open311/v2/{file}") { request, context in
            try await answer(request, context, views: views) { name, context in
                switch name {
                case "discovery": return discovery(request, views: views, locale: context.locale)
                case "services":
                    try await checkJurisdiction(request, service: service)
                    let categories = try await service.categories()
                    let terms = Open311Requests(views: views, locale: context.locale, categories: categories)
                    return Open311Document(root: "services", body: .list(item: "service", categories.filter { $0.parentCode != nil && $0.requestClass != .petition }.map(terms.service)))
                case "requests":
                    try await checkJurisdiction(request, service: service)
                    let query = try requestQuery(request, now: clock.now())
                    let categories = try await service.categories()
                    let orders = try await service.open311Requests(query)
                    let terms = Open311Requests(views: views, locale: context.locale, categories: categories)
                    return Open311Document(root: "service_requests", body: .list(item: "request", orders.map(terms.request)))
                default: throw Open311Error(404, "open311_error_resource", [name])
                }
            }
        }
        routes.open(.post, "/open311/v2/{file}") { request, context in
            try await answer(request, context, views: views, status: .created) { name, context in
                guard name == "requests" else { throw Open311Error(404, "open311_error_resource", [name]) }
                let form = try await FormData.read(request, limit: 64 << 10)
                guard let client = try await clients.client(forKey: form["api_key"] ?? "") else { throw Open311Error(403, "open311_error_api_key") }
                // A few hundred an hour per key, shared by every process: a client in a loop is not an outage.
                try await service.limiter.spend([(service.limiter.limits.open311PerKey, client.id)], code: "open311_rate_limited")
                try await checkJurisdiction(form["jurisdiction_id"], service: service)
                let categories = try await service.categories()
                let intake = try intake(form, categories: categories)
                let order = try await service.takeFromOpen311(intake.0, client: client, mediaURL: intake.mediaURL, email: intake.email)
                let terms = Open311Requests(views: views, locale: context.locale, categories: categories)
                return Open311Document(root: "service_requests", body: .list(item: "request", [.object([
                    ("service_request_id", .text(order.number)),
                    ("service_notice", .text(categories.first { $0.code == order.categoryCode }.map(terms.notice))),
                    ("account_id", .text(nil)),
                ])]))
            }
        }
        routes.open(.get, "/open311/v2/services/{file}") { request, context in
            try await answer(request, context, views: views) { code, _ in
                try await checkJurisdiction(request, service: service)
                guard try await service.categories().contains(where: { $0.code == code && $0.parentCode != nil && $0.requestClass != .petition }) else {
                    throw Open311Error(404, "open311_error_service_code", [code])
                }
                // No category asks for extra attributes (metadata is false): the definition lists none.
                return Open311Document(root: "service_definition", body: .object([("service_code", .text(code)), ("attributes", .list(item: "attribute", []))]))
            }
        }
        routes.open(.get, "/open311/v2/requests/{file}") { request, context in
            try await answer(request, context, views: views) { number, context in
                try await checkJurisdiction(request, service: service)
                var query = try requestQuery(request, now: clock.now())
                query.numbers = [number]
                guard let order = try await service.open311Requests(query).first else { throw Open311Error(404, "open311_error_request", [number]) }
                let terms = Open311Requests(views: views, locale: context.locale, categories: try await service.categories())
                return Open311Document(root: "service_requests", body: .list(item: "request", [terms.request(order)]))
            }
        }
        routes.open(.get, "/open311/v2/tokens/{file}") { request, context in
            try await answer(request, context, views: views) { token, _ in
                try await checkJurisdiction(request, service: service)
                guard let order = try await service.open311Request(token: token) else { throw Open311Error(404, "open311_error_token", [token]) }
                return Open311Document(root: "service_requests", body: .list(item: "request", [.object([
                    ("service_request_id", .text(order.number)), ("token", .text(token)),
                ])]))
            }
        }
    }

    /// Splits `name.format` from the path, runs `body`, and writes its document (or the error) in that format.
    static func answer(_ request: Request, _ context: AppRequestContext, views: ViewRenderer, status: HTTPResponse.Status = .ok,
                       _ body: (String, AppRequestContext) async throws -> Open311Document) async throws -> Response {
        let file = context.parameters.get("file") ?? ""
        let dot = file.lastIndex(of: ".")
        let format = dot.flatMap { Open311Document.Format(rawValue: String(file[file.index(after: $0)...]).lowercased()) }
        guard let dot, let format else {
            return respond(Open311Document.errors(404, views.t("open311_error_format", context.locale)), .xml, status: .notFound)
        }
        do {
            return respond(try await body(String(file[..<dot]), context), format, status: status)
        } catch let error as Open311Error {
            return respond(.errors(error.code, views.t(error.key, context.locale, error.args)), format, status: HTTPResponse.Status(code: error.code))
        } catch let error as AppError where error.status == .tooManyRequests {
            var response = respond(.errors(429, views.t(error.messageKey, context.locale, error.args)), format, status: .tooManyRequests)
            if let seconds = error.retryAfter { response.headers[.retryAfter] = String(seconds) }
            return response
        } catch let error as AppError where error.status == .unprocessableContent || error.status == .contentTooLarge {
            // The spec has one code for bad input: 400, with our message naming what is wrong.
            return respond(.errors(400, views.t(error.messageKey, context.locale, error.args)), format, status: .badRequest)
        }
    }

    static func respond(_ document: Open311Document, _ format: Open311Document.Format, status: HTTPResponse.Status) -> Response {
        Response(status: status, headers: [.contentType: format.contentType, .cacheControl: "no-store"],
                 body: .init(byteBuffer: ByteBuffer(string: document.rendered(format))))
    }

    static func discovery(_ request: Request, views: ViewRenderer, locale: AppLocale) -> Open311Document {
        let host = request.head.authority ?? "127.0.0.1"
        return Open311Document(root: "discovery", body: .object([
            ("changeset", .text(changeset)),
            ("contact", .text(views.t("open311_contact", locale))),
            ("key_service", .text(views.t("open311_key_service", locale))),
            ("endpoints", .list(item: "endpoint", [.object([
                ("specification", .text("http://wiki.open311.org/GeoReport_v2")),
                ("url", .text("http://\(host)/open311/v2")),
                ("changeset", .text(changeset)),
                ("type", .text("production")),
                ("formats", .list(item: "format", [.text("text/xml"), .text("application/json")])),
            ])])),
        ]))
    }

    /// `jurisdiction_id` is optional (this endpoint serves one county); when given it must be ours.
    static func checkJurisdiction(_ request: Request, service: WorkOrderService) async throws {
        try await checkJurisdiction(request.uri.queryParameters.get("jurisdiction_id"), service: service)
    }

    static func checkJurisdiction(_ id: String?, service: WorkOrderService) async throws {
        guard let id = id?.trimmed, !id.isEmpty else { return }
        guard try await service.locator.rootCode() == id else { throw Open311Error(404, "open311_error_jurisdiction", [id]) }
    }

    /// GET requests' arguments: ids override the rest; dates in W3C form spanning at most 90 days
    /// (the latest 90 by default); statuses `open`, `closed`; service codes; all comma-separated.
    static func requestQuery(_ request: Request, now: Date) throws -> WorkOrderStore.Open311Query {
        let q = request.uri.queryParameters
        func list(_ name: String) -> [String]? {
            let items = (q.get(name) ?? "").split(separator: ",").map { String($0).trimmed }.filter { !$0.isEmpty }
            return items.isEmpty ? nil : items
        }
        func date(_ name: String) throws -> Date? {
            guard let text = q.get(name)?.trimmed, !text.isEmpty else { return nil }
            guard let date = W3CDate.parse(text) else { throw Open311Error(400, "open311_error_date", [name, text]) }
            return date
        }
        let start = try date("start_date"), end = try date("end_date")
        let until = end ?? start.map { $0.addingTimeInterval(maxSpan) } ?? now
        let from = start ?? until.addingTimeInterval(-maxSpan)
        guard from <= until, until.timeIntervalSince(from) <= maxSpan else { throw Open311Error(400, "open311_error_span") }
        var statuses: [WorkOrderStatus]?
        if let names = list("status") {
            statuses = try names.flatMap { name -> [WorkOrderStatus] in
                switch name {
                case "open": WorkOrderStatus.allCases.filter(\.isOpen)
                case "closed": WorkOrderStatus.allCases.filter { !$0.isOpen }
                default: throw Open311Error(400, "open311_error_status", [name])
                }
            }
        }
        let numbers = list("service_request_id")
        guard (numbers?.count ?? 0) <= 1_000 else { throw Open311Error(400, "open311_error_too_many") }
        return .init(numbers: numbers, serviceCodes: list("service_code"), from: from, until: until, statuses: statuses)
    }

    /// The POST form's decoding alone, as the fuzzer drives it: a body as sent, the default categories.
    public static func decodeIntake(urlEncoded body: String) throws {
        _ = try intake(FormData(urlEncoded: body), categories: DefaultCategories.all)
    }

    /// POST requests' form as an intake. Names: `last_name` + `first_name` (Chinese order), a
    /// location by `lat`+`long` or `address_string` or `address_id`.
    static func intake(_ form: FormData, categories: [WorkOrderCategory]) throws -> (WorkOrderService.Intake, mediaURL: String?, email: String?) {
        guard let code = form["service_code"]?.trimmed, !code.isEmpty else { throw Open311Error(400, "open311_error_no_service_code") }
        guard let category = categories.first(where: { $0.code == code && $0.parentCode != nil && $0.requestClass != .petition }) else {
            throw Open311Error(404, "open311_error_service_code", [code])
        }
        let latText = form["lat"]?.nilIfBlank, longText = form["long"]?.nilIfBlank
        var lat: Double?, lon: Double?
        if latText != nil || longText != nil {
            guard let latText, let longText, let la = Double(latText.trimmed), let lo = Double(longText.trimmed),
                  Coordinates.areValid(lon: lo, lat: la) else {
                throw Open311Error(400, "open311_error_lat_long")
            }
            (lat, lon) = (la, lo)
        }
        let address = form["address_string"]?.nilIfBlank ?? form["address_id"]?.nilIfBlank
        guard lat != nil || address != nil else { throw Open311Error(400, "open311_error_location") }
        let email = form["email"]?.nilIfBlank?.trimmed
        if let email, email.count > 254 || !email.contains("@") { throw Open311Error(400, "open311_error_email") }
        let media = form["media_url"]?.nilIfBlank?.trimmed
        if let media {
            let lower = media.lowercased()
            guard media.count <= 2_000, lower.hasPrefix("http://") || lower.hasPrefix("https://"), URL(string: media) != nil else {
                throw Open311Error(400, "open311_error_media_url")
            }
        }
        let name = ((form["last_name"] ?? "").trimmed + (form["first_name"] ?? "").trimmed).nilIfBlank
        // A report may be its service code and place alone; the order then reads as the service's name.
        let description = form["description"]?.nilIfBlank ?? category.nameZh
        return (.init(channel: .open311, categoryCode: code, description: description, address: address, lon: lon, lat: lat,
                      contactName: name, contactPhone: form["phone"]?.nilIfBlank), media, email)
    }
}

/// An Open311 error: the HTTP status the spec names and a string-table key.
struct Open311Error: Error {
    let code: Int
    let key: String
    let args: [String]

    init(_ code: Int, _ key: String, _ args: [String] = []) {
        self.code = code
        self.key = key
        self.args = args
    }
}
