public import Core

/// One problem found in an XML file: Core's ``Diagnostic``, located as precisely as libxml2 allows.
public typealias XMLDiagnostic = Diagnostic

extension ErrorCode {
    /// The code a module uses for an XML failure: the same name as libxml2's failure
    /// (`unreadable`, `malformed`, `invalid`, `schema`), a refused feature counting as `malformed`.
    public init(_ failure: XMLError.Code) {
        self.init(failure.name == "forbidden" ? "malformed" : failure.name)
    }
}
