import CSWJSON
import Yams

/// Markdown notes with YAML front matter: `---` line, YAML, `---` line, body.
///
/// The YAML is read as YAML 1.2 core and turned into a JSON value so the same JSON
/// Schema validator checks it; every value's YAML position is kept (by JSON pointer) so
/// problems point at the right line of the note. Anchors and aliases are refused before
/// anything is composed (FrontMatter+Anchors.swift), so no note can expand into millions
/// of values.
public struct FrontMatter: Sendable {
    public let value: JSONValue
    /// YAML positions of values and keys, by JSON pointer ("" is the mapping itself).
    public let positions: [String: SourceLocation]
    public let body: String

    public enum Problem: Error, Sendable, Equatable {
        /// No opening or closing `---` line.
        case missing(String)
        /// The YAML does not parse, or is not a mapping of plain keys.
        case invalid(String, SourceLocation)
        /// A YAML anchor (&name) or alias (*name): refused before anything is expanded
        /// (see `firstAnchorOrAlias`); the fix is `FrontMatter.anchorNote`.
        case anchorOrAlias(String, SourceLocation)
    }

    /// Splits and parses a note's text.
    public static func parse(_ text: String) -> Result<FrontMatter, Problem> {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)[...]
        guard let first = lines.first, first.trimmingCR == "---" else {
            return .failure(.missing("the note does not start with a '---' line; put the front matter (date, …) between two '---' lines at the top"))
        }
        lines = lines.dropFirst()
        var yamlLines: [Substring] = []
        var closed = false
        while let line = lines.popFirst() {
            if line.trimmingCR == "---" || line.trimmingCR == "..." {
                closed = true
                break
            }
            yamlLines.append(line)
        }
        guard closed else {
            return .failure(.missing("the front matter is not closed: add a '---' line after it"))
        }
        let yaml = yamlLines.map { String($0.trimmingCR) }.joined(separator: "\n")
        let body = lines.joined(separator: "\n")
        if let found = Self.firstAnchorOrAlias(yaml) {
            return .failure(Self.anchorProblem(kind: found.kind, name: found.name, at: found.location))
        }
        let root: Node?
        do {
            root = try Yams.Parser(yaml: yaml, resolver: .basic, encoding: .utf8).singleRoot()
        } catch let error as YamlError {
            return .failure(Self.describe(error))
        } catch {
            return .failure(.invalid("the front matter is not valid YAML: \(error)", SourceLocation(line: 2, column: 1, offset: 0)))
        }
        guard let root else {
            return .success(FrontMatter(value: .object(JSONObject()), positions: ["": SourceLocation(line: 2, column: 1, offset: 0)], body: body))
        }
        var converter = Converter()
        switch converter.convert(root, pointer: "") {
        case .success(let value): return .success(FrontMatter(value: value, positions: converter.positions, body: body))
        case .failure(let problem): return .failure(problem)
        }
    }

    /// The position of the value at `pointer`, or of its nearest enclosing value.
    public func location(of pointer: String) -> SourceLocation {
        var p = pointer
        while true {
            if let hit = positions[p] { return hit }
            guard let slash = p.lastIndex(of: "/") else { return positions[""] ?? SourceLocation(line: 2, column: 1, offset: 0) }
            p = String(p[..<slash])
        }
    }

    static func describe(_ error: YamlError) -> Problem {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return .invalid("the front matter is not valid YAML: \(problem)", SourceLocation(line: mark.line + 1, column: mark.column, offset: 0))
        default:
            return .invalid("the front matter is not valid YAML: \(error)", SourceLocation(line: 2, column: 1, offset: 0))
        }
    }

    /// YAML node → JSON value, recording positions. Line numbers are shifted by one for
    /// the opening `---` line.
    struct Converter {
        var positions: [String: SourceLocation] = [:]

        func location(_ mark: Mark?) -> SourceLocation {
            SourceLocation(line: (mark?.line ?? 1) + 1, column: mark?.column ?? 1, offset: 0)
        }

        mutating func convert(_ node: Node, pointer: String) -> Result<JSONValue, Problem> {
            positions[pointer] = location(node.mark)
            switch node {
            case .scalar(let scalar):
                return .success(Self.resolve(scalar))
            case .sequence(let sequence):
                var items: [JSONValue] = []
                for (i, item) in sequence.enumerated() {
                    switch convert(item, pointer: pointer + "/\(i)") {
                    case .success(let v): items.append(v)
                    case .failure(let p): return .failure(p)
                    }
                }
                return .success(.array(items))
            case .mapping(let mapping):
                var object = JSONObject()
                for (key, value) in mapping {
                    guard case .scalar(let k) = key else {
                        return .failure(.invalid("front matter keys must be plain words", location(key.mark)))
                    }
                    if object[k.string] != nil {
                        return .failure(.invalid("the key \"\(k.string)\" appears twice in the front matter; keep one", location(key.mark)))
                    }
                    let child = pointer + "/" + JSONPointer.escape(k.string)
                    switch convert(value, pointer: child) {
                    case .success(let v): object.appendUnique(k.string, v)
                    case .failure(let p): return .failure(p)
                    }
                }
                return .success(.object(object))
            case .alias(let alias):
                // Not reached: parse refuses aliases before composing.
                return .failure(FrontMatter.anchorProblem(kind: "alias", name: alias.anchor.rawValue, at: location(alias.mark)))
            }
        }

        /// YAML 1.2 core schema for plain scalars; quoted and block scalars are text.
        /// Unquoted dates stay text ("2025-03-14").
        static func resolve(_ scalar: Node.Scalar) -> JSONValue {
            let text = scalar.string
            guard scalar.style == .plain else { return .string(text) }
            switch text {
            case "", "~", "null", "Null", "NULL": return .null
            case "true", "True", "TRUE": return .bool(true)
            case "false", "False", "FALSE": return .bool(false)
            default: break
            }
            if let number = JSONNumber(text) { return .number(number) }
            var t = text
            if t.hasPrefix("+") { t.removeFirst() }
            if t.first?.isNumber == true || t.hasPrefix("-") || t.hasPrefix("."),
               t.allSatisfy({ "0123456789.eE+-".contains($0) }), let d = Double(t), d.isFinite
            {
                return .number(JSONNumber(d))
            }
            return .string(text)
        }
    }
}

extension Substring {
    var trimmingCR: Substring { last == "\r" ? dropLast() : self }
}

extension String {
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        guard contains(target) else { return self }
        return split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
