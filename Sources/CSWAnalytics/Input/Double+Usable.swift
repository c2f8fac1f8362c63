extension Double {
    /// The value when csw computes with it: finite and within ±10^15, far outside every
    /// schema bound (validate reports such a value). Beyond that it is read as missing, as
    /// a value that is not a number is: sums and products of it could reach infinity.
    var usable: Double? { isFinite && abs(self) <= 1e15 ? self : nil }
}
