import ArgumentParser
import Catalog
import Core

/// `--format text|json`, shared by the commands that print results.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
}

extension Language: ExpressibleByArgument {}
