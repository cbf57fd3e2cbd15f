/// The portfolio's filters and order as SQL over the latest-submission table (`lpse_latest`),
/// written once for both stores; only parameter markers, substring search and text collation
/// differ between SQLite and PostgreSQL.
enum PortfolioSQL {
    enum Dialect {
        case sqlite, postgres
    }

    /// The latest pengajuan (`m`) and hasil (`f`) of each LPSE (`l`).
    static let latestJoins = """
        FROM lpse l
        LEFT JOIN lpse_latest lm ON lm.lpse_id = l.id AND lm.kind = 'pengajuan'
        LEFT JOIN submission m ON m.id = lm.submission_id
        LEFT JOIN lpse_latest lf ON lf.lpse_id = l.id AND lf.kind = 'hasil'
        LEFT JOIN submission f ON f.id = lf.submission_id
        """

    /// `memenuhi` / `belum` from the latest hasil, else the latest pengajuan; `belum-menilai` without either.
    static let standing = """
        CASE WHEN f.id IS NOT NULL THEN (CASE WHEN f.eligible THEN 'memenuhi' ELSE 'belum' END)
             WHEN m.id IS NOT NULL THEN (CASE WHEN m.eligible THEN 'memenuhi' ELSE 'belum' END)
             ELSE 'belum-menilai' END
        """

    /// The ids `filter` keeps in `order`, and the parameters' values in marker order.
    static func ids(_ filter: PortfolioFilter, order: PortfolioOrder, descending: Bool, dialect: Dialect) -> (sql: String, values: [String]) {
        var values: [String] = []
        func marker(_ value: String) -> String {
            values.append(value)
            return dialect == .sqlite ? "?" : "$\(values.count)"
        }
        var conditions: [String] = []
        if let province = filter.province { conditions.append("l.province = \(marker(province))") }
        if let kind = filter.instansiKind { conditions.append("l.instansi_kind = \(marker(kind))") }
        if let standing = filter.standing { conditions.append("(\(Self.standing)) = \(marker(standing))") }
        if let search = filter.search?.lowercased(), !search.isEmpty {
            let function = dialect == .sqlite ? "instr" : "strpos"
            conditions.append("\(function)(l.search_text, \(marker(search))) > 0")
        }
        if let only = filter.only {
            conditions.append(only.isEmpty ? "1 = 0" : "l.id IN (\(only.map(marker).joined(separator: ", ")))")
        }
        let direction = descending ? "DESC" : "ASC"
        let binary = dialect == .postgres ? " COLLATE \"C\"" : ""
        var keys: [String] = []
        switch order {
        case .name: break
        case .mandiri: keys.append("COALESCE(m.terpenuhi, -1) \(direction)")
        case .faktual: keys.append("COALESCE(f.terpenuhi, -1) \(direction)")
        }
        keys += ["l.sort_name\(binary) \(direction)", "l.id\(binary) \(direction)"]
        let sql = "SELECT l.id AS id \(latestJoins)"
            + (conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND "))
            + " ORDER BY " + keys.joined(separator: ", ")
        return (sql, values)
    }

    /// `n` parameter markers from `first` (1-based) in `dialect`, comma-separated.
    static func markers(_ count: Int, from first: Int = 1, dialect: Dialect) -> String {
        (0..<count).map { dialect == .sqlite ? "?" : "$\(first + $0)" }.joined(separator: ", ")
    }
}
