import ArgumentParser

/// Recognises the few argument lists that are common and simple enough to run without
/// swift-argument-parser, and builds the very command the parser would have built.
///
/// Why: before parsing, swift-argument-parser reflects over several command types (its own
/// `--generate-completion-script` commands included), and every first dynamic cast to a
/// protocol makes the Swift runtime scan all ~8,000 protocol conformances of the binary.
/// That costs about 17 M instructions (3 ms) per run, more than parsing and validating the
/// whole catalog with libxml2. `patuh standar validate` is run by CI on every change, so it
/// skips that cost.
///
/// Only argument lists whose meaning is beyond doubt are recognised: anything else (help,
/// version, completion requests, unknown or repeated options, a value starting with `-`,
/// a bad `--format` value, `--`) returns `nil` and goes through swift-argument-parser,
/// which then prints its usual help or usage error. A test checks that every recognised
/// list gives the same command as the parser.
enum DirectDispatch {
    static func command(for arguments: [String]) -> (any ParsableCommand)? {
        guard arguments.count >= 2,
              arguments[0] == "standar" || arguments[0] == "standards",
              arguments[1] == "validate"
        else { return nil }
        var directory: String?
        var format: OutputFormat?
        var index = 2
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if argument == "--format" {
                guard format == nil, index < arguments.count,
                      let value = OutputFormat(rawValue: arguments[index]) else { return nil }
                format = value
                index += 1
            } else if argument.hasPrefix("--format=") {
                guard format == nil,
                      let value = OutputFormat(rawValue: String(argument.dropFirst("--format=".count))) else { return nil }
                format = value
            } else if argument.isEmpty || argument.hasPrefix("-") || argument == "help" || directory != nil {
                return nil
            } else {
                directory = argument
            }
        }
        var command = ValidateStandards()
        command.directory = directory ?? "Standards"
        command.format = format ?? .text
        return command
    }
}
