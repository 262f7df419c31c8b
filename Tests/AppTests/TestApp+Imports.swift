import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Kernel
import NIOCore
import SQLKit

extension TestApp {
    /// A finished import job with an error report, as if `staffId` had uploaded into `unitCode`.
    func insertImportJob(id: String, unitCode: String, staffId: String, report: Data) async throws {
        try await services.database.transaction { sql in
            try await sql.insert(into: "import_jobs")
                .columns("id", "kind", "unit_code", "staff_id", "file_name", "status", "progress", "rows", "inserted", "skipped",
                         "error_count", "message", "report", "created_at", "updated_at")
                .values(SQLBind(id), SQLBind("residents"), SQLBind(unitCode), SQLBind(staffId), SQLBind("人口.xlsx"), SQLBind("done"),
                        SQLBind(1.0), SQLBind(2), SQLBind(1), SQLBind(0), SQLBind(1), SQLBind(String?.none), SQLBind(report),
                        SQLBind(0), SQLBind(0))
                .run()
        }
    }

    /// Posts a multipart form with one file, as a browser's file input does.
    func upload(_ uri: String, fields: [String: String], file: Data, fileName: String,
                as session: (token: String, csrf: String)) async throws -> TestResponse {
        let boundary = "----civicgrid\(UUID().uuidString)"
        var body = Data()
        for (name, value) in fields.merging(["_csrf": session.csrf], uniquingKeysWith: { $1 }) {
            body.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8))
        }
        body.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(fileName)\"\r\nContent-Type: application/octet-stream\r\n\r\n".utf8))
        body.append(file)
        body.append(Data("\r\n--\(boundary)--\r\n".utf8))
        let headers: HTTPFields = [.contentType: "multipart/form-data; boundary=\(boundary)", .cookie: "cg_session=\(session.token)"]
        return try await client.execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(bytes: body))
    }
}
