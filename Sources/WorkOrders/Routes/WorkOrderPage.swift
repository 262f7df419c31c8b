import Foundation
import Kernel

/// One order's page (`work_order.mustache`): the order, the forms of the steps the viewer may
/// take now, and what happened to it. Built from values alone, so it is tested without HTTP.
struct WorkOrderPage: PageModel {
    struct Order: Encodable, Sendable {
        let id: String, number: String, status: String, requestClass: String, category: String, level: String, channel: String
        let fullDescription: String, address: String, gridCode: String, contact: String, unit: String, proxy: Bool
        let due: String, overdue: Bool, dueAt: String, extensions: String, mergedInto: String?
    }
    struct ExtensionRow: Encodable, Sendable { let days: String, reason: String, status: String, note: String, at: String }
    struct CoHandlerRow: Encodable, Sendable { let unit: String, reply: String, waiting: Bool }
    struct OrderLink: Encodable, Sendable { let url: String, number: String, description: String, status: String }

    let o: Order
    let listUrl: String
    let error: String?
    let route, dispatch, accept, `return`, reply, verify, visit, merge, extend, decide, coHandle, coReply: StepForm?
    let suggestedUnit: String
    let knownUnits: [String]
    let satisfactions: [PageChoice]
    let extensionList: [ExtensionRow]
    let coHandlers: [CoHandlerRow]
    let duplicates: [OrderLink]
    let notices: [CaseNoticeRow]
    let events: [CaseHistoryRow]
    let hasExtensions: Bool, hasCoHandlers: Bool, hasDuplicates: Bool, hasNotices: Bool
    let noticesId = "notices", historyId = "order-events"

    /// What the page needs, read by the route through the service.
    struct Facts: Sendable {
        var history: [StepLog.Entry] = []
        var extensions: [WorkOrderStore.Extension] = []
        var coHandlers: [WorkOrderStore.CoHandler] = []
        var duplicates: [WorkOrder] = []
        var notices: [CaseNotice] = []
        var knownUnits: [String] = []
    }

    init(_ order: WorkOrder, facts: Facts, viewer: Staff, error: AppError?, views: ViewRenderer, locale: AppLocale, now: Date) {
        let t = { (key: String, args: [String]) in views.t(key, locale, args) }
        let left = order.status.isOpen ? Int(order.dueAt.timeIntervalSince(now)) : nil
        o = Order(id: order.id, number: order.number, status: t(order.status.labelKey, []), requestClass: t(order.requestClass.labelKey, []),
                  category: order.categoryCode, level: t(order.level.labelKey, []), channel: t(order.channel.labelKey, []),
                  fullDescription: order.description, address: order.address ?? "", gridCode: order.gridCode,
                  contact: [order.contactName, order.contactPhone.map(PhoneNumber.masked)].compactMap { $0 }.joined(separator: " "),
                  unit: order.handlingUnit ?? "", proxy: order.proxy, due: TimeLeft.text(left, views: views, locale: locale), overdue: (left ?? 1) < 0,
                  dueAt: TimeLeft.clock(order.dueAt), extensions: String(order.extensions),
                  mergedInto: order.mergedInto.map { t("workorder_merged_into", [$0]) })
        listUrl = WorkOrderPath.list.path
        self.error = error.map { t($0.messageKey, $0.args) }
        let offered = WorkOrderService.offeredSteps(order, to: viewer, extensions: facts.extensions, coHandlers: facts.coHandlers)
        func form(_ step: WorkOrderStep, _ path: WorkOrderPath, naming: Bool = true) -> StepForm? {
            offered.contains(step) ? StepForm(url: path.path, step: naming ? step.rawValue : nil) : nil
        }
        let stepPath = WorkOrderPath.step(order.id)
        route = form(.route, stepPath); dispatch = form(.dispatch, stepPath); accept = form(.accept, stepPath); `return` = form(.return, stepPath)
        reply = form(.reply, stepPath); verify = form(.verify, stepPath); visit = form(.visit, stepPath); merge = form(.merge, stepPath)
        extend = form(.extend, .extensionRequest(order.id), naming: false); decide = form(.decide, .extensionDecision(order.id), naming: false)
        coHandle = form(.coHandle, .coHandlers(order.id), naming: false); coReply = form(.coReply, .coReply(order.id), naming: false)
        suggestedUnit = order.handlingUnit ?? ""
        knownUnits = facts.knownUnits
        satisfactions = Satisfaction.allCases.map { PageChoice(value: $0.rawValue, label: t($0.labelKey, [])) }
        extensionList = facts.extensions.map { e in
            ExtensionRow(days: String(e.working_days), reason: e.reason, status: t("workorder_extension_\(e.status)", []), note: e.decision_note ?? "",
                         at: TimeLeft.clock(Date(epochSeconds: e.requested_at)))
        }
        coHandlers = facts.coHandlers.map { CoHandlerRow(unit: $0.unit, reply: $0.reply ?? "", waiting: $0.reply == nil) }
        duplicates = facts.duplicates.map { d in
            OrderLink(url: WorkOrderPath.order(d.id).path, number: d.number, description: String(d.description.prefix(40)), status: t(d.status.labelKey, []))
        }
        notices = views.noticeRows(facts.notices, locale: locale)
        events = views.historyRows(facts.history, action: { t("step_\($0)", []) },
                                   status: { WorkOrderStatus(rawValue: $0).map { t($0.labelKey, []) } ?? $0 })
        hasExtensions = !extensionList.isEmpty; hasCoHandlers = !coHandlers.isEmpty; hasDuplicates = !duplicates.isEmpty; hasNotices = !notices.isEmpty
    }
}
