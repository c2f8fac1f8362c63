// libyaml itself (the C library inside Yams): its event stream shows an anchor or alias
// before anything is composed, which Yams' Parser does not expose.
internal import CYaml
import CSWJSON

extension FrontMatter {
    /// The first YAML anchor (`&name`) or alias (`*name`) in `yaml`, found from libyaml's
    /// event stream before any node is built; nil when there is none (or when the YAML does
    /// not parse: Yams then reports the error).
    ///
    /// csw front matter refuses anchors and aliases outright. Composing them is what a
    /// "billion laughs" note exploits: ten lines of `a1: &a1 [*a0, *a0, …]` stand for
    /// 9^10 values, and walking (or hashing, for a mapping key) the composed tree takes
    /// minutes and gigabytes. Scanning events costs one pass over the text.
    static func firstAnchorOrAlias(_ yaml: String) -> (kind: String, name: String, location: SourceLocation)? {
        var bytes = Array(yaml.utf8)
        // Both need '&' or '*' in the text: most front matter skips the scan.
        guard bytes.contains(UInt8(ascii: "&")) || bytes.contains(UInt8(ascii: "*")) else { return nil }
        return bytes.withUnsafeMutableBufferPointer { buffer -> (String, String, SourceLocation)? in
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) == 1 else { return nil }
            defer { yaml_parser_delete(&parser) }
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else { return nil }
                defer { yaml_event_delete(&event) }
                let anchor: UnsafeMutablePointer<yaml_char_t>?
                var kind = "anchor"
                switch event.type {
                case YAML_STREAM_END_EVENT: return nil
                case YAML_ALIAS_EVENT:
                    anchor = event.data.alias.anchor
                    kind = "alias"
                case YAML_SCALAR_EVENT: anchor = event.data.scalar.anchor
                case YAML_SEQUENCE_START_EVENT: anchor = event.data.sequence_start.anchor
                case YAML_MAPPING_START_EVENT: anchor = event.data.mapping_start.anchor
                default: anchor = nil
                }
                guard let anchor else { continue }
                let name = String(cString: UnsafePointer(anchor))
                // libyaml counts lines and columns from 0; line 1 of the note is the '---'.
                let location = SourceLocation(line: Int(event.start_mark.line) + 2, column: Int(event.start_mark.column) + 1, offset: 0)
                return (kind, name, location)
            }
        }
    }

    /// The problem for an anchor or alias, pointing at it.
    static func anchorProblem(kind: String, name: String, at location: SourceLocation) -> Problem {
        let sign = kind == "alias" ? "*" : "&"
        let shown = name.count > 40 ? String(name.prefix(40)) + "…" : name
        return .anchorOrAlias("the front matter uses a YAML \(kind) (\(sign)\(shown)); csw front matter does not use YAML anchors or aliases",
                              location)
    }

    /// What to do about an anchor or alias (the diagnostic's note).
    public static let anchorNote = "write the value out in full wherever it is used (a list as [a, b, c]); csw refuses anchors (&name) and aliases (*name) so that a few lines of YAML cannot stand for millions of values"
}
