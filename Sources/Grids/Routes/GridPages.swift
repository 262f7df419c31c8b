import Foundation
import Hummingbird
import Kernel

/// Pages to browse the jurisdiction tree and each grid: map, team, households against the guide.
public enum GridPages {
    public static func register(on routes: SecureRoutes, service: GridService, views: ViewRenderer, figures: [any UnitFigures] = [],
                                households: (any HouseholdCounts)? = nil) {
        routes.get("/units", .permitted(.viewJurisdiction)) { _, context in
            Response.redirect("/units/\(context.staff.unitCode)")
        }
        routes.get("/units/{code}", .permitted(.viewJurisdiction), scope: .unitParameter("code")) { request, context in
            let code = try context.parameters.require("code")
            var unit = try await service.unit(code, visibleTo: context.scope)
            // Registered households, once there are any, replace the figure typed on the grid.
            if unit.level == .grid, let households, case let n = try await households.households(in: unit.code), n > 0 {
                unit.households = n
            }
            var data = try await unitPage(unit, service: service, views: views, context: context)
            var extra: [[String: Any]] = []
            for source in figures {
                for figure in try await source.figures(under: unit.code, for: context.staff, locale: context.locale) {
                    extra.append(["label": figure.label, "count": figure.count, "href": figure.href ?? ""])
                }
            }
            data["figures"] = extra
            data["has_figures"] = !extra.isEmpty
            return views.page(unit.level == .grid ? "grid" : "unit", titleKey: "unit_page_title", titleArgs: [unit.name],
                              data: data, request: request, context: context)
        }
    }

    static func unitPage(_ unit: JurisdictionUnit, service: GridService, views: ViewRenderer, context: StaffContext) async throws -> [String: Any] {
        let locale = context.locale
        let scope = context.scope
        let (ancestry, children, counts, team) = try await service.surroundings(of: unit)
        var data: [String: Any] = [
            "unit": summary(unit, views: views, locale: locale),
            "breadcrumb": ancestry.filter { scope.contains($0.code) && $0.code != unit.code }
                .map { ["code": $0.code, "name": $0.name] },
            "can_manage": context.staff.can(.manageJurisdiction),
            "counts": UnitLevel.allCases.filter { $0 > unit.level }.compactMap { level -> [String: Any]? in
                guard let n = counts[level] else { return nil }
                return ["label": views.t(level.labelKey, locale), "count": n]
            },
        ]
        let childRows = children.map { summary($0, views: views, locale: locale) }
        data["children"] = childRows
        data["has_children"] = !childRows.isEmpty
        if let level = unit.level.child { data["child_level"] = views.t(level.labelKey, locale) }
        if unit.level == .grid {
            data["team"] = team.map { member -> [String: Any] in
                [
                    "name": member.name, "position": views.t(member.position.labelKey, locale),
                    "phone": member.phone ?? "", "building": member.buildingCode ?? "",
                ]
            }
            data["buildings"] = childRows
            let markers = children.compactMap { child in child.point.map { MapSVG.Marker(point: $0, label: child.name) } }
            if let polygon = unit.polygon {
                data["map_svg"] = MapSVG.render(
                    shapes: [MapSVG.Shape(polygon: polygon, label: unit.name, focus: true, warn: unit.isOversized)],
                    markers: markers, title: views.t("map_title", locale, [unit.name])
                )
            }
        } else {
            let shapes = children.compactMap { child in
                child.polygon.map { MapSVG.Shape(polygon: $0, label: child.name, href: "/units/\(child.code)", warn: child.isOversized) }
            }
            if !shapes.isEmpty {
                data["map_svg"] = MapSVG.render(shapes: shapes, title: views.t("map_title", locale, [unit.name]))
            }
        }
        return data
    }

    static func summary(_ unit: JurisdictionUnit, views: ViewRenderer, locale: AppLocale) -> [String: Any] {
        var row: [String: Any] = [
            "code": unit.code, "name": unit.name, "level": views.t(unit.level.labelKey, locale),
            "settlement": views.t(unit.settlement.labelKey, locale), "address": unit.address ?? "",
            "is_grid": unit.level == .grid, "has_outline": unit.polygon != nil,
        ]
        if let households = unit.households {
            row["households"] = households
            row["guide"] = unit.settlement.householdGuide
            row["oversized"] = unit.isOversized
            row["sizing_note"] = views.t(unit.isOversized ? "sizing_over" : "sizing_ok", locale,
                                         [String(households), String(unit.settlement.householdGuide)])
        }
        if let point = unit.point {
            row["point"] = String(format: "%.5f, %.5f", point.lon, point.lat)
        }
        return row
    }
}
