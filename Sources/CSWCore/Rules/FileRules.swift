/// Diagnostics about files that are not part of the format (CSW0501) and symbolic links
/// (CSW0502 leaving the workspace, CSW0503 inside it). csw never follows a link.
public enum FileRules {
    static let customerLayout = "a customer folder holds profile.json, metrics.jsonl, score-override.json, scores.jsonl, alerts.json, tasks.jsonl, opportunities.jsonl, contracts.jsonl and Markdown notes in feedback/, reviews/ and notes/"

    public static func unexpected(_ path: String, _ layout: String) -> Diagnostic {
        Diagnostic(.unexpectedFile, path, "\"\(path)\" is not part of the workspace format, so csw ignores it",
                   notes: [layout + "; move or delete it"])
    }

    static func symlink(_ path: String, leavesWorkspace: Bool) -> Diagnostic {
        leavesWorkspace
            ? Diagnostic(.symlinkOutside, path, "\"\(path)\" is a symbolic link to a place outside the workspace; csw does not follow it",
                         notes: ["replace the link with the file itself, so teammates get the same data"])
            : Diagnostic(.symlinkInside, path, "\"\(path)\" is a symbolic link; csw does not follow links",
                         notes: ["replace the link with the file itself"])
    }
}
