import ArgumentParser

struct PHICommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "phi",
        abstract: "Find patient data (HIPAA Safe Harbor identifiers) in notes and files; record reviewed false alarms.",
        discussion: """
        Customer-success files must never hold patient data. csw looks for social security, \
        medical record, health-plan member and account numbers, dates of birth, phone and fax \
        numbers, email addresses that are not a known contact's, street addresses, patient \
        names in context, IP addresses and URLs carrying a patient id. csw validate runs the \
        same guard (CSW0701), and csw commit and csw sync refuse a hit in anything they \
        would commit or push — any file, file name or commit message, even with --no-verify \
        — unless csw phi allow recorded it as reviewed. Output never shows a whole \
        identifier, nor a hash of one (docs/SECURITY.md).

        Examples:
          csw phi scan                                   # the whole workspace
          csw phi scan export.csv notes/ --format json
          csw phi allow customers/HOSP_001/notes/2025-04-02-call.md:12:18 --reason "the vendor's support line"
        """,
        subcommands: [PHIScanCommand.self, PHIAllowCommand.self],
        defaultSubcommand: PHIScanCommand.self
    )
}
