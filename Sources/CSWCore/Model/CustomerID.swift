/// A customer's identifier and folder name. Only built from strings that are safe path
/// components (`^[A-Z0-9][A-Z0-9_-]{0,63}$`), so it can never reach outside `customers/`.
public struct CustomerID: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let rawValue: String

    public init?(_ text: String) {
        guard Self.isValid(text) else { return nil }
        rawValue = text
    }

    public var description: String { rawValue }

    public static func < (a: CustomerID, b: CustomerID) -> Bool { a.rawValue < b.rawValue }

    public static func isValid(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard (1...64).contains(bytes.count) else { return false }
        for (i, c) in bytes.enumerated() {
            let upper = c >= UInt8(ascii: "A") && c <= UInt8(ascii: "Z")
            let digit = c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9")
            if i == 0 {
                guard upper || digit else { return false }
            } else {
                guard upper || digit || c == UInt8(ascii: "_") || c == UInt8(ascii: "-") else { return false }
            }
        }
        return true
    }

    /// Why `text` is not a customer id, in words a CSM can act on.
    public static func explain(_ text: String) -> String {
        if text.isEmpty { return "a customer id cannot be empty" }
        if text.utf8.count > 64 { return "\"\(text)\" is longer than 64 characters" }
        if text.contains("/") || text.contains("..") { return "\"\(text)\" is not a plain name (it contains '/' or '..')" }
        if text.uppercased() == text {
            return "\"\(text)\" must start with a capital letter or digit and use only capital letters, digits, '_' and '-'"
        }
        return "\"\(text)\" must use capital letters (try \"\(text.uppercased())\"), digits, '_' and '-'"
    }
}
