import Foundation
import Hummingbird
import Kernel
import Spreadsheets
import SQLKit

/// One list of the register under a unit, shown as a page and exported as .xlsx with the same
/// columns: households, houses, tenancies, organisations, permits due, tenancies ended.
struct RegistryList: Sendable {
    struct Row: Sendable {
        let cells: [String]
        let href: String?
    }

    struct Query: Sendable {
        let scope: Scope
        let q: String?
        let type: String?
        let paging: Paging
        let staff: Staff
        let locale: AppLocale
    }

    let slug: String
    let titleKey: String
    /// String keys of the column headers.
    let columns: [String]
    /// The type filter's choices (value, label key); empty for none.
    let types: [(value: String, labelKey: String)]
    /// The search box's label key; nil when the list has no text search.
    let searchKey: String?
    let fetch: @Sendable (Query) async throws -> (rows: [Row], total: Int)
}

public enum RegistryListPages {
    /// One export is one file; past this a user narrows the list (by grid or type) first.
    static let exportLimit = 100_000

    public static func register(on routes: SecureRoutes, lists service: RegistryLists, views: ViewRenderer) {
        let lists = service.all
        for list in lists {
            routes.get(RegistryPath.list("{code}", list.slug).path, .permitted(.viewResidents), scope: .unitParameter("code")) { request, context in
                let code = try context.parameters.require("code")
                let paging = try Paging(page: request)
                let (q, type) = filters(request, list)
                let locale = context.locale
                let (rows, total) = try await list.fetch(.init(scope: Scope(rootCode: code), q: q, type: type, paging: paging,
                                                             staff: context.staff, locale: locale))
                let model = RegistryListPage(list, code: code, q: q, type: type, rows: rows, total: total,
                                             pager: paging.pagerLinks(keeping: [("type", type), ("q", q)], total: total), views: views, locale: locale)
                return try views.page("registry_list", titleKey: list.titleKey, model: model, request: request, context: context)
            }
            routes.get(RegistryPath.listExport("{code}", list.slug).path, .permitted(.viewResidents), scope: .unitParameter("code")) { request, context in
                let code = try context.parameters.require("code")
                let (q, type) = filters(request, list)
                let locale = context.locale
                // One row past the limit tells a list too long for one file: the lists' totals stop counting at 10,001, so a
                // total under the limit does not (a street's 200,000 households were cut to the first 100,000 unsaid).
                let (rows, _) = try await list.fetch(.init(scope: Scope(rootCode: code), q: q, type: type,
                                                           paging: Paging(limit: exportLimit + 1, offset: 0), staff: context.staff, locale: locale))
                guard rows.count <= exportLimit else { throw AppError.invalid("residents_export_too_many", [String(exportLimit)]) }
                let header = list.columns.map { views.t($0, locale) }
                let data = try XLSXWriter.workbook(sheetName: views.t(list.titleKey, locale), rows: [header] + rows.map(\.cells))
                try await service.recordExport(list, unit: code, rows: rows.count, by: context)
                return Response.xlsx(data, filename: "\(list.slug)-\(code).xlsx")
            }
        }
    }

    static func filters(_ request: Request, _ list: RegistryList) -> (q: String?, type: String?) {
        let query = request.uri.queryParameters
        let q = list.searchKey == nil ? nil : query.get("q")?.nilIfBlank
        let type = query.get("type").flatMap { value in list.types.contains { $0.value == value } ? value : nil }
        return (q, type)
    }
}
