/// WGS 84 longitude and latitude as sent by a form or an app: finite and on the globe. `Double`
/// parses "nan" and "inf", which no polygon test or index should ever see.
public enum Coordinates {
    public static func areValid(lon: Double, lat: Double) -> Bool {
        lon.isFinite && lat.isFinite && (-180...180).contains(lon) && (-90...90).contains(lat)
    }
}
