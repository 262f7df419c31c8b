import Foundation
import Hummingbird
import Kernel

/// Pages to browse the jurisdiction tree and each grid: map, team, households against the guide.
public enum GridPages {
    public static func register(on routes: SecureRoutes, service: GridService, views: ViewRenderer, figures: [any UnitFigures] = [],
                                households: (any HouseholdCounts)? = nil) {
        routes.get(GridPath.units.path, .permitted(.viewJurisdiction)) { _, context in
            Response.redirect(GridPath.unit(context.staff.unitCode).path)
        }
        routes.get(GridPath.pattern(GridPath.unit), .permitted(.viewJurisdiction), scope: .unitParameter("code")) { request, context in
            let code = try context.parameters.require("code")
            var unit = try await service.unit(code, visibleTo: context.scope)
            // Registered households, once there are any, replace the figure typed on the grid.
            if unit.level == .grid, let households, case let n = try await households.households(in: unit.code), n > 0 {
                unit.households = n
            }
            var extra: [(label: String, count: Int, href: String?)] = []
            for source in figures {
                extra += try await source.figures(under: unit.code, for: context.staff, locale: context.locale)
            }
            let model = UnitPage(unit, surroundings: try await service.surroundings(of: unit), figures: extra, viewer: context.staff, views: views,
                                 locale: context.locale)
            return try views.page(unit.level == .grid ? "grid" : "unit", titleKey: "unit_page_title", titleArgs: [unit.name], model: model, request: request,
                                  context: context)
        }
    }
}
