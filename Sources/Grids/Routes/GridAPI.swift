import Foundation
import Hummingbird
import Kernel

/// `/api/v1/grids` and `/api/v1/locate` for the mobile grid-worker app.
public enum GridAPI {
    public struct GridItem: Codable, Sendable {
        public var code: String
        public var name: String
        public var communityCode: String
        public var streetCode: String
        public var settlement: String
        public var households: Int?
        public var householdGuide: Int
        public var oversized: Bool

        init(_ unit: JurisdictionUnit) {
            code = unit.code
            name = unit.name
            communityCode = String(unit.code.prefix(UnitLevel.community.codeLength))
            streetCode = String(unit.code.prefix(UnitLevel.street.codeLength))
            settlement = unit.settlement.rawValue
            households = unit.households
            householdGuide = unit.settlement.householdGuide
            oversized = unit.isOversized
        }
    }

    public struct GridDetail: Codable, Sendable, ResponseEncodable {
        public var grid: GridItem
        public var polygon: PolygonGeometry?
        public var team: [Member]
        public var buildings: [Building]

        public struct Member: Codable, Sendable { var name: String; var position: String; var phone: String? }
        public struct Building: Codable, Sendable { var code: String; var name: String; var lon: Double?; var lat: Double? }
    }

    public struct Located: Codable, Sendable, ResponseEncodable {
        public var grid: GridItem
    }

    public static func register(on routes: SecureRoutes, service: GridService) {
        routes.get("/api/v1/grids", .permitted(.viewJurisdiction)) { request, context in
            let paging = try Paging(request)
            let query = request.uri.queryParameters
            let under = query.get("community") ?? query.get("street")
            if let under, !context.scope.contains(under), !context.scope.rootCode.hasPrefix(under) {
                // A filter outside the caller's scope simply matches nothing.
                return ListPage<GridItem>(items: [], total: 0, paging: paging)
            }
            let (items, total) = try await service.grids(within: context.scope, under: under, query: query.get("q"), paging: paging)
            return ListPage(items: items.map(GridItem.init), total: total, paging: paging)
        }
        routes.get("/api/v1/grids/{code}", .permitted(.viewJurisdiction), scope: .unitParameter("code")) { _, context in
            let grid = try await service.unit(try context.parameters.require("code"), visibleTo: context.scope)
            guard grid.level == .grid else { throw AppError.notFound }
            let (team, buildings) = try await service.teamAndBuildings(of: grid.code)
            return GridDetail(
                grid: GridItem(grid), polygon: grid.polygon.map(GeoJSON.geometry),
                team: team.map { .init(name: $0.name, position: $0.position.rawValue, phone: $0.phone) },
                buildings: buildings.map { .init(code: $0.code, name: $0.name, lon: $0.point?.lon, lat: $0.point?.lat) }
            )
        }
        routes.get("/api/v1/locate", .permitted(.viewJurisdiction)) { request, context in
            let query = request.uri.queryParameters
            guard let lonText = query.get("lon"), let latText = query.get("lat") else {
                throw AppError.invalid("locate_error_missing")
            }
            guard let lon = Double(lonText), let lat = Double(latText), Coordinates.areValid(lon: lon, lat: lat) else {
                throw AppError.invalid("geo_error_coordinate", [String("\(lonText), \(latText)".prefix(80))])
            }
            let grid = try await service.locate(GeoPoint(lon: lon, lat: lat), visibleTo: context.scope)
            return Located(grid: GridItem(grid))
        }
    }
}
