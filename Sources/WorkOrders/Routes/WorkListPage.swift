import Foundation
import Kernel

/// `work_orders.mustache`: one tab of the work list, its filters, and for dispatchers the orders
/// that may be chosen and dispatched together.
struct WorkListPage: PageModel {
    struct Row: Encodable, Sendable {
        let id: String, url: String, number: String, description: String, gridCode: String, unit: String, status: String, `class`: String
        let due: String, overdue: Bool, selectable: Bool
    }
    let tabs: [PageTab]
    let tab: String
    let categories: [PageChoice]
    let number: String
    let orders: [Row]
    let total: String
    let bulk: Bool
    let message: String
    let knownUnits: [String]
    let prev: String, next: String
    let listUrl = WorkOrderPath.list.path, dispatchUrl: String

    init(_ items: [WorkOrder], total: Int, tab: WorkListView, filter: WorkOrderStore.Filter, categories: [WorkOrderCategory], bulk: Bool, knownUnits: [String],
         message: String?, pager: [String: String], now: Date, views: ViewRenderer, locale: AppLocale) {
        tabs = WorkListView.allCases.map { PageTab(value: $0.rawValue, label: views.t($0.labelKey, locale), active: $0 == tab) }
        self.tab = tab.rawValue
        let english = locale == .en
        self.categories = categories.filter { $0.parentCode != nil }.map {
            PageChoice(value: $0.code, label: "\($0.code) \($0.name(english))", selected: $0.code == filter.category)
        }
        number = filter.number ?? ""
        orders = items.map { o in
            let left = o.status.isOpen ? Int(o.dueAt.timeIntervalSince(now)) : nil
            return Row(id: o.id, url: WorkOrderPath.order(o.id).path, number: o.number, description: String(o.description.prefix(40)), gridCode: o.gridCode, unit: o.handlingUnit ?? "",
                       status: views.t(o.status.labelKey, locale), class: views.t(o.requestClass.labelKey, locale),
                       due: TimeLeft.text(left, views: views, locale: locale), overdue: (left ?? 1) < 0,
                       selectable: bulk && [.registered, .returned, .reopened].contains(o.status))
        }
        self.total = views.t("pager_total", locale, [ListTotal.label(total)])
        (self.bulk, self.message, self.knownUnits) = (bulk, message ?? "", knownUnits)
        (prev, next) = (pager["prev"] ?? "", pager["next"] ?? "")
        dispatchUrl = WorkOrderPath.bulkDispatch.path + "?tab=\(tab.rawValue)"
    }
}
