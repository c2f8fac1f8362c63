import CSWCore
import Foundation
import Testing

/// Every diagnostic code has a small workspace in Diagnostics/<CODE>/ that triggers it,
/// and its `csw validate` output is a golden file (Golden/diagnostics/<CODE>.txt).
@Suite struct DiagnosticCodeTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Diagnostics")

    @Test(arguments: DiagnosticCode.allCases)
    func codeIsTriggeredByItsWorkspace(code: DiagnosticCode) throws {
        let fixture = Self.folder.appendingPathComponent(code.rawValue)
        #expect(FileManager.default.fileExists(atPath: fixture.path), "no test workspace for \(code.rawValue)")
        let (workspace, scratch) = try Self.prepared(fixture)
        defer { withExtendedLifetime(scratch) {} }
        let outcome = try CLITests.run(["validate"], in: workspace)
        #expect(outcome.stdout.contains("[\(code.rawValue)]"), "\(code.rawValue) not reported:\n\(outcome.stdout)")
        #expect(outcome.status == (code.defaultSeverity == .error ? 1 : 0))
        try CLITests.expectGolden("diagnostics/\(code.rawValue)", ["validate"], status: outcome.status, in: workspace)
    }

    /// The fixture itself, or — when it lists paths in tracked-in-git.txt (CSW0602) — a copy
    /// made a git repository with those paths in git's index.
    static func prepared(_ fixture: URL) throws -> (URL, Scratch?) {
        let list = fixture.appendingPathComponent("tracked-in-git.txt")
        guard let paths = try? String(contentsOf: list, encoding: .utf8) else { return (fixture, nil) }
        let scratch = try Scratch("csw-diagnostic")
        let copy = scratch.url.appendingPathComponent(fixture.lastPathComponent)
        try FileManager.default.copyItem(at: fixture, to: copy)
        try FileManager.default.removeItem(at: copy.appendingPathComponent("tracked-in-git.txt"))
        let git = try TestServers.path(.git)
        #expect(try TestServers.run(git, ["init", "-q", "-b", "main"], in: copy).status == 0)
        let add = try TestServers.run(git, ["add", "-f", "--"] + paths.split(separator: "\n").map(String.init), in: copy)
        #expect(add.status == 0, "\(add.output)")
        return (copy, scratch)
    }

    @Test func strictTurnsWarningsIntoFailure() throws {
        let outcome = try CLITests.run(["validate", "--strict"], in: Self.folder.appendingPathComponent("CSW0501"))
        #expect(outcome.status == 1)
    }

    @Test func jsonOutputCarriesTheSameFields() throws {
        let outcome = try CLITests.run(["validate", "--format", "json"], in: Self.folder.appendingPathComponent("CSW0102"))
        #expect(outcome.status == 1)
        #expect(outcome.stdout.contains(#""path":"customers/HOSP_001/profile.json","line":7,"column":21,"severity":"error","code":"CSW0102""#))
    }
}
