/// The bounds every XML input is held to before libxml2 sees a byte of it.
///
/// libxml2 2.9 checks duplicate attributes pairwise, so one element with 150,000 attributes
/// took minutes; and a parsed tree takes many times the file's size in memory. These limits
/// are far above anything Patuh's own files need (a standard file is under 10 KB and its widest
/// element has 6 attributes) and low enough that any input is parsed in well under a second.
///
/// ## Topics
/// - ``standard``
public struct XMLLimits: Sendable, Hashable {
    /// The largest file read as XML, in bytes; a larger one is refused before it is read.
    public var maximumFileSize: Int
    /// The most attributes (namespace declarations included) one element may carry.
    public var maximumAttributesPerElement: Int
    /// The most attributes in the whole document.
    public var maximumAttributes: Int

    public init(maximumFileSize: Int, maximumAttributesPerElement: Int, maximumAttributes: Int) {
        self.maximumFileSize = maximumFileSize
        self.maximumAttributesPerElement = maximumAttributesPerElement
        self.maximumAttributes = maximumAttributes
    }

    /// The limits of every XML input: 8 MiB, 100 attributes on an element, 100,000 in all.
    public static let standard = XMLLimits(maximumFileSize: 8 << 20, maximumAttributesPerElement: 100,
                                           maximumAttributes: 100_000)
}
