import Assessment
import Catalog

/// Small builders shared by Patuh's OSCAL documents.
enum OSCAL {
    /// A prop in Patuh's namespace (`class` optional).
    static func prop(_ name: String, _ value: String, class classValue: String? = nil) -> JSONValue {
        var members: [String: JSONValue] = ["name": .string(name), "ns": .string(OSCALNames.namespace),
                                            "value": .string(trimmed(value))]
        if let classValue { members["class"] = .string(classValue) }
        return .object(members)
    }

    /// An OSCAL core prop (no namespace).
    static func coreProp(_ name: String, _ value: String) -> JSONValue {
        ["name": .string(name), "value": .string(trimmed(value))]
    }

    /// A prop value or title: OSCAL's string type has no leading or trailing white space and
    /// is never empty.
    static func trimmed(_ text: String) -> String {
        var out = Substring(text)
        while let first = out.first, first.isWhitespace { out.removeFirst() }
        while let last = out.last, last.isWhitespace { out.removeLast() }
        return out.isEmpty ? "-" : String(out)
    }

    /// The document's metadata.
    static func metadata(title: String, lastModified: String, version: String,
                         extra: [String: JSONValue] = [:]) -> JSONValue {
        var members: [String: JSONValue] = [
            "title": .string(trimmed(title)), "last-modified": .string(lastModified), "version": .string(trimmed(version)),
            "oscal-version": .string(OSCALNames.version),
        ]
        for (key, value) in extra { members[key] = value }
        return .object(members)
    }

    /// The id of a control's statement part: `S01.1_smt`.
    static func statementId(_ controlId: String) -> String { controlId + "_smt" }

    /// `2026-09-15` at midnight with the offset of `instant` (`+07:00`, or `Z`).
    static func midnight(_ date: String, likeOffsetOf instant: String) -> String {
        let suffix = instant.hasSuffix("Z") ? "Z" : String(instant.suffix(6))
        let offset = suffix == "Z" || (suffix.first == "+" || suffix.first == "-") ? suffix : "Z"
        return date + "T00:00:00" + offset
    }
}
