/// A longitude/latitude position (WGS 84 degrees, GeoJSON order).
public struct GeoPoint: Sendable, Equatable, Codable {
    public var lon: Double
    public var lat: Double

    public init(lon: Double, lat: Double) {
        self.lon = lon
        self.lat = lat
    }

    public var isValid: Bool {
        lon.isFinite && lat.isFinite && (-180...180).contains(lon) && (-90...90).contains(lat)
    }
}

public struct BoundingBox: Sendable, Equatable {
    public var minLon, minLat, maxLon, maxLat: Double

    public func contains(_ p: GeoPoint) -> Bool {
        p.lon >= minLon && p.lon <= maxLon && p.lat >= minLat && p.lat <= maxLat
    }

    public func intersects(_ other: BoundingBox) -> Bool {
        minLon <= other.maxLon && maxLon >= other.minLon && minLat <= other.maxLat && maxLat >= other.minLat
    }

    public func union(_ other: BoundingBox) -> BoundingBox {
        BoundingBox(minLon: min(minLon, other.minLon), minLat: min(minLat, other.minLat),
                    maxLon: max(maxLon, other.maxLon), maxLat: max(maxLat, other.maxLat))
    }
}

/// A polygon: one outer ring and optional holes, each ring closed (first point == last point).
public struct GeoPolygon: Sendable, Equatable {
    public var rings: [[GeoPoint]]

    public init(rings: [[GeoPoint]]) {
        self.rings = rings
    }

    public init(outer: [GeoPoint]) {
        var ring = outer
        if let first = ring.first, ring.last != first { ring.append(first) }
        self.rings = [ring]
    }

    public var outer: [GeoPoint] { rings.first ?? [] }

    public var boundingBox: BoundingBox {
        var box = BoundingBox(minLon: .infinity, minLat: .infinity, maxLon: -.infinity, maxLat: -.infinity)
        for p in outer {
            box.minLon = min(box.minLon, p.lon); box.maxLon = max(box.maxLon, p.lon)
            box.minLat = min(box.minLat, p.lat); box.maxLat = max(box.maxLat, p.lat)
        }
        return box
    }

    /// Edges of every ring as point pairs.
    var edges: [(GeoPoint, GeoPoint)] {
        rings.flatMap { ring in zip(ring, ring.dropFirst()).map { ($0, $1) } }
    }

    /// Even-odd ray casting over all rings, so holes are outside. Points on an edge count as inside.
    public func contains(_ p: GeoPoint) -> Bool {
        if onBoundary(p) { return true }
        return strictlyContains(p)
    }

    /// Inside and not on any edge.
    public func strictlyContains(_ p: GeoPoint) -> Bool {
        var inside = false
        for ring in rings {
            for (a, b) in zip(ring, ring.dropFirst()) where (a.lat > p.lat) != (b.lat > p.lat) {
                let x = a.lon + (p.lat - a.lat) / (b.lat - a.lat) * (b.lon - a.lon)
                if p.lon < x { inside.toggle() }
            }
        }
        return inside && !onBoundary(p)
    }

    public func onBoundary(_ p: GeoPoint) -> Bool {
        edges.contains { Segment.contains($0.0, $0.1, p) }
    }

    /// A point strictly inside: the middle of the first span of a horizontal line through the
    /// middle of the shape, at a height that avoids every vertex.
    public var interiorPoint: GeoPoint? {
        let box = boundingBox
        var lats = Set(rings.flatMap { $0.map(\.lat) }).sorted()
        lats = lats.filter { $0 > box.minLat && $0 < box.maxLat }
        let candidates = ([box.minLat] + lats + [box.maxLat])
        // Try the gaps between distinct vertex heights, widest first.
        let gaps = zip(candidates, candidates.dropFirst()).map { ($0 + $1) / 2 }
        for y in gaps.sorted(by: { abs($0 - (box.minLat + box.maxLat) / 2) < abs($1 - (box.minLat + box.maxLat) / 2) }) {
            var xs: [Double] = []
            for (a, b) in edges where (a.lat > y) != (b.lat > y) {
                xs.append(a.lon + (y - a.lat) / (b.lat - a.lat) * (b.lon - a.lon))
            }
            xs.sort()
            var index = 0
            while index + 1 < xs.count {
                let mid = GeoPoint(lon: (xs[index] + xs[index + 1]) / 2, lat: y)
                if xs[index + 1] - xs[index] > 1e-12, strictlyContains(mid) { return mid }
                index += 2
            }
        }
        return nil
    }

