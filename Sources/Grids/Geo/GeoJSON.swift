import Foundation

/// Why a GeoJSON upload was refused; each maps to a message in the user's language.
public enum GeoJSONError: Error, Equatable, Sendable {
    case malformed
    case unsupportedType(String)
    case tooFewPoints(ring: Int)
    case notClosed(ring: Int)
    case badCoordinate(String)
    case selfIntersecting
    case holeOutside
}

/// Reads and writes the GeoJSON forms CivicGrid accepts: a Polygon geometry, or a Feature
/// whose geometry is one (RFC 7946). Anything else is refused with a reason.
public enum GeoJSON {
    public static let maxPoints = 10_000

    public static func parsePolygon(_ text: String) throws -> GeoPolygon {
        // Codable rather than JSONSerialization: on Linux the latter reads 0 and 1 as booleans.
        let data = Data(text.utf8)
        guard let head = try? JSONDecoder().decode(Head.self, from: data) else { throw GeoJSONError.malformed }
        switch head.type {
        case "Polygon":
            guard let polygon = try? JSONDecoder().decode(PolygonGeometry.self, from: data) else { throw GeoJSONError.malformed }
            return try validated(positions(polygon.coordinates))
        case "Feature":
            guard let feature = try? JSONDecoder().decode(Feature.self, from: data) else { throw GeoJSONError.malformed }
            return try geometry(feature.geometry)
        case "FeatureCollection":
            guard let collection = try? JSONDecoder().decode(FeatureCollection.self, from: data) else { throw GeoJSONError.malformed }
            guard collection.features.count == 1 else { throw GeoJSONError.unsupportedType("FeatureCollection") }
            return try geometry(collection.features[0].geometry)
        default:
            throw GeoJSONError.unsupportedType(head.type)
        }
    }

    struct Head: Decodable { let type: String }
    struct Feature: Decodable { let geometry: AnyGeometry }
    struct FeatureCollection: Decodable { let features: [Feature] }

    /// A geometry of any type; only a Polygon's coordinates are read.
    struct AnyGeometry: Decodable {
        let type: String
        let coordinates: [[[Double]]]?

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            type = try container.decode(String.self, forKey: .type)
            coordinates = type == "Polygon" ? try container.decode([[[Double]]].self, forKey: .coordinates) : nil
        }

        enum CodingKeys: String, CodingKey { case type, coordinates }
    }

    static func geometry(_ geometry: AnyGeometry) throws -> GeoPolygon {
        guard geometry.type == "Polygon", let coordinates = geometry.coordinates else {
            throw GeoJSONError.unsupportedType(geometry.type)
        }
        return try validated(positions(coordinates))
    }

    static func positions(_ coordinates: [[[Double]]]) throws -> [[GeoPoint]] {
        guard !coordinates.isEmpty else { throw GeoJSONError.malformed }
        guard coordinates.reduce(0, { $0 + $1.count }) <= maxPoints else { throw GeoJSONError.badCoordinate("> \(maxPoints) points") }
        return try coordinates.map { ring in
            try ring.map { pair in
                guard pair.count >= 2 else { throw GeoJSONError.malformed }
                let point = GeoPoint(lon: pair[0], lat: pair[1])
                guard point.isValid else { throw GeoJSONError.badCoordinate("[\(pair[0]), \(pair[1])]") }
                return point
            }
        }
    }

    /// Closed rings of at least four positions, no self-intersection, holes inside the outer ring.
    public static func validated(_ rings: [[GeoPoint]]) throws -> GeoPolygon {
        for (index, ring) in rings.enumerated() {
            if ring.count < 4 || Set(ring.map { "\($0.lon),\($0.lat)" }).count < 3 { throw GeoJSONError.tooFewPoints(ring: index + 1) }
            if ring.first != ring.last { throw GeoJSONError.notClosed(ring: index + 1) }
        }
        let polygon = GeoPolygon(rings: rings)
        if polygon.selfIntersects { throw GeoJSONError.selfIntersecting }
        let outer = GeoPolygon(rings: [rings[0]])
        for hole in rings.dropFirst() where !hole.allSatisfy(outer.contains) {
            throw GeoJSONError.holeOutside
        }
        if polygon.planarArea == 0 { throw GeoJSONError.tooFewPoints(ring: 1) }
        return polygon
    }

    /// The polygon as a GeoJSON geometry object, ready to embed in an API answer.
    public static func geometry(_ polygon: GeoPolygon) -> PolygonGeometry {
        PolygonGeometry(coordinates: polygon.rings.map { $0.map { [$0.lon, $0.lat] } })
    }

    public static func text(_ polygon: GeoPolygon) -> String {
        let data = (try? JSONEncoder().encode(geometry(polygon))) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }
}

public struct PolygonGeometry: Codable, Sendable, Equatable {
    public var type = "Polygon"
    public var coordinates: [[[Double]]]
}

extension GeoJSONError {
    /// String-table key and arguments for the message a person reads.
    public var message: (key: String, args: [String]) {
        switch self {
        case .malformed: ("geo_error_malformed", [])
        case .unsupportedType(let type): ("geo_error_type", [type])
        case .tooFewPoints(let ring): ("geo_error_few_points", [String(ring)])
        case .notClosed(let ring): ("geo_error_not_closed", [String(ring)])
        case .badCoordinate(let text): ("geo_error_coordinate", [text])
        case .selfIntersecting: ("geo_error_self_intersecting", [])
        case .holeOutside: ("geo_error_hole_outside", [])
        }
    }
}
