import CSWCore

/// Looks through a page for what would run script in a browser: `<script>` elements
/// (except csw's own, byte for byte), `on*=` event-handler attributes, `javascript:` and
/// `vbscript:` URLs (however they are encoded), `data:` documents, frames, objects,
/// embeds, `<base>`, `<meta http-equiv=refresh>` and `srcdoc`. It reads tags as a browser's
/// tokenizer does and leans towards finding too much (comments are read as markup). Pure.
public enum HTMLScan {
    public struct Finding: Sendable, Equatable, CustomStringConvertible {
        /// "a <script> element", "an event-handler attribute onclick", …
        public let what: String
        /// The markup, shortened.
        public let excerpt: String
        /// Text to look for in the template that wrote it (the tag's name or the attribute).
        public let needle: String

        public var description: String { "\(what) (\(excerpt))" }
    }

    /// The scripts of csw's built-in templates (the dashboard's table sort): the only
    /// script a page may carry unless csw.json allows the team's own.
    static let builtInScripts: Set<String> = {
        var scripts: Set<String> = []
        for template in WorkspaceTemplate.builtInTemplates {
            var rest = Substring(template.text)
            while let open = rest.range(of: "<script>"), let close = rest[open.upperBound...].range(of: "</script>") {
                scripts.insert(String(rest[open.upperBound..<close.lowerBound]))
                rest = rest[close.upperBound...]
            }
        }
        return scripts
    }()

    static let embedding: [StaticString] = ["iframe", "frame", "frameset", "object", "embed", "applet", "base", "portal", "fencedframe"]
    static let scriptSchemes = ["javascript:", "vbscript:", "livescript:"]

    /// What runs script in `html` (empty: nothing does).
    public static func findings(in html: String) -> [Finding] {
        var html = html
        return html.withUTF8 { scan($0) }
    }

