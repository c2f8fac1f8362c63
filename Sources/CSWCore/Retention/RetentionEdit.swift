import CSWJSON

/// Removes a plan's entries from a file's bytes, leaving every other byte as it was: lines
/// of a JSON Lines file are dropped whole; team members are cut out of profile.json's text
/// with the comma and spacing that separated them, so the diff shows only the removed member.
public enum RetentionEdit {
    /// The file without the entries (lines of JSON Lines, indices of team_members); nil
    /// when the file no longer holds them as planned (it changed since the plan was made).
    public static func removing(_ entries: Set<Int>, from source: RetentionSource) -> [UInt8]? {
        switch source.kind {
        case .tasks, .delivered: return removingLines(entries, from: source.bytes)
        case .profile: return removingTeamMembers(entries, from: source.bytes)
        case .feedback, .notes, .reviews: return nil
        }
    }

    /// Drops the lines (1-based, as JSONLines numbers them) and keeps all others byte for byte.
    static func removingLines(_ lines: Set<Int>, from bytes: [UInt8]) -> [UInt8]? {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var line = 1, start = 0, found = 0
        while start < bytes.count {
            var end = start
            while end < bytes.count && bytes[end] != 0x0A { end += 1 }
            let next = min(end + 1, bytes.count)
            if lines.contains(line) { found += 1 } else { out += bytes[start..<next] }
            line += 1
            start = next
        }
        return found == lines.count ? out : nil
    }

    static func removingTeamMembers(_ indices: Set<Int>, from bytes: [UInt8]) -> [UInt8]? {
        guard case .success(let document) = JSONDocument.parse(bytes), let members = document.root["team_members"],
              members.kind == .array, indices.allSatisfy({ $0 >= 0 && $0 < members.count }) else { return nil }
        let elements = Array(members.elements)
        let starts = elements.map { $0.location.offset }
        let ends = starts.map { valueEnd(bytes, from: $0) }
        var cuts: [(Range<Int>, [UInt8])] = []
        if indices.count == elements.count {
            cuts = [(members.location.offset..<valueEnd(bytes, from: members.location.offset), Array("[]".utf8))]
        } else {
            var i = 0
            while i < elements.count {
                guard indices.contains(i) else { i += 1; continue }
                var last = i
                while last + 1 < elements.count && indices.contains(last + 1) { last += 1 }
                // Up to the next kept member, or (at the end) from the end of the previous one.
                cuts.append(last + 1 < elements.count ? (starts[i]..<starts[last + 1], []) : (ends[i - 1]..<ends[last], []))
                i = last + 1
            }
        }
        var out = bytes
        for (range, replacement) in cuts.reversed() { out.replaceSubrange(range, with: replacement) }
        // The cut must leave the same document less those members; otherwise write it canonically.
        let expected = removingCanonically(indices, from: document)
        if case .success(let check) = JSONDocument.parse(out), check.root.value == expected { return out }
        return JSONWriter().bytes(expected)
    }

    private static func removingCanonically(_ indices: Set<Int>, from document: JSONDocument) -> JSONValue {
        guard case .object(var object) = document.root.value, case .array(let list)? = object["team_members"] else { return document.root.value }
        object["team_members"] = .array(list.enumerated().filter { !indices.contains($0.offset) }.map(\.element))
        return .object(object)
    }

    /// The offset just past the JSON value that starts at `start` (the document is valid JSON).
    static func valueEnd(_ bytes: [UInt8], from start: Int) -> Int {
        var depth = 0, k = start, inString = false
        while k < bytes.count {
            let b = bytes[k]
            if inString {
                if b == UInt8(ascii: "\\") { k += 1 } else if b == UInt8(ascii: "\"") {
                    inString = false
                    if depth == 0 { return k + 1 }
                }
            } else {
                switch b {
                case UInt8(ascii: "\""): inString = true
                case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    depth -= 1
                    if depth <= 0 { return depth == 0 ? k + 1 : k }
                case UInt8(ascii: ","), 0x20, 0x09, 0x0A, 0x0D:
                    if depth == 0 { return k }
                default: break
                }
            }
            k += 1
        }
        return k
    }
}
