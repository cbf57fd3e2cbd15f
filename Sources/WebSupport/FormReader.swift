public import Foundation
public import Hummingbird
import NIOCore

/// How much a form may carry. Fields are held in memory (small); files are streamed to a
/// temporary file and never held whole.
public struct FormLimits: Sendable {
    /// Total bytes of all non-file fields (and of a url-encoded body).
    public var fields: Int
    /// Bytes of each uploaded file.
    public var fileBytes: Int64
    /// Number of files.
    public var files: Int
    /// Bytes of one part's headers.
    public var partHeaders: Int

    public init(fields: Int = 64 * 1024, fileBytes: Int64 = 512 * 1024 * 1024, files: Int = 1, partHeaders: Int = 8 * 1024) {
        self.fields = fields
        self.fileBytes = fileBytes
        self.files = files
        self.partHeaders = partHeaders
    }

    public static let `default` = FormLimits()
}

/// A file received in a multipart form, in a temporary file the caller removes (``FormData/removeFiles()``).
public struct UploadedFile: Sendable {
    public var field: String
    /// The name the browser gave (for display only: never used as a path).
    public var fileName: String
    public var path: String
    public var size: Int64
}

/// A parsed form.
public struct FormData: Sendable {
    public var fields: [String: [String]] = [:]
    public var files: [UploadedFile] = []

    public init() {}

    /// The first value of `name`, trimmed; nil when absent or blank.
    public func value(_ name: String) -> String? {
        guard let text = fields[name]?.first?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty else { return nil }
        return text
    }

    /// Deletes the temporary files.
    public func removeFiles() {
        for file in files { try? FileManager.default.removeItem(atPath: file.path) }
    }
}

/// Reads `application/x-www-form-urlencoded` and `multipart/form-data` bodies with strict
/// limits, checking the session's CSRF token (field `_csrf`): in a multipart form the token must
/// come before any file, so a forged upload is refused before a byte of it is written.
public enum FormReader {
    /// The hidden field every form carries.
    public static let csrfField = "_csrf"

    /// Reads the form of `request`; `csrf` is the session's token (nil: no check, e.g. login).
    /// - Throws: ``WebError`` 400 (malformed), 403 (CSRF), 413 (too large), 415 (other content type).
    public static func read(_ request: Request, csrf: String?, limits: FormLimits = .default,
                            temporaryDirectory: String) async throws -> FormData {
        let contentType = request.headers[.contentType] ?? ""
        if let length = request.headers[.contentLength].flatMap(Int64.init),
           length > limits.fileBytes * Int64(max(limits.files, 0)) + Int64(limits.fields) + 64 * 1024 {
            throw WebError(.contentTooLarge, "web.error.tooLarge")
        }
        let form: FormData
        if contentType.lowercased().hasPrefix("application/x-www-form-urlencoded") {
            var collected = [UInt8]()
            for try await buffer in request.body {
                guard collected.count + buffer.readableBytes <= limits.fields else { throw WebError(.contentTooLarge, "web.error.tooLarge") }
                collected += buffer.readableBytesView
            }
            form = try parseURLEncoded(String(decoding: collected, as: UTF8.self))
            try check(form, csrf: csrf)
        } else if contentType.lowercased().hasPrefix("multipart/form-data") {
            guard let boundary = boundary(of: contentType) else { throw WebError(.badRequest, "web.error.badForm") }
            var parser = MultipartParser(boundary: boundary, limits: limits, directory: temporaryDirectory, csrf: csrf)
            do {
                for try await buffer in request.body {
                    try parser.feed(Array(buffer.readableBytesView))
                }
                form = try parser.finish()
            } catch {
                parser.abandon()
                throw error
            }
            do { try check(form, csrf: csrf) } catch { form.removeFiles(); throw error }
        } else {
            throw WebError(.unsupportedMediaType, "web.error.badForm")
        }
        return form
    }

    static func check(_ form: FormData, csrf: String?) throws {
        guard let csrf else { return }
        guard let given = form.fields[csrfField]?.first, Tokens.constantTimeEqual(given, csrf) else {
            throw WebError(.forbidden, "web.error.csrf")
        }
    }

    /// `boundary=` of a multipart content type.
    static func boundary(of contentType: String) -> String? {
        for parameter in contentType.split(separator: ";").dropFirst() {
            let pair = parameter.trimmingCharacters(in: .whitespaces)
            guard pair.lowercased().hasPrefix("boundary=") else { continue }
            var value = String(pair.dropFirst("boundary=".count))
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = String(value.dropFirst().dropLast()) }
            return (1...70).contains(value.utf8.count) ? value : nil
        }
        return nil
    }

    /// Parses `a=1&b=x+y` with percent-decoding.
    public static func parseURLEncoded(_ text: String) throws -> FormData {
        var form = FormData()
        for pair in text.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = decode(parts[0]) else { throw WebError(.badRequest, "web.error.badForm") }
            guard let value = parts.count > 1 ? decode(parts[1]) : "" else { throw WebError(.badRequest, "web.error.badForm") }
            form.fields[name, default: []].append(value)
        }
        return form
    }

    static func decode(_ text: Substring) -> String? {
        text.replacingOccurrences(of: "+", with: " ").removingPercentEncoding
    }
}

/// A streaming multipart/form-data parser: fields into memory (bounded), files into temporary
/// files (bounded), never the whole body in memory.
struct MultipartParser {
    enum State { case preamble, afterBoundary, headers, body, done }

