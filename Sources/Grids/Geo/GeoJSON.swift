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
        guard let data = text.data(using: .utf8),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        else { throw GeoJSONError.malformed }
        return try polygon(from: object)
    }

    static func polygon(from object: [String: Any]) throws -> GeoPolygon {
        guard let type = object["type"] as? String else { throw GeoJSONError.malformed }
        switch type {
        case "Feature":
            guard let geometry = object["geometry"] as? [String: Any] else { throw GeoJSONError.malformed }
            return try polygon(from: geometry)
        case "FeatureCollection":
            guard let features = object["features"] as? [[String: Any]], features.count == 1 else {
                throw GeoJSONError.unsupportedType("FeatureCollection")
            }
            return try polygon(from: features[0])
        case "Polygon":
            guard let coordinates = object["coordinates"] as? [Any] else { throw GeoJSONError.malformed }
            return try validated(rings(coordinates))
        default:
            throw GeoJSONError.unsupportedType(type)
        }
    }

    static func rings(_ coordinates: [Any]) throws -> [[GeoPoint]] {
        guard !coordinates.isEmpty else { throw GeoJSONError.malformed }
        var total = 0
        return try coordinates.map { ringValue in
            guard let ring = ringValue as? [Any] else { throw GeoJSONError.malformed }
            total += ring.count
            if total > maxPoints { throw GeoJSONError.badCoordinate("> \(maxPoints) points") }
            return try ring.map { position in
                guard let pair = position as? [Any], pair.count >= 2,
                      let lon = (pair[0] as? NSNumber)?.doubleValue, let lat = (pair[1] as? NSNumber)?.doubleValue,
                      !(pair[0] is Bool), !(pair[1] is Bool)
                else { throw GeoJSONError.malformed }
                let point = GeoPoint(lon: lon, lat: lat)
                guard point.isValid else { throw GeoJSONError.badCoordinate("[\(lon), \(lat)]") }
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
