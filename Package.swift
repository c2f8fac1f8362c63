// swift-tools-version:6.0
import PackageDescription

// Layers (see docs/ARCHITECTURE.md). Dependencies point one way:
//   csw → CSWReports → CSWAnalytics → CSWCore → CSWSchema → CSWJSON
//   csw → CSWGit → CGitStart, CGitTransport → CLibGit2
//   csw → CMbedTLS (https webhooks; libmbedtls-dev, which libgit2-dev depends on)
//   csw → CSQLite (csw export --format sqlite; libsqlite3-dev)
let package = Package(
    name: "csw",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "csw", targets: ["csw"]),
        .library(name: "CSWJSON", targets: ["CSWJSON"]),
        .library(name: "CSWSchema", targets: ["CSWSchema"]),
        .library(name: "CSWCore", targets: ["CSWCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/swiftcsv/SwiftCSV", from: "0.10.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/JohnSundell/Ink", from: "0.6.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibGit2",
            pkgConfig: "libgit2",
            providers: [.apt(["libgit2-dev"])]
        ),
        .systemLibrary(
            name: "CMbedTLS",
            providers: [.apt(["libmbedtls-dev"])]
        ),
        // csw export --format sqlite (libsqlite3-dev)
        .systemLibrary(
            name: "CSQLite",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        .target(name: "CSWJSON", linkerSettings: [.linkedLibrary("m", .when(platforms: [.linux]))]),
        .target(name: "CSWSchema", dependencies: ["CSWJSON"]),
        .target(name: "CSWCore", dependencies: ["CSWSchema", "CSWJSON", .product(name: "Yams", package: "Yams")]),
        .target(name: "CSWAnalytics", dependencies: ["CSWCore", "CSWJSON"]),
        // Reports, business reviews and the dashboard: values and template text in, text out.
        .target(name: "CSWReports", dependencies: ["CSWAnalytics", "CSWCore", "CSWJSON",
                                                   .product(name: "Mustache", package: "swift-mustache"), .product(name: "Ink", package: "Ink")]),
        // Starts libgit2 without parsing the CA bundle until a network operation needs it.
        .target(name: "CGitStart", dependencies: ["CLibGit2", "CMbedTLS"], linkerSettings: [.linkedLibrary("dl")]),
        // ssh:// through the system's OpenSSH client (as git does) and git://, both with timeouts.
        .target(name: "CGitTransport", dependencies: ["CLibGit2"]),
        .target(name: "CSWGit", dependencies: ["CLibGit2", "CGitStart", "CGitTransport"]),
        .executableTarget(
            name: "csw",
            dependencies: [
                "CSWJSON", "CSWSchema", "CSWCore", "CSWAnalytics", "CSWReports", "CSWGit", "CMbedTLS", "CSQLite",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "SwiftCSV", package: "SwiftCSV"),
            ]
        ),
        .executableTarget(
            name: "csw-bench",
            dependencies: ["CSWJSON", "CSWSchema", "CSWCore"],
            path: "Benchmarks/csw-bench"
        ),
        .testTarget(name: "CSWJSONTests", dependencies: ["CSWJSON"]),
        // The JSON-Schema-Test-Suite travels with the repository (its README says from where).
        .testTarget(name: "CSWSchemaTests", dependencies: ["CSWSchema", "CSWJSON"], exclude: ["JSON-Schema-Test-Suite"]),
        .testTarget(name: "CSWCoreTests", dependencies: ["CSWCore", "CSWJSON"], exclude: ["Fixtures"]),
        .testTarget(name: "CSWAnalyticsTests", dependencies: ["CSWAnalytics", "CSWCore", "CSWJSON"], exclude: ["Fixtures"]),
        .testTarget(name: "CSWReportsTests", dependencies: ["CSWReports", "CSWAnalytics", "CSWCore", "CSWJSON"]),
        .testTarget(name: "CSWGitTests", dependencies: ["CSWGit"]),
        .testTarget(name: "CLITests", dependencies: ["CSWJSON", "CSWCore"], exclude: ["Fixtures", "Golden", "Diagnostics"]),
    ],
    swiftLanguageModes: [.v6]
)
