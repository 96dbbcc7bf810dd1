import Foundation
import GongkaiCore

/// The fuzz target: loads and parses arbitrary bytes as a report, runs the checks, serialises the
/// JSON and renders the narrative, as a build does. Any crash, hang or runaway memory is a bug.
///
/// Built with `-sanitize=fuzzer -DFUZZING` (see `make fuzz`), libFuzzer calls
/// `LLVMFuzzerTestOneInput`; built normally, `gongkai-fuzz FILE...` replays inputs, e.g. a crash
/// libFuzzer saved.
enum FuzzTarget {
    /// One input, read as a text report and as a web page (libxml2's HTML parser, the article
    /// finder, tables with rowspan/colspan), through every stage that sees report bytes.
    static func run(_ bytes: [UInt8]) {
        for reader in [ReportReader.text, ReportReader.html] {
            guard let source = try? reader.read("fuzz", bytes) else { continue }
            parse(source)
        }
    }

    private static func parse(_ source: SourceText) {
        let report = ReportParser.parse(source)
        _ = report.json.serialized()
        _ = report.summary
        for section in report.sections { _ = MarkdownRenderer.html(section.narrative.markdown) }
        _ = CorpusAssembler.assemble([report, report])
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    FuzzTarget.run(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}

#if FUZZING
/// libFuzzer's driver, called from our own entry point because SwiftPM links executables with
/// the module's entry symbol as `main`.
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(_ argc: UnsafeMutablePointer<CInt>,
                     _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                     _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt) -> CInt

@_cdecl("GongkaiFuzz_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    var count = argc
    var arguments: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = argv
    return runFuzzerDriver(&count, &arguments, fuzzOneInput)
}
#else
/// Replays saved inputs without libFuzzer.
@main
struct Replay {
    static func main() {
        for path in CommandLine.arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write(Data("cannot read \(path)\n".utf8))
                continue
            }
            FuzzTarget.run([UInt8](data))
            print("ok \(path)")
        }
    }
}
#endif
