/// A large square lattice of grid outlines for tests and benchmarks of the locate index
/// (SPEC.md plans for 40,000 grids in a large district).
public enum SyntheticGrids {
    public static func make(count: Int, codePrefix: String = "999999", origin: GeoPoint = GeoPoint(lon: 119.0, lat: 29.0),
                            cell: Double = 0.003) -> [(code: String, polygon: GeoPolygon)] {
        let side = Int(Double(count).squareRoot().rounded(.up))
        return (0..<count).map { i in
            let x = origin.lon + Double(i % side) * cell, y = origin.lat + Double(i / side) * cell
            let polygon = GeoPolygon(outer: [
                GeoPoint(lon: x, lat: y), GeoPoint(lon: x + cell, lat: y),
                GeoPoint(lon: x + cell, lat: y + cell), GeoPoint(lon: x, lat: y + cell),
            ])
            let digits = String(format: "%0\(UnitLevel.grid.codeLength - codePrefix.count)d", i)
            return (code: codePrefix + digits, polygon: polygon)
        }
    }
}
