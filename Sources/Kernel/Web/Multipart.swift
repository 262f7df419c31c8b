import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// A `multipart/form-data` body (RFC 7578): what a plain HTML form with a file input posts, so
/// uploads work without JavaScript.
public struct MultipartForm: Sendable {
    public struct Part: Sendable {
        public let name: String
        public let filename: String?
        public let data: Data
    }

    public let parts: [Part]

    public subscript(_ name: String) -> Part? { parts.first { $0.name == name } }

    public func text(_ name: String) -> String? {
        self[name].map { String(decoding: $0.data, as: UTF8.self).trimmed }.flatMap { $0.isEmpty ? nil : $0 }
    }

    public init(body: Data, contentType: String) throws {
        guard contentType.lowercased().hasPrefix("multipart/form-data"),
              let range = contentType.range(of: "boundary=", options: .caseInsensitive)
        else { throw AppError.invalid("error_multipart") }
        // RFC 2046: 1 to 70 characters. "boundary=" with nothing after it once crashed the process (a fuzzer find).
        let boundary = (contentType[range.upperBound...].split(separator: ";", omittingEmptySubsequences: false).first ?? "")
            .trimmingCharacters(in: CharacterSet(charactersIn: "\" "))
        guard (1...70).contains(boundary.count) else { throw AppError.invalid("error_multipart") }
        let delimiter = Data("\r\n--\(boundary)".utf8)
        // The first delimiter has no leading line break; prepend one so every part is found alike.
        let bytes = Data("\r\n".utf8) + body
        var parts: [Part] = []
        var cursor = bytes.startIndex
        guard let first = bytes.range(of: delimiter, in: cursor..<bytes.endIndex) else { throw AppError.invalid("error_multipart") }
        cursor = first.upperBound
        while true {
            // After a delimiter: "--" ends the body, otherwise CRLF then the part's headers.
            if bytes[cursor...].starts(with: Data("--".utf8)) { break }
            guard let headerEnd = bytes.range(of: Data("\r\n\r\n".utf8), in: cursor..<bytes.endIndex),
                  let next = bytes.range(of: delimiter, in: headerEnd.upperBound..<bytes.endIndex)
            else { throw AppError.invalid("error_multipart") }
            let headers = String(decoding: bytes[cursor..<headerEnd.lowerBound], as: UTF8.self)
            if let name = Self.attribute("name", in: headers) {
                parts.append(Part(name: name, filename: Self.attribute("filename", in: headers), data: Data(bytes[headerEnd.upperBound..<next.lowerBound])))
            }
            cursor = next.upperBound
        }
        self.parts = parts
    }

    /// `name="kind"` from the Content-Disposition line.
    static func attribute(_ attribute: String, in headers: String) -> String? {
        for line in headers.split(separator: "\r\n") where line.lowercased().hasPrefix("content-disposition:") {
            for item in line.split(separator: ";").dropFirst() {
                let pair = item.split(separator: "=", maxSplits: 1)
                guard pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces) == attribute else { continue }
                return pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\" "))
            }
        }
        return nil
    }
}

extension StaffContext {
    /// An uploaded form of a signed-in user, after checking its CSRF token against the session.
    public func upload(_ request: Request, limit: Int) async throws -> MultipartForm {
        try SameOrigin.check(request)
        if let length = request.headers[.contentLength].flatMap(Int.init), length > limit { throw AppError.tooLarge }
        let buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: limit)
        } catch is NIOTooManyBytesError {
            throw AppError.tooLarge
        }
        let form = try MultipartForm(body: Data(buffer: buffer), contentType: request.headers[.contentType] ?? "")
        guard let token = form.text("_csrf") ?? request.headers[HTTPField.Name("X-CSRF-Token")!], Secrets.equal(token, session.csrf) else {
            throw AppError.csrf
        }
        return form
    }
}
