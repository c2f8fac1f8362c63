import CSWCore
import Glibc

/// Where a command writes: standard output or error, with colour only on a terminal and
/// only when NO_COLOR is unset. Everything written passes `TerminalText`: a control
/// character that came in with a name or value (ESC, a C1 control, a bidi override) is
/// written as a visible `\u001B`; only line breaks, tabs and csw's own colour codes stay.
struct Terminal: Sendable {
    let fileDescriptor: Int32
    let useColor: Bool

    static let standardOutput = Terminal(fileDescriptor: 1)
    static let standardError = Terminal(fileDescriptor: 2)

    init(fileDescriptor: Int32) {
        self.fileDescriptor = fileDescriptor
        let noColor = getenv("NO_COLOR").map { String(cString: $0) }.map { !$0.isEmpty } ?? false
        let dumb = getenv("TERM").map { String(cString: $0) } == "dumb"
        self.useColor = isatty(fileDescriptor) == 1 && !noColor && !dumb
    }

    /// Standard output or error is a terminal (not a pipe or file).
    var isTerminal: Bool { isatty(fileDescriptor) == 1 }

    func write(_ text: String) {
        var text = text
        text.withUTF8 { writeVisible($0) }
    }

    /// Bytes that are already UTF-8 (large JSON output) without making a String first.
    func write(bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { writeVisible($0) }
    }

    /// csw's own cursor controls (the progress line), written as they are.
    func writeControl(_ text: String) {
        var text = text
        text.withUTF8 { write(buffer: $0) }
    }

    private func writeVisible(_ buffer: UnsafeBufferPointer<UInt8>) {
        if let escaped = TerminalText.escaped(buffer, lines: true, styles: useColor) {
            escaped.withUnsafeBufferPointer { write(buffer: $0) }
        } else {
            write(buffer: buffer)
        }
    }

    private func write(buffer: UnsafeBufferPointer<UInt8>) {
        var offset = 0
        while offset < buffer.count {
            let n = Glibc.write(fileDescriptor, buffer.baseAddress! + offset, buffer.count - offset)
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { return }
            offset += n
        }
    }

    /// The codes `TerminalText.styleLength` lets through: keep the two lists together.
    enum Style: String {
        case bold = "1", red = "31", green = "32", yellow = "33", dim = "2"
    }

    func styled(_ text: String, _ style: Style) -> String {
        useColor ? "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m" : text
    }
}
