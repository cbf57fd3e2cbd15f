import Core
import Foundation
import Testing
@testable import XMLSupport

@Suite struct SchemaValidationTests {
    let folder: String
    let schemaPath: String

    init() throws {
        folder = NSTemporaryDirectory() + "patuh-xsd-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        schemaPath = folder + "/t.xsd"
        try """
        <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns="urn:t" targetNamespace="urn:t" elementFormDefault="qualified">
          <xs:element name="r">
            <xs:complexType>
              <xs:sequence><xs:element name="c" type="xs:positiveInteger" maxOccurs="2"/></xs:sequence>
              <xs:attribute name="id" type="xs:string" use="required"/>
            </xs:complexType>
          </xs:element>
        </xs:schema>
        """.write(toFile: schemaPath, atomically: true, encoding: .utf8)
    }

    private func document(_ text: String) throws -> XMLDocument {
        try XMLDocument.parse(bytes: Array(text.utf8), path: "doc.xml")
    }

    @Test func validDocumentHasNoDiagnostics() throws {
        let schema = try XMLSchema(path: schemaPath)
        #expect(schema.validate(try document("<r xmlns=\"urn:t\" id=\"x\"><c>1</c></r>")).isEmpty)
    }

    @Test func violationsNameTheLineAndElement() throws {
        let schema = try XMLSchema(path: schemaPath)
        let problems = schema.validate(try document("<r xmlns=\"urn:t\">\n<c>0</c>\n<c>2</c>\n<c>3</c>\n</r>"))
        #expect(problems.contains { $0.line == 1 && $0.message.contains("'id'") })
        #expect(problems.contains { $0.line == 2 && $0.message.contains("c") })
        #expect(problems.contains { $0.line == 4 })
        #expect(problems.allSatisfy { $0.file == "doc.xml" && $0.description.hasPrefix("doc.xml:") })
    }

    @Test func wrongNamespaceIsInvalid() throws {
        let schema = try XMLSchema(path: schemaPath)
        let problems = schema.validate(try document("<r xmlns=\"urn:other\" id=\"x\"><c>1</c></r>"))
        #expect(!problems.isEmpty)
    }

    @Test func oneSchemaValidatesFromManyThreads() async throws {
        let schema = try XMLSchema(path: schemaPath)
        let results = await withTaskGroup(of: Int.self) { group in
            for index in 0..<64 {
                group.addTask {
                    let text = index.isMultiple(of: 2) ? "<r xmlns=\"urn:t\" id=\"x\"><c>1</c></r>" : "<r xmlns=\"urn:t\"><c>1</c></r>"
                    let document = try? XMLDocument.parse(bytes: Array(text.utf8), path: "d\(index).xml")
                    return document.map { schema.validate($0).count } ?? -1
                }
            }
            return await group.reduce(into: [Int]()) { $0.append($1) }
        }
        #expect(results.filter { $0 == 0 }.count == 32)
        #expect(results.filter { $0 > 0 }.count == 32)
    }

    @Test func schemaThatImportsAnotherFileIsNotLoaded() throws {
        let path = folder + "/import.xsd"
        try """
        <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
          <xs:include schemaLocation="http://192.0.2.1/other.xsd"/>
          <xs:element name="r" type="xs:string"/>
        </xs:schema>
        """.write(toFile: path, atomically: true, encoding: .utf8)
        // Either it compiles without the include's content or it fails; it never fetches.
        if let schema = try? XMLSchema(path: path) {
            #expect(schema.validate(try document("<r>x</r>")).isEmpty)
        } else {
            #expect(throws: XMLError.self) { try XMLSchema(path: path) }
        }
    }
}

@Suite struct ErrorCodeTests {
    private enum Domain {}

    @Test func xmlFailuresMapToTheSameNamesAndForbiddenIsMalformed() {
        #expect(ErrorCode<Domain>(XMLError.Code.unreadable).name == "unreadable")
        #expect(ErrorCode<Domain>(XMLError.Code.invalid).name == "invalid")
        #expect(ErrorCode<Domain>(XMLError.Code.schema).name == "schema")
        #expect(ErrorCode<Domain>(XMLError.Code.malformed).name == "malformed")
        #expect(ErrorCode<Domain>(XMLError.Code.forbidden).name == "malformed")
    }
}
