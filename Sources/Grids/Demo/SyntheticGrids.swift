/// A large square lattice of grid outlines for tests and benchmarks of the locate index
/// (SPEC.md plans for 40,000 grids in a large district).
public enum SyntheticGrids {
    public static func make(count: Int, origin: GeoPoint = GeoPoint(lon: 119.0, lat: 29.0), cell: Double = 0.003) -> [(code: String, polygon: GeoPolygon)] {
        let side = Int(Double(count).squareRoot().rounded(.up))
        return (0..<count).map { i in
            let x = origin.lon + Double(i % side) * cell, y = origin.lat + Double(i / side) * cell
            let polygon = GeoPolygon(outer: [
                GeoPoint(lon: x, lat: y), GeoPoint(lon: x + cell, lat: y),
                GeoPoint(lon: x + cell, lat: y + cell), GeoPoint(lon: x, lat: y + cell),
            ])
            return (code: "999999" + String(format: "%09d", i), polygon: polygon)
        }
    }
}
