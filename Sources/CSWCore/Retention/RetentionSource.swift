/// A file retention rules may look at, with its bytes, as the command read it.
public struct RetentionSource: Sendable {
    public enum Kind: Sendable, Equatable {
        case feedback, notes, reviews, tasks, profile, delivered

        var covers: RetentionRule.Covers {
            switch self {
            case .feedback: return .feedback
            case .notes: return .notes
            case .reviews: return .reviews
            case .tasks: return .tasks
            case .profile: return .contacts
            case .delivered: return .notifications
            }
        }
    }

    /// Relative to the workspace root.
    public let path: String
    public let kind: Kind
    public let bytes: [UInt8]

    public init(path: String, kind: Kind, bytes: [UInt8]) {
        self.path = path
        self.kind = kind
        self.bytes = bytes
    }

    /// The untracked log of delivered notifications (csw run).
    public static let deliveredPath = ".csw/delivered.jsonl"

    /// What a file of a customer folder is to retention (`relative` inside the folder), or
    /// nil for files no rule covers.
    public static func kind(inCustomerFolder relative: String) -> Kind? {
        let parts = relative.split(separator: "/", omittingEmptySubsequences: false)
        if parts.count == 1 {
            switch parts[0] {
            case "tasks.jsonl": return .tasks
            case "profile.json": return .profile
            default: return nil
            }
        }
        guard parts.count == 2, parts[1].hasSuffix(".md") else { return nil }
        switch parts[0] {
        case "feedback": return .feedback
        case "notes": return .notes
        case "reviews": return .reviews
        default: return nil
        }
    }
}
