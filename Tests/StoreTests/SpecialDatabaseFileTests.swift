import Foundation
import Testing
@testable import Store

#if canImport(Glibc)
import Glibc
#endif

extension PatuhDatabaseTests {
    /// A FIFO where the database belongs is refused at once; reading its header used to block.
    @Test func aFIFOInPlaceOfTheDatabaseIsRefusedWithoutBlocking() throws {
        let path = folder + "/registry.sqlite"
        try #require(mkfifo(path, 0o644) == 0)
        let error = try #require(#expect(throws: StoreError.self) { _ = try PatuhDatabase.open(path: path) })
        #expect(error.code == .notADatabase)
        #expect(error.message.hasPrefix("this is not a regular file"))
    }
}
