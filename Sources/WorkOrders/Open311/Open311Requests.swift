import Foundation
import Kernel

/// How work orders and categories read as Open311 services and service requests.
struct Open311Requests {
    let views: ViewRenderer
    let locale: AppLocale
    let categories: [WorkOrderCategory]

    var english: Bool { locale == .en }

    func service(_ c: WorkOrderCategory) -> Open311Document.Value {
        let group = categories.first { $0.code == c.parentCode }
        return .object([
            ("service_code", .text(c.code)), ("service_name", .text(c.name(english))), ("description", .text(notice(c))),
            ("metadata", .boolean(false)), ("type", .text("realtime")), ("keywords", .text(c.name(!english))),
            ("group", .text(group?.name(english))),
        ])
    }

    /// What will happen to a request of this category: its time limit, or where it is handed.
    func notice(_ c: WorkOrderCategory) -> String {
        if c.requestClass == .administrative {
            let days = Deadlines.workingDays(for: c.level)
            return days == 0 ? views.t("open311_notice_same_day", locale) : views.t("open311_notice_days", locale, [String(days)])
        }
        return views.t("open311_notice_handed", locale, [c.handlingUnit ?? ""])
    }

    func request(_ o: WorkOrder) -> Open311Document.Value {
        let category = categories.first { $0.code == o.categoryCode }
        let closed = !o.status.isOpen
        return .object([
            ("service_request_id", .text(o.number)),
            ("status", .text(closed ? "closed" : "open")),
            ("status_notes", .text(views.t(o.status.labelKey, locale))),
            ("service_name", .text(category?.name(english) ?? o.categoryCode)),
            ("service_code", .text(o.categoryCode)),
            ("description", .text(o.description)),
            ("agency_responsible", .text(o.handlingUnit)),
            ("service_notice", .text(category.map(notice))),
            ("requested_datetime", .text(W3CDate.text(o.createdAt))),
            ("updated_datetime", .text(W3CDate.text(o.updatedAt ?? o.createdAt))),
            ("expected_datetime", .text(W3CDate.text(o.dueAt))),
            ("address", .text(o.address)),
            ("address_id", .text(nil)),
            ("zipcode", .text(nil)),
            ("lat", .number(o.lat)),
            ("long", .number(o.lon)),
            ("media_url", .text(o.mediaURL)),
        ])
    }
}

/// The W3C date-time profile the spec requires, in China's time (no daylight saving: +08:00).
enum W3CDate {
    static func text(_ date: Date) -> String {
        let c = Day.gregorian.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02d+08:00", c.year ?? 0, c.month ?? 0, c.day ?? 0, c.hour ?? 0, c.minute ?? 0, c.second ?? 0)
    }

    static func parse(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        if let date = formatter.date(from: text) { return date }
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.date(from: text)
    }
}
