import CSWCore
import ArgumentParser
import CSWAnalytics
import CSWGit
import CSWSchema

/// Reading the arguments many commands share, with one wording for every mistake.
enum CommandInput {
    /// A date option written YYYY-MM-DD (a usage mistake, exit 2, otherwise).
    static func date(_ value: String, option: String) throws -> Day {
        guard let day = Day(value), FormatChecker.check("date", value) == true else {
            Terminal.standardError.write("error: \(option) \(value) is not a date written YYYY-MM-DD\n")
            throw ExitCode(2)
        }
        return day
    }

    /// --as-of: the given date, or today.
    static func asOf(_ value: String?) throws -> Day {
        try value.map { try date($0, option: "--as-of") } ?? Clock.today()
    }

    /// Runs git reads; a libgit2 failure stops the command (exit 2) with its message.
    static func readingGit<T>(_ body: () throws(GitError) -> T) throws -> T {
        do {
            return try body()
        } catch {
            Terminal.standardError.write("error: cannot read the repository: \(error.message)\n")
            throw ExitCode(2)
        }
    }
}
