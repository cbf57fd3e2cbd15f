import Crypto

/// Name-based UUIDs (RFC 9562 §5.5, version 5: SHA-1 of a namespace and a name), so every
/// OSCAL object gets the same UUID each time it is exported from the same input.
enum NameUUID {
    /// The RFC's URL namespace, `6ba7b811-9dad-11d1-80b4-00c04fd430c8`.
    static let urlNamespace: [UInt8] = [0x6b, 0xa7, 0xb8, 0x11, 0x9d, 0xad, 0x11, 0xd1,
                                        0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8]

    /// Patuh's namespace for OSCAL objects: the version-5 UUID of `urn:patuh:oscal` in the URL namespace.
    static let patuh: [UInt8] = bytes(namespace: urlNamespace, name: "urn:patuh:oscal")

    /// The version-5 UUID of `name` in Patuh's namespace, lower-case.
    static func make(_ name: String) -> String {
        format(bytes(namespace: patuh, name: name))
    }

    /// The version-5 UUID of `name` in `namespace`, lower-case.
    static func make(namespace: [UInt8], name: String) -> String {
        format(bytes(namespace: namespace, name: name))
    }

    static func bytes(namespace: [UInt8], name: String) -> [UInt8] {
        var hasher = Insecure.SHA1()
        hasher.update(data: namespace)
        hasher.update(data: Array(name.utf8))
        var bytes = Array(hasher.finalize().prefix(16))
        bytes[6] = (bytes[6] & 0x0F) | 0x50
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        return bytes
    }

    static func format(_ bytes: [UInt8]) -> String {
        let hex = bytes.map { byte -> String in
            let text = String(byte, radix: 16)
            return text.count == 1 ? "0" + text : text
        }
        return [hex[0..<4], hex[4..<6], hex[6..<8], hex[8..<10], hex[10..<16]].map { $0.joined() }.joined(separator: "-")
    }
}
