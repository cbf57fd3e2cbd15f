import Foundation

/// A `multipart/form-data` body as a browser sends a form with one file: the text fields in
/// order, then the file part.
public enum Multipart {
    public static func body(fields: [(String, String)], fileField: String, fileName: String, contentType: String,
                            file: Data, boundary: String) -> Data {
        var data = Data()
        for (name, value) in fields {
            data.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8))
        }
        data.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(fileField)\"; filename=\"\(fileName)\"\r\nContent-Type: \(contentType)\r\n\r\n".utf8))
        data.append(file)
        data.append(Data("\r\n--\(boundary)--\r\n".utf8))
        return data
    }
}
