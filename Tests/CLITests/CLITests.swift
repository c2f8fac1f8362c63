import Foundation
import Testing

/// End-to-end tests: run the built `csw` binary and compare what a user sees (stdout,
/// stderr, exit code) with golden files. Re-record with CSW_RECORD_GOLDEN=1.
@Suite struct CLITests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    struct Outcome {
        var stdout: String
        var stderr: String
        var status: Int32
    }

    /// A HOME with a .gitconfig naming the test author, made once per test run.
    static let testHome: URL = {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("csw-test-home-\(ProcessInfo.processInfo.processIdentifier)")
        try? FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        try? "[user]\n\tname = Casey Tester\n\temail = casey.tester@csm.example\n[init]\n\tdefaultBranch = main\n"
            .write(to: home.appendingPathComponent(".gitconfig"), atomically: true, encoding: .utf8)
        return home
    }()

    /// Commit ids and dates change every run; golden files hold placeholders.
    static func normalized(_ text: String) -> String {
        var out = text.replacing(/commit [0-9a-f]{7}\b/, with: "commit <id>")
        out = out.replacing(/\[main [0-9a-f]{7}\]/, with: "[main <id>]")
        return out
    }

    /// "Today" for every csw the tests run (CSW_TODAY): a month after the example's last
    /// metrics month, so `csw init` leaves the example's dates as they are in
    /// workspace-template/, and every default date in a golden file is this one.
    static let today = "2025-12-15"

    static var binary: URL {
        if let path = ProcessInfo.processInfo.environment["CSW_BINARY"] { return URL(fileURLWithPath: path) }
        return packageRoot.appendingPathComponent(".build/debug/csw")
    }

    /// Runs csw. `timeout`: seconds before the harness kills it (status 124), for tests
    /// where a hang is the failure being guarded against. `wrapper`: a program and its
    /// arguments that run csw (`unshare -n`).
    static func run(_ arguments: [String], environment: [String: String] = [:], in folder: URL? = nil, timeout: Double? = nil,
                    wrapper: [String] = []) throws -> Outcome {
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        env["HOME"] = testHome.path  // a known git identity, whatever the machine's
        env["CSW_LOCK_TIMEOUT"] = "1"
        env["CSW_TODAY"] = CLITests.today  // the same calendar every run (docs/GUIDE.md, "Testing")
        for (k, v) in environment { env[k] = v }
        let result = wrapper.isEmpty
            ? try Spawn.run(binary.path, arguments, environment: env, directory: (folder ?? fixtures).path, timeout: timeout)
            : try Spawn.run(wrapper[0], Array(wrapper.dropFirst()) + [binary.path] + arguments, environment: env, directory: (folder ?? fixtures).path, timeout: timeout)
        return Outcome(stdout: result.stdout, stderr: result.stderr, status: result.status)
    }

    /// Compares a transcript with Golden/<name>.txt (or records it).
    /// `normalize`: further placeholders a test needs (its own commit ids, dates).
    static func expectGolden(_ name: String, _ arguments: [String], status: Int32, in folder: URL? = nil,
                             normalize: (String) -> String = { $0 }) throws {
        #expect(FileManager.default.fileExists(atPath: binary.path), "build csw first (swift build): \(binary.path)")
        let outcome = try run(arguments, in: folder)
        let transcript = normalize(normalized("$ csw \(arguments.joined(separator: " "))\n--- stdout\n\(outcome.stdout)--- stderr\n\(outcome.stderr)--- exit \(outcome.status)\n"))
        let file = golden.appendingPathComponent(name + ".txt")
        if ProcessInfo.processInfo.environment["CSW_RECORD_GOLDEN"] != nil {
            try transcript.write(to: file, atomically: true, encoding: .utf8)
        }
        let expected = (try? String(contentsOf: file, encoding: .utf8)) ?? "(no golden file \(file.lastPathComponent); run with CSW_RECORD_GOLDEN=1)"
        #expect(transcript == expected, "golden \(name) differs:\n--- expected\n\(expected)\n--- actual\n\(transcript)")
        #expect(outcome.status == status)
    }

    @Test func validFileExitsZero() throws {
        try Self.expectGolden("validate-good", ["schema", "validate", "--formats", "--schema", "schemas/customer.schema.json", "good.json"], status: 0)
    }

    @Test func invalidFileListsEveryProblemWithPositions() throws {
        try Self.expectGolden("validate-bad", ["schema", "validate", "--formats", "--schema", "schemas/customer.schema.json", "good.json", "bad.json"], status: 1)
    }

    @Test func invalidJSONIsReportedAsAProblemInTheData() throws {
        try Self.expectGolden("validate-notjson", ["schema", "validate", "--schema", "schemas/customer.schema.json", "notjson.json"], status: 1)
    }

    @Test func jsonOutputForScripts() throws {
        try Self.expectGolden("validate-json", ["schema", "validate", "--formats", "--format", "json", "--schema", "schemas/customer.schema.json", "good.json", "bad.json", "notjson.json"], status: 1)
    }

    @Test func unreadableInputExitsTwo() throws {
        try Self.expectGolden("validate-missing", ["schema", "validate", "--schema", "schemas/customer.schema.json", "good.json", "missing.json"], status: 2)
    }

    @Test func brokenSchemaExitsTwo() throws {
        try Self.expectGolden("validate-broken-schema", ["schema", "validate", "--schema", "schemas/broken.schema.json", "good.json"], status: 2)
    }

    @Test func noFilesIsAUsageMistake() throws {
        try Self.expectGolden("usage-no-files", ["schema", "validate", "--schema", "schemas/customer.schema.json"], status: 2)
    }

    @Test func usageMistakeExitsTwo() throws {
        try Self.expectGolden("usage-error", ["schema", "validate", "good.json"], status: 2)
    }

    /// More than 64 arguments take the fast path around ArgumentParser (Support/ManyFiles.swift);
    /// options must work wherever they stand and files keep their order.
    @Test func manyFilesWithOptionsAnywhere() throws {
        let goods = Array(repeating: "good.json", count: 70)
        let arguments = ["schema", "validate"] + goods[..<30] + ["--format", "json"] + goods[30...] + ["--schema", "schemas/customer.schema.json", "bad.json", "--formats"]
        let outcome = try Self.run(Array(arguments))
        #expect(outcome.status == 1)
        #expect(outcome.stdout.components(separatedBy: "\"file\": \"good.json\"").count == 71)
        #expect(outcome.stdout.contains("\"file\": \"bad.json\""))
        #expect(outcome.stdout.contains("expected a date written YYYY-MM-DD"), "--formats after the files still applies")
        let terminator = try Self.run(["schema", "validate", "--schema", "schemas/customer.schema.json", "--"] + goods + ["--weird-name.json"])
        #expect(terminator.status == 2, "a file named like an option after -- is a file (and here it does not exist)")
        #expect(terminator.stderr.contains("--weird-name.json: cannot read the file"))
    }

    /// const and enum compare strings by code points, as JSON Schema does: "a\u0308" (a and a
    /// combining diaeresis) is not "\u00e4" (ä), written escaped or as raw UTF-8.
    @Test func constAndEnumCompareCodePoints() throws {
        let schema = "codepoints/umlaut.schema.json"
        for data in ["codepoints/escaped.json", "codepoints/raw.json"] {
            let outcome = try Self.run(["schema", "validate", "--format", "json", "--schema", schema, data])
            #expect(outcome.status == 1, "\(data): \(outcome.stdout)\(outcome.stderr)")
            #expect(outcome.stdout.contains("/properties/const/const\""), "\(data): \(outcome.stdout)")
            #expect(outcome.stdout.contains("/properties/enum/enum\""), "\(data): \(outcome.stdout)")
        }
        let same = try Self.run(["schema", "validate", "--schema", schema, "codepoints/same.json"])
        #expect(same.status == 0, "the same code points, escaped: \(same.stdout)\(same.stderr)")
    }

    @Test func versionNamesLibgit2() throws {
        let outcome = try Self.run(["--version"])
        #expect(outcome.status == 0)
        #expect(outcome.stdout.hasPrefix("csw 0.1.0 (libgit2 1."))
    }

    @Test func helpTeachesWithExamples() throws {
        let outcome = try Self.run(["schema", "validate", "--help"])
        #expect(outcome.status == 0)
        #expect(outcome.stdout.contains("Examples:"))
        #expect(outcome.stdout.contains("--format <text|json>"))
    }

    @Test func colourOnlyOnATerminal() throws {
        // Output goes to a pipe here, so no escape codes even without NO_COLOR.
        let outcome = try Self.run(["schema", "validate", "--schema", "schemas/customer.schema.json", "bad.json"], environment: ["NO_COLOR": ""])
        #expect(!outcome.stdout.contains("\u{1B}["))
    }
}

/// A temporary folder, removed when the last reference goes (a suite instance holding it
/// ends with its test).
final class Scratch: Sendable {
    let url: URL

    init(_ prefix: String) throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }
}
