/// A scratch copy of the repository's sample workspace (Standards, Evidence, patuh.xml) for
/// tests of the main job and the reports. File dates are kept, so freshness is as shipped.
typealias SampleWorkspace = TestWorkspace
