/// Every diagnostic csw reports, with a stable code. docs/DIAGNOSTICS.md explains each
/// one with a fix; Tests/CLITests/Diagnostics holds a workspace that triggers it.
public enum DiagnosticCode: String, Sendable, Hashable, CaseIterable {
    // Syntax
    case invalidJSON = "CSW0001"
    case invalidJSONLine = "CSW0002"
    case missingFrontMatter = "CSW0003"
    case invalidYAML = "CSW0004"
    case notUTF8 = "CSW0005"
    // Schemas
    case configSchema = "CSW0101"
    case profileSchema = "CSW0102"
    case metricSchema = "CSW0103"
    case unknownMetric = "CSW0104"
    case feedbackSchema = "CSW0105"
    case reviewSchema = "CSW0106"
    case noteSchema = "CSW0107"
    case overrideSchema = "CSW0108"
    case scoreRecordSchema = "CSW0109"
    case alertStateSchema = "CSW0110"
    case playbookSchema = "CSW0111"
    case taskSchema = "CSW0112"
    case opportunitySchema = "CSW0113"
    case enhancementSchema = "CSW0114"
    case communitySchema = "CSW0115"
    case contractSchema = "CSW0116"
    // Customers
    case invalidCustomerFolder = "CSW0201"
    case customerIDMismatch = "CSW0202"
    case missingProfile = "CSW0203"
    // Metrics history
    case metricDatesOutOfOrder = "CSW0301"
    case duplicateMetricDate = "CSW0302"
    // Roster
    case unknownCSM = "CSW0401"
    case duplicateCSM = "CSW0402"
    // Files
    case unexpectedFile = "CSW0501"
    case symlinkOutside = "CSW0502"
    case symlinkInside = "CSW0503"
    case missingCustomersFolder = "CSW0504"
    case fileTooLarge = "CSW0505"
    // Sync
    case unresolvedConflict = "CSW0601"
    case trackedLocalFile = "CSW0602"
    // Security
    case patientData = "CSW0701"
    case patientDataGuardOff = "CSW0702"
    // Templates
    case templateSyntax = "CSW0801"
    case templateRecursion = "CSW0802"
    // Scoring model
    case unknownScoringName = "CSW0901"

    public var defaultSeverity: Diagnostic.Severity {
        switch self {
        case .unexpectedFile, .symlinkInside, .missingCustomersFolder, .patientDataGuardOff: return .warning
        default: return .error
        }
    }

    /// One line saying what the rule checks (for `csw validate --explain` and the docs).
    public var title: String {
        switch self {
        case .invalidJSON: return "a JSON file is not valid JSON"
        case .invalidJSONLine: return "a line of metrics.jsonl is not valid JSON"
        case .missingFrontMatter: return "a Markdown note has no front matter between --- lines"
        case .invalidYAML: return "the front matter is not valid YAML"
        case .notUTF8: return "a text file is not UTF-8"
        case .configSchema: return "csw.json does not match its schema"
        case .profileSchema: return "profile.json does not match its schema"
        case .metricSchema: return "a metric snapshot has a wrong value"
        case .unknownMetric: return "a metric snapshot has a field that is neither built in nor declared"
        case .feedbackSchema: return "a feedback note's front matter does not match its schema"
        case .reviewSchema: return "a review note's front matter does not match its schema"
        case .noteSchema: return "an account note's front matter does not match its schema"
        case .overrideSchema: return "score-override.json does not match its schema"
        case .scoreRecordSchema: return "a line of scores.jsonl does not match its schema"
        case .alertStateSchema: return "alerts.json (acknowledged and snoozed alerts) does not match its schema"
        case .playbookSchema: return "a playbook's front matter does not match its schema"
        case .taskSchema: return "a line of tasks.jsonl does not match its schema"
        case .opportunitySchema: return "a line of opportunities.jsonl does not match its schema"
        case .enhancementSchema: return "an enhancement's front matter does not match its schema"
        case .contractSchema: return "a line of contracts.jsonl does not match its schema"
        case .communitySchema: return "a community file (knowledge article or mentorships.json) does not match its schema"
        case .invalidCustomerFolder: return "a folder in customers/ is not named as a customer id"
        case .customerIDMismatch: return "profile.json's customer_id differs from its folder name"
        case .missingProfile: return "a customer folder has no profile.json"
        case .metricDatesOutOfOrder: return "metric snapshots are not in date order"
        case .duplicateMetricDate: return "two metric snapshots have the same date"
        case .unknownCSM: return "csm_assigned names no CSM in the roster"
        case .duplicateCSM: return "two CSMs in the roster share an id"
        case .unknownScoringName: return "csw.json's scoring names a measure, metric or churn factor that does not exist"
        case .unexpectedFile: return "a file that is not part of the workspace format"
        case .symlinkOutside: return "a symbolic link leads outside the workspace"
        case .symlinkInside: return "a symbolic link inside the workspace (not followed)"
        case .missingCustomersFolder: return "the workspace has no customers/ folder"
        case .fileTooLarge: return "a file is larger than csw reads (limits.max_file_bytes)"
        case .patientData: return "possible patient data (a HIPAA Safe Harbor identifier) in a file"
        case .unresolvedConflict: return "a merge conflict from csw sync is not resolved yet"
        case .trackedLocalFile: return "a file of .csw/ (local to each clone) is tracked by git"
        case .patientDataGuardOff: return "csw.json sets phi.severity to off, which csw treats as warning"
        case .templateSyntax: return "a template of templates/ does not parse"
        case .templateRecursion: return "a template includes itself, names a partial from the data, or nests or expands without bound"
        }
    }
}
