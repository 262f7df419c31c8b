import CivicGridApp
import Foundation
import Kernel
import Testing

/// Errors a program can act on: a stable code that says what is wrong in which context (not a
/// catch-all `invalid_input`), and for a JSON body that does not fit, the field by its API name.
@Suite("API errors: stable codes and the field that failed")
struct APIErrorTests {
    @Test func aBodyThatDoesNotFitNamesTheField() async throws {
        try await TestApp.run { app in
            let clerk = try await app.session("clerk", kind: .api).token
            let missing = try await app.api(.post, "/api/v1/work-orders", token: clerk, json: #"{"channel":"hotline","description":"路灯不亮"}"#, language: "en")
            #expect(missing.status == .unprocessableContent)
            let error = try #require(try missing.json()["error"] as? [String: Any])
            #expect(error["code"] as? String == "json_field_missing" && error["field"] as? String == "category_code")
            #expect((error["message"] as? String)?.contains("category_code") == true)

            let worker = try await app.session("gridworker1", kind: .api).token
            let wrongType = try await app.api(.post, "/api/v1/disputes", token: worker, json: """
                {"title":"t","occurred_on":"2026-12-01","place":"p","type_code":"neighbour","summary":"s",
                 "parties":[{"name":"甲"},{"name":42}]}
                """)
            let nested = try #require(try wrongType.json()["error"] as? [String: Any])
            #expect(wrongType.status == .unprocessableContent && nested["code"] as? String == "json_field_invalid")
            #expect(nested["field"] as? String == "parties[1].name")
            #expect((nested["message"] as? String)?.contains("parties[1].name") == true)

            let garbled = try await app.api(.post, "/api/v1/work-orders", token: clerk, json: "{", language: "en")
            #expect((try garbled.json()["error"] as? [String: Any])?["code"] as? String == "bad_json")
        }
    }

    @Test func refusalsSayWhatAndWhereInTheirCode() async throws {
        try await TestApp.run { app in
            let clerk = try await app.session("clerk", kind: .api).token
            // A unit nobody knows, a step the order is not in a state for, a hand-over of an order that is not waiting.
            let dispatch = try await app.api(.post, "/api/v1/work-orders/demo-order-1/transitions", token: clerk,
                                             json: #"{"action":"dispatch","unit":"不存在的局"}"#)
            #expect(dispatch.status == .unprocessableContent)
            let petition = try await app.session("petition", kind: .api).token
            let take = try await app.api(.post, "/api/v1/petition-handovers/demo-order-1/take", token: petition, json: "{}")
            #expect(take.status == .conflict)
            let codes = try [dispatch, take].map { try #require($0.json()["error"] as? [String: Any])["code"] as? String }
            #expect(codes[0] == "unknown_unit")
            #expect(codes[1]?.hasPrefix("workorder_") == true, "\(take.text)")
        }
    }

    @Test func codesComeFromMessageKeys() {
        #expect(AppError.code(for: "workorder_error_not_waiting") == "workorder_not_waiting")
        #expect(AppError.code(for: "error_bad_json") == "bad_json")
        #expect(AppError.invalid("dispute_error_body").code == "dispute_body")
        #expect(AppError.conflict("petition_error_changed").code == "petition_changed")
    }
}
