import Foundation
import Grids
import Testing

@Suite("Polygons and GeoJSON")
struct GeometryTests {
    func square(_ x: Double, _ y: Double, _ size: Double) -> GeoPolygon {
        GeoPolygon(outer: [GeoPoint(lon: x, lat: y), GeoPoint(lon: x + size, lat: y), GeoPoint(lon: x + size, lat: y + size), GeoPoint(lon: x, lat: y + size)])
    }

    func geoJSON(_ rings: [[[Double]]]) -> String {
        let data = try! JSONSerialization.data(withJSONObject: ["type": "Polygon", "coordinates": rings])
        return String(decoding: data, as: UTF8.self)
    }

    @Test func pointInPolygonRespectsHoles() throws {
        let polygon = try GeoJSON.parsePolygon(geoJSON([
            [[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]],
            [[4, 4], [6, 4], [6, 6], [4, 6], [4, 4]],
        ]))
        #expect(polygon.contains(GeoPoint(lon: 1, lat: 1)))
        #expect(!polygon.contains(GeoPoint(lon: 5, lat: 5)))
        #expect(!polygon.contains(GeoPoint(lon: 11, lat: 5)))
        #expect(polygon.contains(GeoPoint(lon: 10, lat: 5)))  // on the edge
    }

    @Test func neighboursSharingAnEdgeDoNotOverlap() {
        #expect(!square(0, 0, 1).overlaps(square(1, 0, 1)))
        #expect(!square(0, 0, 1).overlaps(square(1, 1, 1)))  // corner only
    }

    @Test func overlapsAreFound() {
        #expect(square(0, 0, 2).overlaps(square(1, 1, 2)))        // crossing edges
        #expect(square(0, 0, 10).overlaps(square(2, 2, 1)))       // containment
        #expect(square(0, 0, 1).overlaps(square(0, 0, 1)))        // identical
        #expect(square(0, 0, 2).overlaps(square(0, 0, 1)))        // shared corner and edges, nested
    }

    @Test func selfIntersectionIsRefused() {
        let bowtie = geoJSON([[[0, 0], [2, 2], [2, 0], [0, 2], [0, 0]]])
        #expect(throws: GeoJSONError.selfIntersecting) { try GeoJSON.parsePolygon(bowtie) }
    }

    @Test func malformedInputIsRefusedWithAReason() {
        #expect(throws: GeoJSONError.malformed) { try GeoJSON.parsePolygon("{not json") }
        #expect(throws: GeoJSONError.malformed) { try GeoJSON.parsePolygon(#"{"type":"Polygon","coordinates":[[["a",1]]]}"#) }
        #expect(throws: GeoJSONError.unsupportedType("Point")) { try GeoJSON.parsePolygon(#"{"type":"Point","coordinates":[1,2]}"#) }
        #expect(throws: GeoJSONError.notClosed(ring: 1)) { try GeoJSON.parsePolygon(geoJSON([[[0, 0], [1, 0], [1, 1], [0, 1]]])) }
        #expect(throws: GeoJSONError.tooFewPoints(ring: 1)) { try GeoJSON.parsePolygon(geoJSON([[[0, 0], [1, 0], [0, 0]]])) }
        #expect(throws: GeoJSONError.badCoordinate("[200.0, 1.0]")) {
            try GeoJSON.parsePolygon(geoJSON([[[200, 1], [1, 0], [1, 1], [200, 1]]]))
        }
    }

    @Test func featureWrappingAPolygonIsAccepted() throws {
        let text = #"{"type":"Feature","properties":{"name":"x"},"geometry":{"type":"Polygon","coordinates":[[[120,30],[120.01,30],[120.01,30.01],[120,30.01],[120,30]]]}}"#
        let polygon = try GeoJSON.parsePolygon(text)
        #expect(polygon.outer.count == 5)
        #expect(try GeoJSON.parsePolygon(GeoJSON.text(polygon)) == polygon)
    }

    @Test func interiorPointIsInsideConcaveShapes() throws {
        let u = try GeoJSON.parsePolygon(geoJSON([[[0, 0], [3, 0], [3, 3], [2, 3], [2, 1], [1, 1], [1, 3], [0, 3], [0, 0]]]))
        let p = try #require(u.interiorPoint)
        #expect(u.strictlyContains(p))
    }
}

@Suite("Spatial index and demo county")
struct SpatialIndexTests {
    @Test func demoGridsTileEachCommunityWithoutOverlap() throws {
        let plan = DemoJurisdiction.plan()
        let grids = plan.units.filter { $0.level == .grid }
        #expect(grids.count == 60)
        #expect(plan.units.filter { $0.level == .community }.count == 12)
        #expect(plan.units.filter { $0.level == .street }.count == 3)
        for (i, a) in grids.enumerated() {
            for b in grids[(i + 1)...] {
                #expect(!a.polygon!.overlaps(b.polygon!), "\(a.code) overlaps \(b.code)")
            }
        }
        // The five grids of a community cover it: their areas add up to the community's.
        for community in plan.units where community.level == .community {
            let area = grids.filter { $0.parentCode == community.code }.map { $0.polygon!.planarArea }.reduce(0, +)
            #expect(abs(area - community.polygon!.planarArea) < 1e-12)
        }
        // Every building stands in its own grid.
        for building in plan.units where building.level == .building {
            let grid = grids.first { $0.code == building.parentCode }!
            #expect(grid.polygon!.contains(building.point!), "\(building.code) outside \(grid.code)")
        }
    }

    @Test func locateFindsTheSameGridAsABruteForceScan() {
        let plan = DemoJurisdiction.plan()
        let grids = plan.units.filter { $0.level == .grid }.map { (code: $0.code, polygon: $0.polygon!) }
        let index = SpatialIndex(grids)
        var random = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let point = GeoPoint(lon: Double.random(in: 119.99...120.31, using: &random), lat: Double.random(in: 29.99...30.09, using: &random))
            let expected = grids.filter { $0.polygon.strictlyContains(point) }.map(\.code)
            let found = index.locate(point)
            if expected.count == 1 {
                #expect(found == expected[0])
            } else if expected.isEmpty, !grids.contains(where: { $0.polygon.contains(point) }) {
                #expect(found == nil)
            }
        }
    }

    @Test func locateScalesToFortyThousandGrids() {
        let grids = SyntheticGrids.make(count: 40_000)
        let index = SpatialIndex(grids)
        #expect(index.count == 40_000)
        // The centre of every 97th cell is found in that cell.
        for i in stride(from: 0, to: grids.count, by: 97) {
            let box = grids[i].polygon.boundingBox
            let centre = GeoPoint(lon: (box.minLon + box.maxLon) / 2, lat: (box.minLat + box.maxLat) / 2)
            #expect(index.locate(centre) == grids[i].code)
        }
        #expect(index.locate(GeoPoint(lon: 0, lat: 0)) == nil)
    }
}
