// swift-tools-version:6.0
// libFuzzer targets for csw's input readers: `make fuzz` builds them with
// -sanitize=fuzzer (coverage-guided: every module is instrumented) and runs each.
import Foundation
import PackageDescription

// The parent folder is the csw package; a path dependency is named after its folder.
let parent = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().lastPathComponent

func fuzzer(_ name: String, _ products: [String]) -> Target {
    .executableTarget(name: name, dependencies: ["FuzzDriver"] + products.map { .product(name: $0, package: parent) }, path: "Sources/\(name)")
}

let package = Package(
    name: "csw-fuzz",
    dependencies: [.package(path: "..")],
    targets: [
        .target(name: "FuzzDriver", path: "Sources/FuzzDriver"),
        fuzzer("fuzz-json", ["CSWJSON"]),
        fuzzer("fuzz-jsonlines", ["CSWJSON"]),
        fuzzer("fuzz-frontmatter", ["CSWCore"]),
        fuzzer("fuzz-schema", ["CSWSchema", "CSWJSON", "CSWCore"]),
        fuzzer("fuzz-phi", ["CSWCore"]),
    ],
    swiftLanguageModes: [.v6]
)
