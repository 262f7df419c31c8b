import Foundation
import Grids
import Kernel
import Spreadsheets
import WorkOrders

/// Parsers that take bytes from outside: each must answer any input with a value or an error,
/// never a crash, a hang or unbounded memory. `scripts/fuzz` runs each under libFuzzer; inputs
/// that once crashed are kept in `Fuzz/regressions/NAME/` and replayed by the test suite.
public enum FuzzTarget: String, CaseIterable, Sendable {
    case xlsx, csv, ids, geojson, open311, multipart

    /// The one `CIVICGRID_FUZZ` names (scripts/fuzz sets it for each run).
    public static let selected: FuzzTarget = {
        guard let name = ProcessInfo.processInfo.environment["CIVICGRID_FUZZ"], let target = FuzzTarget(rawValue: name) else {
            fatalError("set CIVICGRID_FUZZ to one of: \(allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return target
    }()

    public func run(_ data: Data) {
        switch self {
        case .xlsx:
            if var source = try? XLSXReader(data: data) { drain(&source) }
        case .csv:
            // Spreadsheet.rows sends zip bytes to the .xlsx reader; the rest are CSV, UTF-8 or GB 18030.
            if var source = try? Spreadsheet.rows(from: data) { drain(&source) }
        case .ids:
            let text = String(decoding: data, as: UTF8.self)
            _ = try? CitizenID(text, today: Day(year: 2026, month: 12, day: 2))
            _ = CitizenID.mask(text)
            _ = try? SocialCreditCode(text)
            _ = PhoneNumber.isValid(text)
            _ = PhoneNumber.masked(text)
            _ = TrackingCode.parse(text)
        case .geojson:
            _ = try? GeoJSON.parsePolygon(String(decoding: data, as: UTF8.self))
        case .open311:
            try? Open311API.decodeIntake(urlEncoded: String(decoding: data, as: UTF8.self))
        case .multipart:
            // The first line is the Content-Type header the request would carry, the rest its body.
            let newline = data.firstIndex(of: 0x0A) ?? data.endIndex
            let contentType = String(decoding: data[data.startIndex..<newline], as: UTF8.self)
            _ = try? MultipartForm(body: Data(data[min(newline + 1, data.endIndex)...]), contentType: contentType)
        }
    }

    private func drain(_ source: inout some RowSource) {
        while (try? source.nextRow()) != nil {}
        _ = source.fractionRead
    }
}
