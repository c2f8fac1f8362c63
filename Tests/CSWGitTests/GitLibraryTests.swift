import Testing
@testable import CSWGit

@Suite struct GitLibraryTests {
    @Test func linksLibgit2OfAtLeastVersion1_5() throws {
        let parts = GitLibrary.version.split(separator: ".").compactMap { Int($0) }
        try #require(parts.count == 3)
        #expect(parts[0] > 1 || (parts[0] == 1 && parts[1] >= 5), "libgit2 \(GitLibrary.version)")
    }

    @Test func failedCallsBecomeTypedErrorsNamingTheFunction() {
        #expect(throws: GitError.self) { try check(-3, "git_repository_open") }
        do {
            try check(-3, "git_repository_open")
        } catch {
            #expect(error.function == "git_repository_open")
            #expect(error.code == .notFound)
        }
        #expect((try? check(0, "git_anything")) == 0)
    }
}
