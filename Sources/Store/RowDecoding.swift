import GRDB

/// A stored value Patuh cannot read: text in an integer column, a missing column, a NULL
/// where a value is required. Store reads every row through ``RowReader``, which throws this
/// instead of trapping as GRDB's subscripts do; each public entry point turns it into a
/// ``StoreError`` with code ``StoreError/Code/corrupt`` naming the table and the row.
struct CorruptRow: Error, Sendable {
    /// The table read.
    var table: String
    /// Which row, in words: `id 3`, `path 'Evidence/a.pdf'`, `row 2`.
    var row: String
    /// What is wrong with it.
    var problem: String

    /// The error the Store's callers see for the database at `path`.
    func storeError(path: String) -> StoreError {
        StoreError(code: .corrupt, path: path,
                   message: "the database is damaged: table \(table), \(row): \(problem); "
                       + "Patuh changed nothing (restore the file from a backup, or move it away to start afresh)")
    }
}

/// The columns of one row of one table, decoded with errors.
struct RowReader {
    let row: Row
    let table: String
    /// How the row is named in an error; refined once its key is read (see ``identified(as:)``).
    private(set) var identity: String

    init(_ row: Row, table: String, identity: String) {
        self.row = row
        self.table = table
        self.identity = identity
    }

    /// The same reader, naming the row by its key from now on.
    func identified(as identity: String) -> RowReader {
        var copy = self
        copy.identity = identity
        return copy
    }

    /// The value of `column` as `Value` (an optional type accepts NULL).
    func callAsFunction<Value: DatabaseValueConvertible>(_ column: String, as type: Value.Type = Value.self)
        throws(CorruptRow) -> Value {
        guard row.hasColumn(column) else {
            throw CorruptRow(table: table, row: identity, problem: "the column \(column) is missing")
        }
        do {
            return try row.decode(Value.self, forColumn: column)
        } catch {
            let stored: DatabaseValue = row[column]
            throw CorruptRow(table: table, row: identity,
                             problem: "the column \(column) holds \(RowReader.describe(stored)), not \(RowReader.expected(Value.self))")
        }
    }

    /// A stored value in words, short enough for one line.
    static func describe(_ value: DatabaseValue) -> String {
        switch value.storage {
        case .null: "NULL"
        case .int64(let number): "the integer \(number)"
        case .double(let number): "the number \(number)"
        case .string(let text): "the text '\(text.count > 40 ? text.prefix(40) + "…" : Substring(text))'"
        case .blob(let data): "a blob of \(data.count) bytes"
        }
    }

    /// What a Swift type expects, in words.
    static func expected<Value>(_ type: Value.Type) -> String {
        let name = String(describing: type)
        let bare = name.hasPrefix("Optional<") ? String(name.dropFirst(9).dropLast()) : name
        switch bare {
        case "Int", "Int64", "Int32", "UInt64": return "an integer"
        case "Double": return "a number"
        case "Bool": return "a boolean (0 or 1)"
        case "String": return "text"
        case "Date": return "a date and time"
        default: return "a \(bare)"
        }
    }
}

extension StoreError {
    /// The error for a read of `table` in the database at `path` that failed with `error`:
    /// a damaged row or a missing column or table is ``Code/corrupt``, anything else `fallback`.
    static func reading(_ table: String, path: String, _ error: any Error,
                        fallback: (any Error) -> StoreError) -> StoreError {
        if let error = error as? StoreError { return error }
        return corruption(reading: table, path: path, error) ?? fallback(error)
    }

    /// The ``Code/corrupt`` error `error` stands for, if it is one: a ``CorruptRow``, or
    /// SQLite finding no such column or table.
    static func corruption(reading table: String, path: String, _ error: any Error) -> StoreError? {
        switch error {
        case let corrupt as CorruptRow:
            return corrupt.storeError(path: path)
        case let error as DatabaseError where error.resultCode == .SQLITE_ERROR
            && ["no such column", "no such table"].contains(where: { error.message?.hasPrefix($0) == true }):
            return StoreError(code: .corrupt, path: path,
                              message: "the database is damaged: reading table \(table): \(error.message ?? "a column is missing"); "
                                  + "Patuh changed nothing (restore the file from a backup, or move it away to start afresh)")
        default:
            return nil
        }
    }
}

/// Runs a read of `table`, turning damage into ``StoreError/Code/corrupt``; other errors pass.
func readingTable<T>(_ table: String, in database: PatuhDatabase, _ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch {
        throw StoreError.corruption(reading: table, path: database.path, error) ?? error
    }
}
