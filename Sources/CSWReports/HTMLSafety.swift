import CSWCore
import CSWJSON

/// What keeps the HTML csw writes from running anything a workspace file carries: text is
/// escaped before the Markdown step, Markdown links keep only http(s), mailto and relative
/// targets, and a page is checked for script before it is written (docs/SECURITY.md, "A
/// hostile teammate"). Pure.
public enum HTMLSafety {
    // MARK: Text before Markdown

    /// `text` as Markdown that Ink turns back into exactly this text: HTML's special
    /// characters and Markdown's link, image, code, emphasis and table characters become
    /// character references, line breaks become spaces.
    public static func markdownText(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&", "<", ">", "\"", "'":
                out += escapedText(String(scalar))
            case "\\", "`", "*", "_", "[", "]", "!", "|", "~", "#":
                out += "&#\(scalar.value);"
            case "\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}":
                out += " "
            default:
                out.unicodeScalars.append(scalar)
            }
        }
        // A value at the start of a line must not open a list, a heading or a rule.
        if let first = out.unicodeScalars.first, ["-", "+", "="].contains(first) {
            out = "&#\(first.value);" + out.unicodeScalars.dropFirst().map(String.init).joined()
        }
        return out
    }

    /// Every string of a template document through `markdownText` (numbers, names of keys untouched).
    public static func markdownDocument(_ document: JSONObject) -> JSONObject {
        var out = JSONObject()
        for (key, value) in document { out[key] = markdownValue(value) }
        return out
    }

    static func markdownValue(_ value: JSONValue) -> JSONValue {
        switch value {
        case .string(let s): return .string(markdownText(s))
        case .array(let items): return .array(items.map(markdownValue))
        case .object(let o): return .object(markdownDocument(o))
        default: return value
        }
    }

    // MARK: Links

    /// A link target csw writes: http, https or mailto, or a relative one (no scheme).
    public static func allowedURL(_ raw: String) -> Bool {
        let url = normalizedURL(raw)
        guard let colon = url.firstIndex(of: ":") else { return true }
        let scheme = url[..<colon]
        // A ':' after '/', '?' or '#' belongs to a relative path, not a scheme.
        if scheme.contains(where: { "/?#".contains($0) }) { return true }
        return ["http", "https", "mailto"].contains(scheme)
    }

    /// A URL as a browser reads it: character references decoded, tabs, line breaks, other
    /// control characters and spaces removed, lower case.
    static func normalizedURL(_ raw: String) -> String {
        String(decodingReferences(raw).unicodeScalars.filter { $0.value > 0x20 && $0.value != 0x7F }.map(Character.init)).lowercased()
    }

    /// `&#106;`, `&#x6A;`, `&colon;`, `&Tab;` … decoded (the forms a browser decodes in an
    /// attribute, semicolon or not); an unknown name is left as written.
    static func decodingReferences(_ text: String) -> String {
        guard text.contains("&") else { return text }
        let named: [String: String] = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "colon": ":", "tab": "\t",
                                       "newline": "\n", "sol": "/", "lpar": "(", "rpar": ")", "nbsp": " ", "num": "#", "period": ".",
                                       "semi": ";", "comma": ",", "excl": "!", "equals": "="]
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            guard scalars[i] == "&" else { out.append(scalars[i]); i += 1; continue }
            var j = i + 1
            if j < scalars.count, scalars[j] == "#" {
                j += 1
                let hex = j < scalars.count && (scalars[j] == "x" || scalars[j] == "X")
                if hex { j += 1 }
                var value: UInt32 = 0, digits = 0
                while j < scalars.count, let d = Character(scalars[j]).hexDigitValue, hex || d < 10 {
                    value = min(value &* (hex ? 16 : 10) &+ UInt32(d), 0x110000)
                    digits += 1
                    j += 1
                }
                if digits > 0 {
                    if j < scalars.count, scalars[j] == ";" { j += 1 }
                    out.append(Unicode.Scalar(value) ?? "\u{FFFD}")
                    i = j
                    continue
                }
            } else {
                var name = ""
                while j < scalars.count, name.count < 10, scalars[j].properties.isAlphabetic || ("0"..."9").contains(scalars[j]) {
                    name.unicodeScalars.append(scalars[j])
                    j += 1
                }
                if let value = named[name.lowercased()] {
                    if j < scalars.count, scalars[j] == ";" { j += 1 }
                    out.append(contentsOf: value.unicodeScalars)
                    i = j
                    continue
                }
            }
            out.append(scalars[i])
            i += 1
        }
        return String(out)
    }

    /// Ink's HTML for one Markdown link (`[text](url)` → `<a href="url">text</a>`) or image:
    /// kept when its target is allowed, else the link's text alone (an image: its alt text).
    /// Anything unexpected is shown as the Markdown it was.
    static func restrictLink(html: String, markdown: Substring, image: Bool) -> String {
        guard let url = markdownTarget(markdown) else { return escapedText(String(markdown)) }
        if image {
            let prefix = "<img src=\"\(url)\""
            guard html.hasPrefix(prefix), html.hasSuffix("/>") else { return escapedText(String(markdown)) }
            if allowedURL(url) && !url.contains("\"") { return html }
            let rest = html.dropFirst(prefix.count).dropLast(2)
            guard rest.hasPrefix(" alt=\""), rest.hasSuffix("\"") else { return "" }
            return String(rest.dropFirst(6).dropLast())
        }
        let prefix = "<a href=\"\(url)\">"
        guard html.hasPrefix(prefix), html.hasSuffix("</a>") else { return escapedText(String(markdown)) }
        if allowedURL(url) && !url.contains("\"") { return html }
        return String(html.dropFirst(prefix.count).dropLast(4))
    }

    /// The target of `[text](target)` / `![alt](target)`, read from the end as Ink reads it
    /// (parentheses balanced); nil for reference links.
    static func markdownTarget(_ markdown: Substring) -> String? {
        guard markdown.last == ")" else { return nil }
        var depth = 0
        var i = markdown.endIndex
        while i > markdown.startIndex {
            i = markdown.index(before: i)
            if markdown[i] == ")" { depth += 1 }
            if markdown[i] == "(" {
                depth -= 1
                if depth == 0 {
                    guard i > markdown.startIndex, markdown[markdown.index(before: i)] == "]" else { return nil }
                    return String(markdown[markdown.index(after: i)..<markdown.index(before: markdown.endIndex)])
                }
            }
        }
        return nil
    }

    /// Text for an HTML page (`&`, `<`, `>`, `"`, `'`).
    public static func escapedText(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
