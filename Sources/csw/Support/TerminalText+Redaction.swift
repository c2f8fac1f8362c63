import CSWCore
import CSWJSON

extension TerminalText {
    /// Text from git or the workspace (a commit summary, a change list naming files, an
    /// author) as csw shows it: each identifier the PHI scanner finds replaced by its
    /// mask, and control characters made visible, so neither a patient's data nor a
    /// terminal escape reaches the screen or a log.
    static func shown(_ text: String) -> String { visible(PHIRedaction.redact(text)) }
}

extension PHIRedaction {
    /// Every string in a JSON value (keys stay: they are csw's field names) redacted, for
    /// `--format json` output built from git or the workspace (paths, summaries).
    static func redacted(_ value: JSONValue) -> JSONValue {
        switch value {
        case .string(let s): return .string(redact(s))
        case .array(let a): return .array(a.map(redacted))
        case .object(let o):
            var out = JSONObject()
            for (key, v) in o { out[key] = redacted(v) }
            return .object(out)
        default: return value
        }
    }
}
