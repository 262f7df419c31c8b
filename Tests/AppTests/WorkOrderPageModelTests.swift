import CivicGridApp
import Foundation
import Kernel
import Testing
@testable import WorkOrders

/// The order page is a typed model built from values: which step forms it offers, where they
/// post and what they render to is checked here without a server.
@Suite("Work-order page: the steps offered, as forms")
struct WorkOrderPageModelTests {
    static let now = Date(timeIntervalSince1970: 1_790_000_000)

    static func order(_ status: WorkOrderStatus, unit: String? = "县住房和城乡建设局") -> WorkOrder {
        WorkOrder(id: "o1", number: "20261202-00001", channel: .hotline, requestClass: .administrative, categoryCode: "A05", description: "路灯不亮",
                  address: nil, lon: nil, lat: nil, gridCode: "330199001001001", level: .district, handlingUnit: unit, status: status,
                  contactName: "王女士", contactPhone: "13800001234", proxy: false, satisfaction: nil, extensions: 0, createdBy: nil,
                  createdAt: now, dueAt: now.addingTimeInterval(86_400), closedAt: nil)
    }

    static let clerk = Staff(id: "c", username: "clerk", displayName: "窗口", role: .windowClerk, unitCode: "330199")
    static let handler = Staff(id: "h", username: "handler", displayName: "住建", role: .departmentHandler, unitCode: "330199",
                               department: "县住房和城乡建设局")
    static let other = Staff(id: "x", username: "water", displayName: "水务", role: .departmentHandler, unitCode: "330199", department: "县水务局")

    @Test func theServiceDecidesWhichStepsEachViewerGets() {
        let none: [WorkOrderStore.CoHandler] = []
        #expect(WorkOrderService.offeredSteps(Self.order(.registered), to: Self.clerk, extensions: [], coHandlers: none).contains(.dispatch))
        let handled = WorkOrderService.offeredSteps(Self.order(.dispatched), to: Self.handler, extensions: [], coHandlers: none)
        #expect(handled.isSuperset(of: [.accept, .return, .extend]) && handled.isDisjoint(with: [.dispatch, .reply]))
        let accepted = WorkOrderService.offeredSteps(Self.order(.accepted), to: Self.handler, extensions: [], coHandlers: none)
        #expect(accepted.isSuperset(of: [.reply, .extend]) && !accepted.contains(.accept))
        // A department that does not lead the order takes none of the lead's steps.
        let notLead = WorkOrderService.offeredSteps(Self.order(.dispatched), to: Self.other, extensions: [], coHandlers: none)
        #expect(notLead.isDisjoint(with: [.accept, .return, .reply, .extend]))
        let notLeadAccepted = WorkOrderService.offeredSteps(Self.order(.accepted), to: Self.other, extensions: [], coHandlers: none)
        #expect(notLeadAccepted.isDisjoint(with: [.reply, .extend]))
    }

    @Test func stepFormsPostToTheirPathsAndRenderThroughOnePartial() async throws {
        try await TestApp.run { app in
            let views = app.services.views
            let page = WorkOrderPage(Self.order(.dispatched), facts: .init(), viewer: Self.handler, error: nil, views: views, locale: .zhHans, now: Self.now)
            #expect(page.accept == StepForm(url: "/work-orders/o1/step", step: "accept"))
            #expect(page.extend == StepForm(url: "/work-orders/o1/extension", step: nil))
            #expect(page.dispatch == nil && page.decide == nil)
            var values = try page.templateValues()
            values["csrf"] = "token"
            let html = views.render("work_order", values)
            #expect(html.contains(#"<form method="post" action="/work-orders/o1/step"><input type="hidden" name="_csrf" value="token"><input type="hidden" name="action" value="accept">"#))
            #expect(html.contains(#"id="step-accept""#) && html.contains(#"id="step-return""#) && !html.contains(#"id="step-dispatch""#))
            #expect(html.contains(#"<form method="post" action="/work-orders/o1/extension"><input type="hidden" name="_csrf" value="token">"#))
            // One form per step offered, each through the partial.
            let offered = WorkOrderService.offeredSteps(Self.order(.dispatched), to: Self.handler, extensions: [], coHandlers: [])
            #expect(html.components(separatedBy: "<form method=\"post\"").count - 1 == offered.count && offered.count >= 3)
        }
    }
}
