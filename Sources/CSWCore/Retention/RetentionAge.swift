/// An age such as `90d`, `18m` or `3y`: whole days, calendar months or calendar years.
public struct RetentionAge: Sendable, Equatable, CustomStringConvertible {
    public enum Unit: Character, Sendable { case days = "d", months = "m", years = "y" }
    public let amount: Int
    public let unit: Unit

    /// The largest amount per unit: a hundred years.
    public static func maximum(_ unit: Unit) -> Int {
        switch unit {
        case .days: return 36_500
        case .months: return 1_200
        case .years: return 100
        }
    }

    /// Reads `3y`, `12m`, `90d` (1 to a hundred years' worth); nil for anything else.
    public init?(_ text: String) {
        guard let last = text.last, let unit = Unit(rawValue: last), text.count >= 2, text.count <= 6 else { return nil }
        let digits = text.dropLast()
        guard digits.first != "0", digits.allSatisfy({ $0.isASCII && $0.isNumber }), let amount = Int(digits),
              amount >= 1, amount <= Self.maximum(unit) else { return nil }
        self.amount = amount
        self.unit = unit
    }

    public var text: String { "\(amount)\(unit.rawValue)" }
    public var description: String { text }

    /// `today` minus this age, as YYYY-MM-DD; a day past the end of a shorter month is the
    /// month's last day (2024-02-29 minus 1y is 2023-02-28).
    public func cutoff(today: String) -> String? {
        guard let date = Day.exactly(today) else { return nil }
        switch unit {
        case .days: return date.adding(days: -amount).description
        case .months: return date.minus(months: amount).description
        case .years: return date.minus(months: amount * 12).description
        }
    }
}
