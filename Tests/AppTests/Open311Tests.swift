import CivicGridApp
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import HummingbirdTesting
import Kernel
import Testing
import WorkOrders

/// Open311 GeoReport v2 answers checked field by field against the spec's text, in both formats.
@Suite("Open311 GeoReport v2")
struct Open311Tests {
    static let requestFields = ["service_request_id", "status", "status_notes", "service_name", "service_code", "description",
                                "agency_responsible", "service_notice", "requested_datetime", "updated_datetime", "expected_datetime",
                                "address", "address_id", "zipcode", "lat", "long", "media_url"]
    static var w3c: Regex<Substring> { #/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00/# }

    @Test func discoveryAndServicesInBothFormats() async throws {
        try await TestApp.run { app in
            let discovery = try await app.get("/open311/v2/discovery.json")
            #expect(discovery.status == .ok)
            #expect(discovery.headers[.contentType]?.hasPrefix("application/json") == true)
            let d = try discovery.json()
            #expect(d["changeset"] is String && d["contact"] is String && d["key_service"] is String)
            let endpoint = try #require((d["endpoints"] as? [[String: Any]])?.first)
            #expect(endpoint["specification"] as? String == "http://wiki.open311.org/GeoReport_v2")
            #expect((endpoint["url"] as? String)?.hasSuffix("/open311/v2") == true)
            #expect(endpoint["formats"] as? [String] == ["text/xml", "application/json"])
            let xml = try await app.get("/open311/v2/discovery.xml")
            #expect(xml.headers[.contentType]?.hasPrefix("text/xml") == true)
            #expect(try Self.paths(xml.text).contains("discovery/endpoints/endpoint/formats/format"))

            let services = try Self.array(try await app.get("/open311/v2/services.json"))
            let lamp = try #require(services.first { $0["service_code"] as? String == "A05" })
            #expect(lamp["service_name"] as? String == "路灯照明" && lamp["metadata"] as? Bool == false && lamp["type"] as? String == "realtime")
            #expect(lamp["group"] as? String == "行政事务" && (lamp["description"] as? String)?.contains("3") == true)
            #expect(Set(lamp.keys) == ["service_code", "service_name", "description", "metadata", "type", "keywords", "group"])
            // Petitions go through the petition office, not third-party apps; group nodes are not services.
            #expect(!services.contains { ["X01", "A"].contains($0["service_code"] as? String) })
            let english = try Self.array(try await app.get("/open311/v2/services.json", language: "en"))
            #expect(english.contains { $0["service_name"] as? String == "Street lighting" })
            let servicesXML = try await app.get("/open311/v2/services.xml").text
            #expect(try Self.paths(servicesXML).contains("services/service/metadata"))
            #expect(servicesXML.contains("<metadata>false</metadata>"))

            let definition = try await app.get("/open311/v2/services/A05.json").json()
            #expect(definition["service_code"] as? String == "A05" && (definition["attributes"] as? [Any])?.isEmpty == true)
            #expect(try Self.paths(try await app.get("/open311/v2/services/A05.xml").text).contains("service_definition/attributes"))
            try await Self.expectError(try await app.get("/open311/v2/services/Z99.json"), 404)
            try await Self.expectError(try await app.get("/open311/v2/services/X01.xml"), 404, xml: true)
            try await Self.expectError(try await app.get("/open311/v2/services.json?jurisdiction_id=110101"), 404)
            #expect(try await app.get("/open311/v2/services.json?jurisdiction_id=330199").status == .ok)
            #expect(try await app.get("/open311/v2/services").status == .notFound)
        }
    }

    @Test func aRequestFiledByOpen311IsAnOrdinaryWorkOrder() async throws {
        try await TestApp.run { app in
            let grid = try #require(try await app.services.grids.unit("330199001001001"))
            let inside = try #require(grid.polygon?.interiorPoint)
            let form = ["api_key": DemoWorkOrders.open311Key, "jurisdiction_id": "330199", "service_code": "A05", "lat": "\(inside.lat)",
                        "long": "\(inside.lon)", "address_string": "幸福里5幢", "description": "5幢门口路灯不亮", "first_name": "晓明",
                        "last_name": "李", "phone": "13800007777", "email": "li@example.com", "media_url": "https://example.com/lamp.jpg"]
            let created = try await app.post("/open311/v2/requests.json", form: form, as: nil, withCSRF: false)
            #expect(created.status == .created)
            let receipt = try #require(try Self.array(created).first)
            let number = try #require(receipt["service_request_id"] as? String)
            #expect(number.wholeMatch(of: #/\d{8}-\d{5}/#) != nil)
            #expect(receipt["token"] == nil && receipt.keys.contains("account_id") && receipt["service_notice"] is String)

            let one = try #require(try Self.array(try await app.get("/open311/v2/requests/\(number).json")).first)
            #expect(Set(one.keys) == Set(Self.requestFields))
            #expect(one["status"] as? String == "open" && one["service_code"] as? String == "A05" && one["service_name"] as? String == "路灯照明")
            #expect(one["agency_responsible"] as? String == "县住房和城乡建设局" && one["description"] as? String == "5幢门口路灯不亮")
            #expect((one["expected_datetime"] as? String)?.wholeMatch(of: Self.w3c) != nil)
            #expect((one["requested_datetime"] as? String)?.wholeMatch(of: Self.w3c) != nil)
            #expect(abs((one["lat"] as? Double ?? 0) - inside.lat) < 1e-9 && abs((one["long"] as? Double ?? 0) - inside.lon) < 1e-9)
            #expect(one["media_url"] as? String == "https://example.com/lamp.jpg")
            // The sender's name, phone and e-mail are never published.
            #expect(!(try await app.get("/open311/v2/requests/\(number).json").text.contains("13800007777")))
            let xml = try await app.get("/open311/v2/requests/\(number).xml").text
            let paths = try Self.paths(xml)
            for field in Self.requestFields { #expect(paths.contains("service_requests/request/\(field)"), "\(field)") }

            // Staff see it as a work order of the grid, channel open311, with the contact kept.
            let worker = try await app.session("gridworker1", kind: .api).token
            let list = try await app.api(.get, "/api/v1/work-orders?status=registered", token: worker).json()
            let item = try #require((list["items"] as? [[String: Any]])?.first { $0["number"] as? String == number })
            #expect(item["channel"] as? String == "open311" && item["grid_code"] as? String == "330199001001001")
            #expect(item["contact_name"] as? String == "李晓明")

            // Lists: by status, code, date; closed ones are not in the open list.
            let open = try Self.array(try await app.get("/open311/v2/requests.json?status=open&service_code=A05,A01"))
            #expect(open.map { $0["service_request_id"] as? String } == [number])
            #expect(try Self.array(try await app.get("/open311/v2/requests.json?status=closed")).isEmpty)
            #expect(try Self.array(try await app.get("/open311/v2/requests.json?start_date=2020-01-01T00:00:00Z&end_date=2020-02-01T00:00:00Z")).isEmpty)
            #expect(try Self.array(try await app.get("/open311/v2/requests.json?service_request_id=\(number),nope")).count == 1)
            #expect(try Self.paths(try await app.get("/open311/v2/requests.xml").text).contains("service_requests/request/service_request_id"))
            // Orders taken at the window or hotline are not published.
            let demo = try await app.services.database.read { try await $0.select().column("number").from("work_orders").where("id", .equal, "demo-order-1").first(decodingColumn: "number", as: String.self) }
            try await Self.expectError(try await app.get("/open311/v2/requests/\(try #require(demo)).json"), 404)

            // A token (the order's internal id) gives back its number.
            let id = try #require(item["id"] as? String)
            let token = try #require(try Self.array(try await app.get("/open311/v2/tokens/\(id).json")).first)
            #expect(token["service_request_id"] as? String == number && token["token"] as? String == id)
            #expect(try Self.paths(try await app.get("/open311/v2/tokens/\(id).xml").text).contains("service_requests/request/token"))
            try await Self.expectError(try await app.get("/open311/v2/tokens/nope.json"), 404)

            let posted = try await app.post("/open311/v2/requests.xml", form: ["api_key": DemoWorkOrders.open311Key, "service_code": "A01",
                                                                                "address_string": "幸福里3幢楼道"], as: nil, withCSRF: false)
            #expect(posted.status == .created)
            #expect(try Self.paths(posted.text).contains("service_requests/request/service_request_id"))
        }
    }

    @Test func badInputIsRefusedInTheSpecsFormAndNothingIsWritten() async throws {
        try await TestApp.run { app in
            let base = ["api_key": DemoWorkOrders.open311Key, "service_code": "A05", "address_string": "解放路3号", "description": "路灯不亮"]
            func post(_ changes: [String: String?], xml: Bool = false) async throws -> TestResponse {
                var form = base
                for (key, value) in changes { form[key] = value }
                return try await app.post("/open311/v2/requests.\(xml ? "xml" : "json")", form: form, as: nil, withCSRF: false)
            }
            try await Self.expectError(try await post(["api_key": nil]), 403)
            try await Self.expectError(try await post(["api_key": "forged"], xml: true), 403, xml: true)
            try await Self.expectError(try await post(["service_code": nil]), 400)
            try await Self.expectError(try await post(["service_code": "Z99"]), 404)
            try await Self.expectError(try await post(["service_code": "X01"]), 404)
            try await Self.expectError(try await post(["jurisdiction_id": "110101"]), 404)
            try await Self.expectError(try await post(["address_string": nil]), 400)
            try await Self.expectError(try await post(["lat": "30.1"]), 400)
            try await Self.expectError(try await post(["lat": "north", "long": "120"]), 400)
            try await Self.expectError(try await post(["lat": "95", "long": "120"]), 400)
            try await Self.expectError(try await post(["description": String(repeating: "长", count: 4_001)]), 400)
            try await Self.expectError(try await post(["phone": "12345"]), 400)
            try await Self.expectError(try await post(["email": "nobody"]), 400)
            try await Self.expectError(try await post(["media_url": "javascript:alert(1)"]), 400)
            try await Self.expectError(try await app.get("/open311/v2/requests.json?status=pending"), 400)
            try await Self.expectError(try await app.get("/open311/v2/requests.json?start_date=yesterday"), 400)
            try await Self.expectError(try await app.get("/open311/v2/requests.json?start_date=2026-01-01T00:00:00Z&end_date=2026-06-01T00:00:00Z"), 400)
            try await Self.expectError(try await app.get("/open311/v2/requests/nope.json"), 404)
            try await Self.expectError(try await app.get("/open311/v2/teapots.json"), 404)
            let count = try await app.services.database.read { try await $0.count { $0.from("work_orders") } }
            #expect(count == 1)
        }
    }

    // MARK: helpers

    static func array(_ response: TestResponse) throws -> [[String: Any]] {
        try #require(try JSONSerialization.jsonObject(with: Data(response.text.utf8)) as? [[String: Any]], "\(response.text)")
    }

    /// The spec's error answer: that status, and the body a list of one {code, description} with the same code.
    static func expectError(_ response: TestResponse, _ code: Int, xml: Bool = false, sourceLocation: SourceLocation = #_sourceLocation) async throws {
        #expect(Int(response.status.code) == code, "\(response.text)", sourceLocation: sourceLocation)
        if xml {
            #expect(response.text.contains("<errors><error><code>\(code)</code><description>"), sourceLocation: sourceLocation)
            #expect(try paths(response.text).contains("errors/error/description"), sourceLocation: sourceLocation)
        } else {
            let errors = try array(response)
            #expect(errors.count == 1 && errors[0]["code"] as? Int == code && (errors[0]["description"] as? String)?.isEmpty == false,
                    sourceLocation: sourceLocation)
        }
    }

    /// Every element path in a well-formed document (parsing fails the test otherwise).
    static func paths(_ xml: String) throws -> Set<String> {
        final class Collector: NSObject, XMLParserDelegate {
            var stack: [String] = [], found: Set<String> = []
            func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
                stack.append(name)
                found.insert(stack.joined(separator: "/"))
            }
            func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) { stack.removeLast() }
        }
        let parser = XMLParser(data: Data(xml.utf8))
        let collector = Collector()
        parser.delegate = collector
        try #require(parser.parse(), "not well-formed: \(xml)")
        return collector.found
    }
}
