import Foundation
import Hummingbird
import Kernel

/// The resident portal: no account. File a request with a mobile number, get a number, track
/// it by number and phone, rate the service or dispute the closure. Sized for phones.
public enum PortalPages {
    public static func register(on routes: SecureRoutes, service: WorkOrderService, clock: any AppClock, views: ViewRenderer,
                                banners: (any ActiveBanners)? = nil) {
        routes.open(.get, WorkOrderPath.portal.path) { request, context in
            try await form(values: [:], error: nil, service: service, views: views, request: request, context: context,
                           banners: try await banners?.banners(for: nil) ?? [])
        }
        routes.open(.post, WorkOrderPath.portal.path) { request, context in
            // 4,000 Chinese characters are 36 KB once percent-encoded.
            let form = try await context.anonymousForm(request, limit: 64 << 10)
            do {
                let order = try await service.takeFromResident(.init(
                    channel: .online, categoryCode: form["category"] ?? "", description: form["description"] ?? "", address: form["address"],
                    lon: form["lon"].flatMap(Double.init), lat: form["lat"].flatMap(Double.init),
                    contactName: form["name"], contactPhone: form["phone"]
                ), submission: form["submission"] ?? "", from: context.clientAddress)
                let receipt = PortalReceiptPage(number: order.number, dueAt: TimeLeft.clock(order.dueAt),
                                                trackingCode: order.trackingCode.map(TrackingCode.display) ?? "")
                return try views.anonymousFormPage("portal_receipt", titleKey: "portal_receipt_title", model: receipt, request: request, context: context,
                                                   status: .created)
            } catch let error as AppError where [.unprocessableContent, .tooManyRequests, .conflict].contains(error.status) {
                return try await Self.form(values: form.fields.mapValues { $0.first ?? "" }, error: error, service: service, views: views,
                                           request: request, context: context)
            }
        }
        routes.open(.get, WorkOrderPath.portalTrack.path) { request, context in
            try views.anonymousFormPage("portal_track", titleKey: "portal_track_title", model: PortalTrackPage(), request: request, context: context)
        }
        routes.open(.post, WorkOrderPath.portalTrack.path) { request, context in
            let form = try await context.anonymousForm(request)
            return try await status(form, step: nil, service: service, clock: clock, views: views, request: request, context: context)
        }
        routes.open(.post, WorkOrderPath.portalRate.path) { request, context in
            let form = try await context.anonymousForm(request)
            let satisfaction = try parseChoice(form["satisfaction"], Satisfaction.self, invalidKey: "workorder_error_satisfaction") ?? .satisfied
            return try await status(form, step: .visit(satisfaction, note: form["text"] ?? ""), service: service, clock: clock, views: views,
                                    request: request, context: context)
        }
        routes.open(.post, WorkOrderPath.portalDispute.path) { request, context in
            let form = try await context.anonymousForm(request)
            return try await status(form, step: .dispute(reason: form["reason"] ?? ""), service: service, clock: clock, views: views,
                                    request: request, context: context)
        }
    }

    static func form(values: [String: String], error: AppError?, service: WorkOrderService, views: ViewRenderer, request: Request,
                     context: AppRequestContext, banners: [Banner] = []) async throws -> Response {
        let english = context.locale == .en
        let categories = try await service.categories().filter { $0.parentCode != nil }.map {
            PortalFormPage.Category(value: $0.code, label: $0.name(english), selected: values["category"] == $0.code)
        }
        var values = values
        // One token per form shown; kept through a correction so the first good send counts once.
        if (values["submission"] ?? "").isEmpty { values["submission"] = Secrets.randomToken() }
        let model = PortalFormPage(values: values, categories: categories, banners: views.bannerRows(banners, locale: context.locale),
                                   error: views.message(error, context.locale))
        return try views.anonymousFormPage("portal", titleKey: "portal_title", model: model, request: request, context: context, status: error?.status ?? .ok)
    }

