import Foundation
import Testing
@testable import CSWGit

/// The libgit2 layer on real repositories in temporary folders.
@Suite struct RepositoryTests {
    let folder: URL
    let author = GitSignature(name: "Casey Tester", email: "casey@csm.example", time: 1_764_000_000)

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("csw-git-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    func path(_ p: String) -> String { folder.appendingPathComponent(p).path }

    func write(_ p: String, _ text: String) throws {
        let url = folder.appendingPathComponent(p)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
    }

    func commitAll(_ repo: GitRepository, _ message: String) throws -> GitOID {
        let index = try GitIndex(repo)
        try index.stageAll()
        return try repo.commitIndex(message: message, author: author, parents: repo.resolve("HEAD").map { [$0] } ?? [])
    }

    @Test func createCommitReadBack() throws {
        let repo = try GitRepository.create(at: path("a"), initialBranch: "main")
        #expect(repo.isUnborn)
        #expect(repo.currentBranch == "main")
        try write("a/customers/HOSP_001/profile.json", "{}\n")
        try write("a/csw.json", "{\"name\": \"x\"}\n")
        #expect(try repo.status().map(\.path).sorted() == ["csw.json", "customers/HOSP_001/profile.json"])
        let first = try commitAll(repo, "first\n")
        #expect(repo.resolve("HEAD") == first)
        #expect(try repo.status().isEmpty)
        let files = try repo.files(ofCommit: first)
        #expect(files.map(\.path) == ["csw.json", "customers/HOSP_001/profile.json"])
        #expect(try repo.blob(files[0].id) == Array("{\"name\": \"x\"}\n".utf8))
        #expect(GitRepository.blobID(of: Array("{}\n".utf8)) == files[1].id)
        try write("a/csw.json", "{\"name\": \"y\"}\n")
        try FileManager.default.removeItem(atPath: path("a/customers/HOSP_001/profile.json"))
        #expect(Set(try repo.status().map { "\($0.change.rawValue) \($0.path)" }) == ["modified csw.json", "deleted customers/HOSP_001/profile.json"])
        let second = try commitAll(repo, "second\n")
        let log = try repo.log(from: second)
        #expect(log.map(\.summary) == ["second", "first"])
        #expect(log[0].author == author)
        #expect(try repo.changes(from: log[1].tree, to: log[0].tree).map(\.path) == ["csw.json", "customers/HOSP_001/profile.json"])
        #expect(try repo.revision("HEAD~1") == first)
    }

    @Test func errorsNameTheFunctionAndCode() {
        do {
            _ = try GitRepository.open(at: path("missing"))
            Issue.record("opening a missing repository succeeded")
        } catch {
            #expect(error.function == "git_repository_open_ext")
            #expect(error.code == .notFound)
            #expect(error.description.contains("git_repository_open_ext failed"))
        }
    }

    @Test func cloneFetchPushAndNonFastForward() throws {
        _ = try GitRepository.create(at: path("origin.git"), initialBranch: "main", bare: true)
        let one = try GitRepository.clone(url: path("origin.git"), to: path("one"))
        #expect(one.isUnborn, "an empty remote clones to an empty repository")
        try one.setHead("refs/heads/main")
        try write("one/a.txt", "one\n")
        let base = try commitAll(one, "base\n")
        try one.push(remote: "origin", refspec: "refs/heads/main:refs/heads/main")
        let two = try GitRepository.clone(url: path("origin.git"), to: path("two"))
        #expect(two.resolve("HEAD") == base)
        try write("one/b.txt", "from one\n")
        _ = try commitAll(one, "one\n")
        try write("two/c.txt", "from two\n")
        _ = try commitAll(two, "two\n")
        try one.push(remote: "origin", refspec: "refs/heads/main:refs/heads/main")
        do {
            try two.push(remote: "origin", refspec: "refs/heads/main:refs/heads/main")
            Issue.record("a diverged push was accepted")
        } catch {
            #expect(error.code == .nonFastForward, "\(error)")
        }
        try two.fetch(remote: "origin")
        let shared = try #require(two.resolve("refs/remotes/origin/main"))
        #expect(try two.aheadBehind(two.resolve("HEAD")!, shared) == (1, 1))
        #expect(two.mergeBase(two.resolve("HEAD")!, shared) == base)
        #expect(two.isAncestor(base, of: shared))
        #expect(try two.remotes().map(\.name) == ["origin"])
    }

    @Test func textMergeCleanAndConflicting() throws {
        let base = Array("a\nb\nc\n".utf8)
        let clean = try GitTextMerge.merge(base: base, ours: Array("A\nb\nc\n".utf8), theirs: Array("a\nb\nC\n".utf8))
        #expect(clean.clean && clean.merged == Array("A\nb\nC\n".utf8))
        let conflict = try GitTextMerge.merge(base: base, ours: Array("X\nb\nc\n".utf8), theirs: Array("Y\nb\nc\n".utf8))
        #expect(!conflict.clean)
    }
}

/// libgit2 starts without reading the CA bundle; a network operation reads it first.
@Suite struct DeferredCertificateTests {
    /// Whether the certificates are pending is process-wide, and any clone, fetch or push in
    /// another test of this process reads them: the check runs in a fresh process (an exit
    /// test), where nothing has touched libgit2 yet.
    @Test func aCloneReadsThePutOffCertificatesFirst() async throws {
        let result = try #require(await #expect(processExitsWith: .success, observing: [\.standardOutputContent]) {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("csw-certs-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: folder) }
            do {
                _ = try GitRepository.create(at: folder.appendingPathComponent("source").path, initialBranch: "main")
                print("pending before the clone: \(GitLibrary.certificatesPending)")
                _ = try GitRepository.clone(url: folder.appendingPathComponent("source").path, to: folder.appendingPathComponent("copy").path)
                print("pending after the clone: \(GitLibrary.certificatesPending)")
            } catch {
                print("error: \(error)")
            }
        })
        let output = String(decoding: result.standardOutputContent, as: UTF8.self)
        #expect(output.contains("pending before the clone: true\n"), "starting libgit2 put the CA certificates off: \(output)")
        #expect(output.contains("pending after the clone: false\n"), "after a clone nothing is left to load: \(output)")
    }
}
