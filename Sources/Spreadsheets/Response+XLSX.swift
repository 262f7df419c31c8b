import Foundation
import Kernel
import Hummingbird
import NIOCore

extension Response {
    /// An .xlsx to download. Never cached: exports and error reports hold people's data.
    public static func xlsx(_ data: Data, filename: String) -> Response {
        Response(status: .ok, headers: [
            .contentType: XLSXWriter.contentType, .contentDisposition: "attachment; filename=\"\(filename)\"", .cacheControl: "no-store",
        ], body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
