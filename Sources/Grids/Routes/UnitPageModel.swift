import Foundation
import Kernel

/// A unit as a row of the jurisdiction pages: its name, level and settlement, and for a grid its
/// households against the sizing guide.
struct UnitRow: Encodable, Sendable {
    let code: String, name: String, level: String, settlement: String, address: String, url: String
    let isGrid: Bool, hasOutline: Bool
    let households: Int?, guide: Int?, oversized: Bool?, sizingNote: String?
    let point: String?

    init(_ unit: JurisdictionUnit, views: ViewRenderer, locale: AppLocale) {
        (code, name, level) = (unit.code, unit.name, views.t(unit.level.labelKey, locale))
        (settlement, address, url) = (views.t(unit.settlement.labelKey, locale), unit.address ?? "", GridPath.unit(unit.code).path)
        (isGrid, hasOutline) = (unit.level == .grid, unit.polygon != nil)
        households = unit.households
        guide = unit.households.map { _ in unit.settlement.householdGuide }
        oversized = unit.households.map { _ in unit.isOversized }
        sizingNote = unit.households.map {
            views.t(unit.isOversized ? "sizing_over" : "sizing_ok", locale, [String($0), String(unit.settlement.householdGuide)])
        }
        point = unit.point.map { String(format: "%.5f, %.5f", $0.lon, $0.lat) }
    }
}

/// `unit.mustache` and `grid.mustache`: a unit with its place in the tree, the counts below it,
/// its children (for a grid: its team and buildings), the map and other contexts' figures.
struct UnitPage: PageModel {
    struct Crumb: Encodable, Sendable { let name: String, url: String }
    struct Count: Encodable, Sendable { let label: String, count: Int }
    struct Member: Encodable, Sendable { let name: String, position: String, phone: String, building: String }
    struct Figure: Encodable, Sendable { let label: String, count: Int, href: String }

    let unit: UnitRow
    let breadcrumb: [Crumb]
    let canManage: Bool
    let counts: [Count]
    let children: [UnitRow]
    let hasChildren: Bool
    let childLevel: String?
    let team: [Member]?
    let buildings: [UnitRow]?
    let mapSvg: String?
    let figures: [Figure]
    let hasFigures: Bool
    let editUrl: String, newChildUrl: String, teamUrl: String

    init(_ unit: JurisdictionUnit, surroundings: (ancestry: [JurisdictionUnit], children: [JurisdictionUnit], counts: [UnitLevel: Int], team: [TeamMember]),
         figures: [(label: String, count: Int, href: String?)], viewer: Staff, views: ViewRenderer, locale: AppLocale) {
        let (ancestry, children, counts, team) = surroundings
        self.unit = UnitRow(unit, views: views, locale: locale)
        breadcrumb = ancestry.filter { viewer.scope.contains($0.code) && $0.code != unit.code }.map { Crumb(name: $0.name, url: GridPath.unit($0.code).path) }
        canManage = viewer.can(.manageJurisdiction)
        self.counts = UnitLevel.allCases.filter { $0 > unit.level }.compactMap { level in counts[level].map { Count(label: views.t(level.labelKey, locale), count: $0) } }
        let rows = children.map { UnitRow($0, views: views, locale: locale) }
        (self.children, hasChildren) = (rows, !rows.isEmpty)
        childLevel = unit.level.child.map { views.t($0.labelKey, locale) }
        if unit.level == .grid {
            self.team = team.map { Member(name: $0.name, position: views.t($0.position.labelKey, locale), phone: $0.phone ?? "", building: $0.buildingCode ?? "") }
            buildings = rows
            let markers = children.compactMap { child in child.point.map { MapSVG.Marker(point: $0, label: child.name) } }
            mapSvg = unit.polygon.map {
                MapSVG.render(shapes: [MapSVG.Shape(polygon: $0, label: unit.name, focus: true, warn: unit.isOversized)], markers: markers,
                              title: views.t("map_title", locale, [unit.name]))
            }
        } else {
            (self.team, buildings) = (nil, nil)
            let shapes = children.compactMap { child in
                child.polygon.map { MapSVG.Shape(polygon: $0, label: child.name, href: GridPath.unit(child.code).path, warn: child.isOversized) }
            }
            mapSvg = shapes.isEmpty ? nil : MapSVG.render(shapes: shapes, title: views.t("map_title", locale, [unit.name]))
        }
        self.figures = figures.map { Figure(label: $0.label, count: $0.count, href: $0.href ?? "") }
        hasFigures = !figures.isEmpty
        (editUrl, newChildUrl, teamUrl) = (GridPath.edit(unit.code).path, GridPath.newChild(unit.code).path, GridPath.team(unit.code).path)
    }
}

/// `unit_form.mustache`: a new unit under its parent, or an existing one's edit (outline as GeoJSON).
struct UnitFormPage: PageModel {
    let values: [String: String]
    let isNew: Bool
    let action: String
    let level: String, codeHint: String
    let isGrid: Bool, hasOutline: Bool, isBuilding: Bool
    let settlements: [PageChoice]
    let cancelHref: String
    let error: String?

    init(unit: JurisdictionUnit?, parent: JurisdictionUnit?, values: [String: String], error: AppError?, views: ViewRenderer, locale: AppLocale) {
        let level = unit?.level ?? parent?.level.child ?? .grid
        (self.values, isNew) = (values, unit == nil)
        action = unit.map { GridPath.edit($0.code).path } ?? GridPath.newChild(parent?.code ?? "").path
        self.level = views.t(level.labelKey, locale)
        codeHint = views.t("unit_code_hint", locale, [parent?.code ?? "", String(level.codeLength)])
        (isGrid, hasOutline, isBuilding) = (level == .grid, level != .building && level != .county, level == .building)
        settlements = Settlement.allCases.map { PageChoice(value: $0.rawValue, label: views.t($0.labelKey, locale), selected: values["settlement"] == $0.rawValue) }
        cancelHref = GridPath.unit(unit?.code ?? parent?.code ?? "").path
        self.error = views.message(error, locale)
    }
}
