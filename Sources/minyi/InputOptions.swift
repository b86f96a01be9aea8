import ArgumentParser
import Foundation
import MinyiIO

extension EncodingPolicy: ExpressibleByArgument {}

/// Options shared by the commands that read input files.
struct InputOptions: ParsableArguments {
    @Option(help: "Input encoding: auto (UTF-8, or GBK/GB18030 when detected), utf8 or gb18030.")
    var encoding: EncodingPolicy = .auto

    @Flag(help: "Stop at the first bad line or record instead of reporting it and going on.")
    var strict = false

    @Option(help: "Worker threads (default: all cores).")
    var threads: Int = ProcessInfo.processInfo.activeProcessorCount
}
