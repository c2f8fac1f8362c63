/// Which members of an object (by position) or elements of an array were evaluated by
/// some keyword — the annotations `unevaluatedProperties`/`unevaluatedItems` read.
struct EvaluatedSet {
    private var words: [UInt64]

    init(count: Int) {
        words = Array(repeating: 0, count: (count + 63) / 64)
    }

    mutating func insert(_ i: Int) {
        words[i >> 6] |= 1 << UInt64(i & 63)
    }

    func contains(_ i: Int) -> Bool {
        words[i >> 6] & (1 << UInt64(i & 63)) != 0
    }

    mutating func formUnion(_ other: EvaluatedSet) {
        for k in 0..<min(words.count, other.words.count) { words[k] |= other.words[k] }
    }

    mutating func insertAll(_ count: Int) {
        for i in 0..<count { insert(i) }
    }
}