    let delimiter: [UInt8]
    let limits: FormLimits
    let directory: String
    let csrf: String?
    var state = State.preamble
    // The stream is read as if it began with CRLF, so the first boundary is a delimiter too.
    var buffer: [UInt8] = [13, 10]
    var form = FormData()
    var fieldBytes = 0
    var currentName = ""
    var currentFile: (handle: FileHandle, file: UploadedFile)?
    var currentValue: [UInt8] = []

    init(boundary: String, limits: FormLimits, directory: String, csrf: String?) {
        delimiter = Array(("\r\n--" + boundary).utf8)
        self.limits = limits
        self.directory = directory
        self.csrf = csrf
    }

    mutating func feed(_ bytes: [UInt8]) throws {
        buffer += bytes
        try process()
    }

    mutating func finish() throws -> FormData {
        try process()
        guard state == .done else { throw WebError(.badRequest, "web.error.badForm") }
        return form
    }

    /// Removes whatever was written (after a failure).
    mutating func abandon() {
        if let current = currentFile {
            try? current.handle.close()
            try? FileManager.default.removeItem(atPath: current.file.path)
            currentFile = nil
        }
        form.removeFiles()
    }

    private mutating func process() throws {
        while true {
            switch state {
            case .done:
                buffer.removeAll()
                return
            case .preamble:
                if let range = buffer.firstRange(of: delimiter) {
                    buffer.removeSubrange(..<range.upperBound)
                    state = .afterBoundary
                } else {
                    guard buffer.count < 4096 else { throw WebError(.badRequest, "web.error.badForm") }
                    return
                }
            case .afterBoundary:
                guard buffer.count >= 2 else { return }
                if buffer[0] == 45, buffer[1] == 45 { state = .done; continue }
                guard buffer[0] == 13, buffer[1] == 10 else { throw WebError(.badRequest, "web.error.badForm") }
                buffer.removeFirst(2)
                state = .headers
            case .headers:
                guard let end = buffer.firstRange(of: [13, 10, 13, 10]) else {
                    guard buffer.count <= limits.partHeaders else { throw WebError(.badRequest, "web.error.badForm") }
                    return
                }
                let text = String(decoding: buffer[..<end.lowerBound], as: UTF8.self)
                buffer.removeSubrange(..<end.upperBound)
                try startPart(headers: text)
                state = .body
            case .body:
                if let range = buffer.firstRange(of: delimiter) {
                    try emit(Array(buffer[..<range.lowerBound]))
                    buffer.removeSubrange(..<range.upperBound)
                    try endPart()
                    state = .afterBoundary
                } else {
                    let keep = delimiter.count - 1
                    guard buffer.count > keep else { return }
                    try emit(Array(buffer[..<(buffer.count - keep)]))
                    buffer.removeSubrange(..<(buffer.count - keep))
                    return
                }
            }
        }
    }

    private mutating func startPart(headers: String) throws {
        var name: String?
        var fileName: String?
        for line in headers.split(separator: "\r\n") {
            let lower = line.lowercased()
            guard lower.hasPrefix("content-disposition:") else { continue }
            name = Self.parameter("name", in: String(line))
            fileName = Self.parameter("filename", in: String(line))
        }
        guard let name else { throw WebError(.badRequest, "web.error.badForm") }
        currentName = name
        currentValue = []
        if let fileName {
            guard form.files.count < limits.files else { throw WebError(.contentTooLarge, "web.error.tooLarge") }
            if let csrf {
                guard let given = form.fields[FormReader.csrfField]?.first, Tokens.constantTimeEqual(given, csrf) else {
                    throw WebError(.forbidden, "web.error.csrf")
                }
            }
            let path = (directory as NSString).appendingPathComponent("unggah-\(Tokens.random().prefix(24))")
            guard FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600]),
                  let handle = FileHandle(forWritingAtPath: path) else {
                throw WebError(.internalServerError, "web.error.internal")
            }
            currentFile = (handle, UploadedFile(field: name, fileName: fileName, path: path, size: 0))
        }
    }

    private mutating func emit(_ bytes: [UInt8]) throws {
        guard !bytes.isEmpty else { return }
        if var current = currentFile {
            current.file.size += Int64(bytes.count)
            guard current.file.size <= limits.fileBytes else { throw WebError(.contentTooLarge, "web.error.tooLarge") }
            try current.handle.write(contentsOf: bytes)
            currentFile = current
        } else {
            fieldBytes += bytes.count
            guard fieldBytes <= limits.fields else { throw WebError(.contentTooLarge, "web.error.tooLarge") }
            currentValue += bytes
        }
    }

    private mutating func endPart() throws {
        if let current = currentFile {
            try current.handle.synchronize()
            try current.handle.close()
            form.files.append(current.file)
            currentFile = nil
        } else {
            form.fields[currentName, default: []].append(String(decoding: currentValue, as: UTF8.self))
        }
        currentValue = []
    }

    /// `name="value"` inside a Content-Disposition line.
    static func parameter(_ key: String, in line: String) -> String? {
        for piece in line.split(separator: ";").dropFirst() {
            let pair = piece.trimmingCharacters(in: .whitespaces)
            guard pair.lowercased().hasPrefix(key + "=") else { continue }
            var value = String(pair.dropFirst(key.count + 1))
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = String(value.dropFirst().dropLast()) }
            return value
        }
        return nil
    }
}