    /// The order as its resident sees it, after an optional step of theirs.
    static func status(_ form: FormData, step: WorkOrderAction?, service: WorkOrderService, clock: any AppClock, views: ViewRenderer,
                       request: Request, context: AppRequestContext) async throws -> Response {
        let number = form["number"] ?? "", phone = form["phone"] ?? ""
        let locale = context.locale
        do {
            var order = try await service.track(reference: number, phone: phone, from: context.clientAddress)
            var stepError: String?
            if let step {
                do {
                    order = try await service.residentStep(step, on: order)
                } catch let error as AppError where error.status != .notFound {
                    stepError = views.t(error.messageKey, locale, error.args)
                }
            }
            // Residents see what was done and answered, not staff's internal notes.
            let events = try await service.events(of: order).map { e in
                PortalStatusPage.Event(action: views.t("step_\(e.action)", locale), at: TimeLeft.clock(Date(epochSeconds: e.at)),
                                       note: e.action == "reply" ? (e.note ?? "") : "")
            }
            let model = PortalStatusPage(
                number: order.number, reference: String(number.trimmed.prefix(64)), phone: phone, status: views.t(order.status.labelKey, locale),
                unit: order.handlingUnit ?? "", due: TimeLeft.text(order.status.isOpen ? Int(order.dueAt.timeIntervalSince(clock.now())) : nil, views: views, locale: locale),
                dueAt: TimeLeft.clock(order.dueAt), events: events, canRate: order.status == .closed,
                canDispute: order.status == .closed || order.status == .visited,
                satisfactions: Satisfaction.allCases.map { PageChoice(value: $0.rawValue, label: views.t($0.labelKey, locale)) },
                rated: order.satisfaction.map { views.t($0.labelKey, locale) } ?? "", error: stepError)
            return try views.anonymousFormPage("portal_status", titleKey: "portal_status_title", titleArgs: [order.number], model: model,
                                               request: request, context: context, status: stepError == nil ? .ok : .unprocessableContent)
        } catch let error as AppError where error.status == .unprocessableContent || error.status == .tooManyRequests {
            let model = PortalTrackPage(number: String(number.prefix(64)), error: views.t(error.messageKey, locale, error.args))
            var response = try views.anonymousFormPage("portal_track", titleKey: "portal_track_title", model: model, request: request, context: context,
                                                       status: error.status)
            if let seconds = error.retryAfter { response.headers[.retryAfter] = String(seconds) }
            return response
        }
    }
}

/// `portal_receipt.mustache`: the number a resident's request got, its deadline and tracking code.
struct PortalReceiptPage: PageModel {
    let number: String, dueAt: String, trackingCode: String
    let trackUrl = WorkOrderPath.portalTrack.path
}

/// `portal_track.mustache`: tracking by number and mobile, with what was wrong with the last try.
struct PortalTrackPage: PageModel {
    let action = WorkOrderPath.portalTrack.path
    var number = ""
    var error: String?
}

/// `portal.mustache`: the resident's request form, with the warnings in force.
struct PortalFormPage: PageModel {
    struct Category: Encodable, Sendable { let value: String, label: String, selected: Bool }
    let values: [String: String]
    let categories: [Category]
    let banners: [BannerRow]
    let error: String?
    let action = WorkOrderPath.portal.path, trackUrl = WorkOrderPath.portalTrack.path
}

/// `portal_status.mustache`: an order as its resident sees it: what was done and answered, not staff's notes.
struct PortalStatusPage: PageModel {
    struct Event: Encodable, Sendable { let action: String, at: String, note: String }
    let number: String, reference: String, phone: String, status: String, unit: String, due: String, dueAt: String
    let events: [Event]
    let canRate: Bool, canDispute: Bool
    let satisfactions: [PageChoice]
    let rated: String
    let error: String?
    let rateUrl = WorkOrderPath.portalRate.path, disputeUrl = WorkOrderPath.portalDispute.path
}
