import Catalog

/// An `<evidence file="…">` citation in an answer file that names no file of `Evidence/`: a
/// claim resting on nothing. Reported by `periksa`, `nilai`, `penilaian nilai` and the reports.
public struct MissingCitation: Sendable, Hashable, Codable {
    /// The control whose answer cites the file.
    public var control: String
    /// The file as cited, relative to `Evidence/`.
    public var file: String
    /// The answer file, as the user named it, and the line of the control's answer.
    public var answerFile: String
    public var line: Int
    /// The nearest existing file of the same folder, relative to `Evidence/`, when one is close.
    public var suggestion: String?

    public init(control: String, file: String, answerFile: String, line: Int, suggestion: String? = nil) {
        self.control = control
        self.file = file
        self.answerFile = answerFile
        self.line = line
        self.suggestion = suggestion
    }
}

extension AnswerFile {
    /// Every file citation, with the control and the place of its answer.
    public var fileCitations: [(control: String, file: String, line: Int)] {
        answers.flatMap { answer in
            answer.evidence.compactMap { citation -> (control: String, file: String, line: Int)? in
                guard case .file(let path) = citation else { return nil }
                return (answer.controlId, path, answer.source.line)
            }
        }
    }
}