    /// True when some edge crosses a non-adjacent edge of the same polygon.
    public var selfIntersects: Bool {
        let all = rings.enumerated().flatMap { r, ring in
            zip(ring, ring.dropFirst()).enumerated().map { (ring: r, index: $0, a: $1.0, b: $1.1, count: ring.count - 1) }
        }
        for i in all.indices {
            for j in all.indices where j > i {
                let e = all[i], f = all[j]
                if e.ring == f.ring {
                    let adjacent = f.index == e.index + 1 || (e.index == 0 && f.index == e.count - 1)
                    if adjacent {
                        // Adjacent edges share one vertex; they may only overlap if they fold back.
                        if Segment.collinearOverlap(e.a, e.b, f.a, f.b) { return true }
                        continue
                    }
                }
                if Segment.intersect(e.a, e.b, f.a, f.b) { return true }
            }
        }
        return false
    }

    /// True when the interiors overlap. Shared edges and touching corners are not overlap,
    /// so neighbouring grids may share a boundary.
    public func overlaps(_ other: GeoPolygon) -> Bool {
        guard boundingBox.intersects(other.boundingBox) else { return false }
        for (a, b) in edges {
            for (c, d) in other.edges where Segment.properlyCross(a, b, c, d) { return true }
        }
        if outer.contains(where: other.strictlyContains) || other.outer.contains(where: strictlyContains) { return true }
        if let p = interiorPoint, other.strictlyContains(p) { return true }
        if let p = other.interiorPoint, strictlyContains(p) { return true }
        // Edge midpoints catch equal shapes whose vertices all lie on each other's boundary.
        for (a, b) in edges {
            let mid = GeoPoint(lon: (a.lon + b.lon) / 2, lat: (a.lat + b.lat) / 2)
            if other.strictlyContains(mid) { return true }
        }
        return false
    }

    /// Area by the shoelace formula in squared degrees (for sorting and sanity checks only).
    public var planarArea: Double {
        var sum = 0.0
        for (a, b) in zip(outer, outer.dropFirst()) { sum += a.lon * b.lat - b.lon * a.lat }
        return abs(sum) / 2
    }
}

/// Segment predicates with a small tolerance for coordinates that came through decimal text.
enum Segment {
    static let epsilon = 1e-12

    static func orientation(_ a: GeoPoint, _ b: GeoPoint, _ c: GeoPoint) -> Double {
        (b.lon - a.lon) * (c.lat - a.lat) - (b.lat - a.lat) * (c.lon - a.lon)
    }

    static func sign(_ value: Double) -> Int {
        value > epsilon ? 1 : (value < -epsilon ? -1 : 0)
    }

    /// p lies on segment ab.
    static func contains(_ a: GeoPoint, _ b: GeoPoint, _ p: GeoPoint) -> Bool {
        sign(orientation(a, b, p)) == 0
            && p.lon >= min(a.lon, b.lon) - epsilon && p.lon <= max(a.lon, b.lon) + epsilon
            && p.lat >= min(a.lat, b.lat) - epsilon && p.lat <= max(a.lat, b.lat) + epsilon
    }

    /// The segments cross at a single point interior to both.
    static func properlyCross(_ a: GeoPoint, _ b: GeoPoint, _ c: GeoPoint, _ d: GeoPoint) -> Bool {
        let o1 = sign(orientation(a, b, c)), o2 = sign(orientation(a, b, d))
        let o3 = sign(orientation(c, d, a)), o4 = sign(orientation(c, d, b))
        return o1 * o2 < 0 && o3 * o4 < 0
    }

    /// The segments share any point.
    static func intersect(_ a: GeoPoint, _ b: GeoPoint, _ c: GeoPoint, _ d: GeoPoint) -> Bool {
        if properlyCross(a, b, c, d) { return true }
        return contains(a, b, c) || contains(a, b, d) || contains(c, d, a) || contains(c, d, b)
    }

    /// Collinear segments that share more than one point.
    static func collinearOverlap(_ a: GeoPoint, _ b: GeoPoint, _ c: GeoPoint, _ d: GeoPoint) -> Bool {
        guard sign(orientation(a, b, c)) == 0, sign(orientation(a, b, d)) == 0 else { return false }
        let useLon = abs(a.lon - b.lon) >= abs(a.lat - b.lat)
        func t(_ p: GeoPoint) -> Double { useLon ? p.lon : p.lat }
        let lo = max(min(t(a), t(b)), min(t(c), t(d)))
        let hi = min(max(t(a), t(b)), max(t(c), t(d)))
        return hi - lo > epsilon
    }
}