    static func lower(_ b: UInt8) -> UInt8 { b >= 65 && b <= 90 ? b + 32 : b }
    static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0C || b == 0x0D }

    /// Whether bytes[range] is `word` (lower-case ASCII), in any case.
    static func equals(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ word: StaticString) -> Bool {
        guard range.count == word.utf8CodeUnitCount else { return false }
        let w = word.utf8Start
        for n in 0..<range.count where lower(bytes[range.lowerBound + n]) != w[n] { return false }
        return true
    }

    /// The tokenizer: tags and their attributes, as a browser reads them; no allocation
    /// until something is found or a value could hold a URL scheme.
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> [Finding] {
        var found: [Finding] = []
        let count = bytes.count
        func text(_ from: Int, _ to: Int) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<max(from, min(to, count))]), as: UTF8.self) }
        func excerpt(_ from: Int, _ to: Int) -> String {
            let s = text(from, to)
            return s.count > 80 ? String(s.prefix(79)) + "…" : s
        }
        /// Where `</script` starts (any case) from `from`, or nil.
        func closingScript(from: Int) -> Int? {
            var k = from
            while k + 8 <= count {
                if bytes[k] == 0x3C, bytes[k + 1] == 0x2F, equals(bytes, (k + 2)..<(k + 8), "script") { return k }
                k += 1
            }
            return nil
        }
        var i = 0
        // (name, value, where the attribute starts), as byte ranges; reused from tag to tag
        var attributes: [(name: Range<Int>, value: Range<Int>, start: Int)] = []
        while i < count {
            guard bytes[i] == 0x3C, i + 1 < count else { i += 1; continue }   // <
            let first = bytes[i + 1]
            guard (first >= 65 && first <= 90) || (first >= 97 && first <= 122) else { i += 1; continue }
            let tagStart = i
            var k = i + 1
            while k < count, !isSpace(bytes[k]), bytes[k] != 0x2F, bytes[k] != 0x3E { k += 1 }
            let tag = (i + 1)..<k
            attributes.removeAll(keepingCapacity: true)
            while k < count {
                while k < count, isSpace(bytes[k]) || bytes[k] == 0x2F { k += 1 }
                guard k < count, bytes[k] != 0x3E else { break }
                let start = k
                k += 1
                while k < count, !isSpace(bytes[k]), bytes[k] != 0x2F, bytes[k] != 0x3E, bytes[k] != 0x3D { k += 1 }
                let name = start..<k
                var j = k
                while j < count, isSpace(bytes[j]) { j += 1 }
                var value = k..<k
                if j < count, bytes[j] == 0x3D {   // =
                    j += 1
                    while j < count, isSpace(bytes[j]) { j += 1 }
                    if j < count, bytes[j] == 0x22 || bytes[j] == 0x27 {
                        let quote = bytes[j]
                        var e = j + 1
                        while e < count, bytes[e] != quote { e += 1 }
                        value = (j + 1)..<e
                        j = min(e + 1, count)
                    } else {
                        var e = j
                        while e < count, !isSpace(bytes[e]), bytes[e] != 0x3E { e += 1 }
                        value = j..<e
                        j = e
                    }
                    k = j
                }
                attributes.append((name, value, start))
            }
            let tagEnd = min(k + 1, count)
            i = tagEnd
            if equals(bytes, tag, "script") {
                let end = closingScript(from: tagEnd)
                if !attributes.isEmpty || !builtInScripts.contains(text(tagEnd, end ?? count)) {
                    found.append(Finding(what: "a <script> element", excerpt: excerpt(tagStart, (end ?? count) + 9), needle: "<script"))
                }
                i = end ?? count
                continue
            }
            if embedding.contains(where: { equals(bytes, tag, $0) }) {
                let tagName = text(tag.lowerBound, tag.upperBound).lowercased()
                found.append(Finding(what: "an <\(tagName)> element", excerpt: excerpt(tagStart, tagEnd), needle: "<" + tagName))
            }
            for a in attributes {
                if a.name.count >= 2, lower(bytes[a.name.lowerBound]) == 0x6F, lower(bytes[a.name.lowerBound + 1]) == 0x6E {   // on…
                    let name = text(a.name.lowerBound, a.name.upperBound).lowercased()
                    found.append(Finding(what: "an event-handler attribute \(name)", excerpt: excerpt(a.start, a.value.upperBound + 1), needle: name))
                    continue
                }
                if equals(bytes, a.name, "srcdoc") {
                    found.append(Finding(what: "an attribute srcdoc", excerpt: excerpt(a.start, a.value.upperBound + 1), needle: "srcdoc"))
                    continue
                }
                // Without ':' or a character reference a value names no scheme (most values: sizes, colours, classes).
                let special = equals(bytes, a.name, "style") || equals(bytes, a.name, "attributename") || equals(bytes, a.name, "http-equiv")
                guard special || UnsafeBufferPointer(rebasing: bytes[a.value]).contains(where: { $0 == 0x3A || $0 == 0x26 }) else { continue }
                let attribute = text(a.name.lowerBound, a.name.upperBound).lowercased()
                let raw = text(a.value.lowerBound, a.value.upperBound)
                let url = HTMLSafety.normalizedURL(raw)
                let values = attribute == "values" ? url.split(separator: ";").map(String.init) : [url]
                if let scheme = scriptSchemes.first(where: { s in values.contains { $0.hasPrefix(s) } }) {
                    found.append(Finding(what: "a \(scheme) URL", excerpt: excerpt(a.start, a.value.upperBound + 1), needle: raw.isEmpty ? attribute : raw))
                } else if attribute == "attributename", url.hasPrefix("on") || url.hasSuffix("href") {
                    found.append(Finding(what: "an attribute \(attribute)=\"\(raw)\"", excerpt: excerpt(a.start, a.value.upperBound + 1), needle: attribute))
                } else if attribute == "style", url.contains("javascript:") || url.contains("expression(") {
                    found.append(Finding(what: "script in a style attribute", excerpt: excerpt(a.start, a.value.upperBound + 1), needle: attribute))
                } else if url.hasPrefix("data:"), !url.hasPrefix("data:image/") || url.hasPrefix("data:image/svg"),
                          ["href", "src", "action", "formaction", "data", "xlink:href"].contains(attribute) {
                    found.append(Finding(what: "a data: document", excerpt: excerpt(a.start, a.value.upperBound + 1), needle: raw))
                } else if equals(bytes, tag, "meta"), attribute == "http-equiv", url == "refresh" {
                    found.append(Finding(what: "a <meta http-equiv=refresh>", excerpt: excerpt(a.start, a.value.upperBound + 1), needle: "http-equiv"))
                }
            }
        }
        return found
    }
}
