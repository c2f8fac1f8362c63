extension Int {
    /// `value` rounded toward zero, clamped to Int's range, and 0 for NaN: for numbers that
    /// come from files, where `Int(value)` would stop csw on 9.3e18 or 1e400.
    public init(saturating value: Double) {
        if value.isNaN {
            self = 0
        } else if value >= 0x1p63 {
            self = .max
        } else if value < -0x1p63 {
            self = .min
        } else {
            self = Int(value)
        }
    }
}
