/// Finds which grid polygon holds a point. A uniform bucket grid over the bounding boxes:
/// each bucket lists the polygons whose box touches it, so a lookup tests only a handful of
/// polygons whatever the number of grids (40,000 in a large district).
public struct SpatialIndex: Sendable {
    public struct Entry: Sendable {
        public let code: String
        public let polygon: GeoPolygon
        let box: BoundingBox
    }

    private let entries: [Entry]
    private let buckets: [Int: [Int32]]
    private let origin: GeoPoint
    private let cellSize: Double
    private let columns: Int

    public var count: Int { entries.count }

    public init(_ items: [(code: String, polygon: GeoPolygon)]) {
        let entries = items.map { Entry(code: $0.code, polygon: $0.polygon, box: $0.polygon.boundingBox) }
        self.entries = entries
        guard let first = entries.first?.box else {
            self.buckets = [:]
            self.origin = GeoPoint(lon: 0, lat: 0)
            self.cellSize = 1
            self.columns = 1
            return
        }
        let all = entries.dropFirst().reduce(first) { $0.union($1.box) }
        // Cells about the size of an average polygon keep buckets short.
        let averageSide = entries.map { max($0.box.maxLon - $0.box.minLon, $0.box.maxLat - $0.box.minLat) }
            .reduce(0, +) / Double(entries.count)
        let cellSize = max(averageSide, 1e-6)
        let columns = Int(((all.maxLon - all.minLon) / cellSize).rounded(.down)) + 1
        var buckets: [Int: [Int32]] = [:]
        for (index, entry) in entries.enumerated() {
            let c0 = Int(((entry.box.minLon - all.minLon) / cellSize).rounded(.down))
            let c1 = Int(((entry.box.maxLon - all.minLon) / cellSize).rounded(.down))
            let r0 = Int(((entry.box.minLat - all.minLat) / cellSize).rounded(.down))
            let r1 = Int(((entry.box.maxLat - all.minLat) / cellSize).rounded(.down))
            for row in r0...r1 {
                for column in c0...c1 { buckets[row * columns + column, default: []].append(Int32(index)) }
            }
        }
        self.buckets = buckets
        self.origin = GeoPoint(lon: all.minLon, lat: all.minLat)
        self.cellSize = cellSize
        self.columns = columns
    }

    /// The code of the polygon containing `point`; with neighbours sharing an edge, the first wins.
    public func locate(_ point: GeoPoint) -> String? {
        guard point.isValid, point.lon >= origin.lon, point.lat >= origin.lat else { return nil }
        let column = Int(((point.lon - origin.lon) / cellSize).rounded(.down))
        let row = Int(((point.lat - origin.lat) / cellSize).rounded(.down))
        guard column < columns, let candidates = buckets[row * columns + column] else { return nil }
        for index in candidates {
            let entry = entries[Int(index)]
            if entry.box.contains(point), entry.polygon.contains(point) { return entry.code }
        }
        return nil
    }
}
