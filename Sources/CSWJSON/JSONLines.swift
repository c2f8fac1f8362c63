/// JSON Lines (one JSON value per line) with positions relative to the whole file.
public enum JSONLines {
    public struct Record: Sendable {
        /// 1-based line number in the file.
        public let line: Int
        public let document: JSONDocument
    }

    public struct Result: Sendable {
        public var records: [Record] = []
        /// Lines that did not parse; their positions are file positions.
        public var errors: [JSONParseError] = []
    }

    /// The whole file in one pass as a document whose root is an array of the records,
    /// or nil when any line is not valid JSON (then `parse` reports each bad line).
    /// Much cheaper than `parse` for large, valid files.
    public static func parseAll(_ bytes: [UInt8]) -> JSONDocument? {
        var options = JSONParseOptions()
        options.sequence = true
        return try? JSONDocument.parse(bytes, options: options).get()
    }

    /// Parses every non-blank line; a bad line is reported and the rest still read.
    /// A UTF-8 byte order mark is skipped at the start of the file only; `\r\n` endings are accepted.
    public static func parse(_ bytes: [UInt8], options: JSONParseOptions = .init()) -> Result {
        var result = Result()
        var start = 0
        if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { start = 3 }
        var line = 1
        let n = bytes.count
        while start < n {
            var end = start
            while end < n && bytes[end] != 0x0A { end += 1 }
            var blank = true
            for k in start..<end where bytes[k] != 0x20 && bytes[k] != 0x09 && bytes[k] != 0x0D {
                blank = false
                break
            }
            if !blank {
                var lineOptions = options
                lineOptions.baseLine = line
                lineOptions.allowByteOrderMark = false
                switch JSONDocument.parse(Array(bytes[start..<end]), options: lineOptions) {
                case .success(let document): result.records.append(Record(line: line, document: document))
                case .failure(let error): result.errors.append(error)
                }
            }
            line += 1
            start = end + 1
        }
        return result
    }
}
