import ArgumentParser
@testable import PatuhCLI
import Testing

/// The argument lists Patuh runs without swift-argument-parser must mean exactly what the
/// parser makes of them; every other list must be left to the parser.
@Suite struct DirectDispatchTests {
    /// Lists the direct dispatch must recognise, each compared with the parser's reading.
    static let recognised: [[String]] = [
        ["standar", "validate"],
        ["standards", "validate"],
        ["standar", "validate", "Standards"],
        ["standar", "validate", "/tmp/some where/Standards"],
        ["standar", "validate", "dir", "--format", "json"],
        ["standar", "validate", "--format", "json", "dir"],
        ["standar", "validate", "--format", "text"],
        ["standar", "validate", "--format=json"],
        ["standards", "validate", "--format=text", "x"],
        ["standar", "validate", "validate"],
        ["standar", "validate", "list"],
        ["standar", "validate", "Standards/"],
    ]

    /// Lists it must leave to the parser (help, errors, completion, anything unusual).
    static let declined: [[String]] = [
        [], ["--version"], ["--help"], ["-h"], ["help"], ["standar"], ["standar", "list"],
        ["standar", "show", "S01"], ["validate"], ["Standar", "validate"],
        ["standar", "validate", "--help"], ["standar", "validate", "-h"],
        ["standar", "validate", "help"], ["standar", "validate", "--version"],
        ["standar", "validate", "a", "b"], ["standar", "validate", ""],
        ["standar", "validate", "--"], ["standar", "validate", "--", "dir"], ["standar", "validate", "-"],
        ["standar", "validate", "--format"], ["standar", "validate", "--format", "yaml"],
        ["standar", "validate", "--format", "JSON"], ["standar", "validate", "--format="],
        ["standar", "validate", "--format", "json", "--format", "text"],
        ["standar", "validate", "--format=json", "--format=json"],
        ["standar", "validate", "--formats", "json"], ["standar", "validate", "-f", "json"],
        ["standar", "validate", "--generate-completion-script", "bash"],
        ["standar", "validate", "--generate-completion-script"],
        ["--generate-completion-script", "bash"], ["standar", "validate", "--experimental-dump-help"],
        ["standar", "validate", "-dir"],
    ]

    @Test(arguments: recognised)
    func recognisedListsMeanWhatTheParserReads(_ arguments: [String]) throws {
        let direct = try #require(DirectDispatch.command(for: arguments) as? ValidateStandards)
        let parsed = try #require(try Patuh.parseAsRoot(arguments) as? ValidateStandards)
        #expect(direct.directory == parsed.directory)
        #expect(direct.format == parsed.format)
    }

    @Test(arguments: declined)
    func otherListsAreLeftToTheParser(_ arguments: [String]) {
        #expect(DirectDispatch.command(for: arguments) == nil)
    }
}
