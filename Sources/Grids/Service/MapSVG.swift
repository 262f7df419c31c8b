import Foundation
import Kernel

/// Draws outlines as an inline SVG on the server: no map tiles, nothing fetched at run time.
public enum MapSVG {
    public struct Shape {
        public var polygon: GeoPolygon
        public var label: String
        public var href: String?
        public var focus: Bool
        public var warn: Bool

        public init(polygon: GeoPolygon, label: String, href: String? = nil, focus: Bool = false, warn: Bool = false) {
            self.polygon = polygon
            self.label = label
            self.href = href
            self.focus = focus
            self.warn = warn
        }
    }

    public struct Marker {
        public var point: GeoPoint
        public var label: String

        public init(point: GeoPoint, label: String) {
            self.point = point
            self.label = label
        }
    }

    /// An SVG of the shapes and markers, framed on their joint extent, `width` pixels wide.
    public static func render(shapes: [Shape], markers: [Marker] = [], width maxWidth: Double = 640, maxHeight: Double = 520, title: String) -> String {
        guard let first = shapes.first?.polygon.boundingBox else { return "" }
        var box = shapes.dropFirst().reduce(first) { $0.union($1.polygon.boundingBox) }
        let padLon = (box.maxLon - box.minLon) * 0.04, padLat = (box.maxLat - box.minLat) * 0.04
        box = BoundingBox(minLon: box.minLon - padLon, minLat: box.minLat - padLat, maxLon: box.maxLon + padLon, maxLat: box.maxLat + padLat)
        // Equirectangular with the longitude squeezed by cos(latitude): true shape at county scale.
        let squeeze = cos((box.minLat + box.maxLat) / 2 * .pi / 180)
        let spanX = max((box.maxLon - box.minLon) * squeeze, 1e-9)
        let spanY = max(box.maxLat - box.minLat, 1e-9)
        // Fit inside maxWidth × maxHeight whatever the shape's proportions.
        let scale = min(maxWidth / spanX, maxHeight / spanY)
        let width = (spanX * scale).rounded(), height = (spanY * scale).rounded()
        func xy(_ p: GeoPoint) -> (Double, Double) {
            ((p.lon - box.minLon) * squeeze * scale, (box.maxLat - p.lat) * scale)
        }
        func fmt(_ v: Double) -> String { String(format: "%.1f", v) }
        var out = "<svg class=\"map\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(fmt(width)) \(fmt(height))\" role=\"img\" aria-label=\"\(HTMLText.escaped(title))\"><title>\(HTMLText.escaped(title))</title>"
        for shape in shapes.sorted(by: { !$0.focus && $1.focus }) {
            let path = shape.polygon.rings.map { ring in
                "M" + ring.map { p in let (x, y) = xy(p); return "\(fmt(x)),\(fmt(y))" }.joined(separator: " L") + " Z"
            }.joined(separator: " ")
            let classes = ["cell", shape.focus ? "focus" : nil, shape.warn ? "over" : nil].compactMap { $0 }.joined(separator: " ")
            var element = "<path class=\"\(classes)\" fill-rule=\"evenodd\" d=\"\(path)\"><title>\(HTMLText.escaped(shape.label))</title></path>"
            if let centre = shape.polygon.interiorPoint {
                let (x, y) = xy(centre)
                element += "<text x=\"\(fmt(x))\" y=\"\(fmt(y))\" text-anchor=\"middle\">\(HTMLText.escaped(shape.label))</text>"
            }
            if let href = shape.href {
                element = "<a href=\"\(HTMLText.escaped(href))\">\(element)</a>"
            }
            out += element
        }
        for marker in markers {
            let (x, y) = xy(marker.point)
            out += "<circle class=\"bldg\" cx=\"\(fmt(x))\" cy=\"\(fmt(y))\" r=\"4\"><title>\(HTMLText.escaped(marker.label))</title></circle>"
        }
        return out + "</svg>"
    }
}
