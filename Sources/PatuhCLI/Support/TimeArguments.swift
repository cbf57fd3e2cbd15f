import Core

/// Reads a time argument, turning a refusal into exit 2 with the catalog's message.
func timeArgument<T>(language: Language = .id, _ body: () throws(TimeError) -> T) throws -> T {
    do {
        return try body()
    } catch {
        throw CommandFailure.invalidInput(error.message(language))
    }
}

/// A date option's value (`YYYY-MM-DD`, a day that exists), or exit 2 naming `option` in `language`.
func dateArgument(_ text: String, option: String, language: Language) throws -> CivilDate {
    try timeArgument(language: language) { () throws(TimeError) in try CivilDate.argument(text, source: option) }
}
