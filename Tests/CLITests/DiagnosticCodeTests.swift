import CSWCore
import Foundation
import Testing

/// Every diagnostic code has a small workspace in Diagnostics/<CODE>/ that triggers it,
/// and its `csw validate` output is a golden file (Golden/diagnostics/<CODE>.txt).
@Suite struct DiagnosticCodeTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Diagnostics")

    @Test(arguments: DiagnosticCode.allCases)
    func codeIsTriggeredByItsWorkspace(code: DiagnosticCode) throws {
        let workspace = Self.folder.appendingPathComponent(code.rawValue)
        #expect(FileManager.default.fileExists(atPath: workspace.path), "no test workspace for \(code.rawValue)")
        let outcome = try CLITests.run(["validate"], in: workspace)
        #expect(outcome.stdout.contains("[\(code.rawValue)]"), "\(code.rawValue) not reported:\n\(outcome.stdout)")
        #expect(outcome.status == (code.defaultSeverity == .error ? 1 : 0))
        try CLITests.expectGolden("diagnostics/\(code.rawValue)", ["validate"], status: outcome.status, in: workspace)
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
