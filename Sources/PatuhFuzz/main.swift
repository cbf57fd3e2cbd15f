import CPatuhFuzz
import Foundation

// patuh-fuzz TARGET [libFuzzer options and corpus folders]
//
// Built with `swift build -Xswiftc -sanitize=fuzzer,address --product patuh-fuzz` it runs
// libFuzzer on TARGET (see Benchmarks/fuzz.sh). A plain build runs TARGET once on each file
// named (a regression check of saved crashes), with no fuzzing.

let usage = "usage: patuh-fuzz TARGET [libFuzzer options] [corpus folders or files]\n"
    + "targets:\n" + FuzzTarget.all.map { "  \($0.name.padding(toLength: 12, withPad: " ", startingAt: 0)) \($0.summary)" }
    .joined(separator: "\n")

/// The target chosen on the command line; the C callback cannot capture it.
nonisolated(unsafe) var run: (@Sendable (UnsafeRawBufferPointer) -> Void)?

let arguments = CommandLine.arguments
guard arguments.count >= 2, let target = FuzzTarget.named(arguments[1]) else {
    FileHandle.standardError.write(Data((usage + "\n").utf8))
    exit(arguments.count >= 2 && arguments[1] == "--list" ? 0 : 64)
}
let root = ProcessInfo.processInfo.environment["PATUH_ROOT"] ?? FileManager.default.currentDirectoryPath
do {
    run = try target.prepare(root)
} catch {
    FileHandle.standardError.write(Data("patuh-fuzz: cannot prepare \(target.name) from \(root): \(error)\n".utf8))
    exit(70)
}

// libFuzzer reads argv[0] and its own options; the target's name is not one of them.
var argc = CommandLine.argc - 1
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
argv![1] = argv![0]
argv = argv! + 1
let status = patuh_fuzz_run_driver(&argc, &argv) { data, size in
    run?(UnsafeRawBufferPointer(start: data, count: size))
    return 0
}
if status >= 0 { exit(status) }

// A plain build: run each named file once.
var count = 0
for path in arguments.dropFirst(2) where !path.hasPrefix("-") {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
    let files = isDirectory.boolValue
        ? ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted().map { "\(path)/\($0)" }
        : [path]
    for file in files {
        guard let data = FileManager.default.contents(atPath: file) else { continue }
        data.withUnsafeBytes { run?($0) }
        count += 1
    }
}
print("patuh-fuzz \(target.name): \(count) inputs ran without a crash (plain build: no fuzzing)")
