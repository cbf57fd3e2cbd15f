public import Core

extension PembinaanRegister {
    /// The first free id `K-YYYY-NNN` for a case opened on `date`.
    public func nextCaseId(on date: CivilDate) -> String {
        var number = cases.keys.filter { $0.hasPrefix("K-\(date.year)-") }.count + 1
        while true {
            let digits = String(number)
            let id = "K-\(date.year)-" + String(repeating: "0", count: max(0, 3 - digits.count)) + digits
            if cases[id] == nil { return id }
            number += 1
        }
    }
}
