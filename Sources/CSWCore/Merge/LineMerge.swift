/// A three-way merge of lines, as diff3 and git do it: the changes each side made to the
/// base are found with Myers' diff; a region only one side changed takes that side; a
/// region both changed the same way takes it once; a region both changed differently is
/// a conflict. Pure. Unlike a whole-text merge that gives up on the first conflict, the
/// outcome keeps every clean change of both sides and offers the conflicting regions two
/// ways: `ours` (each conflict resolved to our lines) and `theirs` (to theirs), so a
/// note whose body both sides edited loses neither side's other edits, whichever is taken.
public enum LineMerge {
    public struct Outcome: Sendable, Equatable {
        /// Clean merge, or every conflicting region taken from our side.
        public let ours: [Substring]
        /// Every conflicting region taken from their side (the same as `ours` when clean).
        public let theirs: [Substring]
        /// Regions both sides changed differently.
        public let conflicts: Int

        public var clean: Bool { conflicts == 0 }
    }

    /// Merges the lines of three texts split on "\n" (a final newline is kept as an
    /// empty last line, so it round-trips). nil when the texts differ too much to diff
    /// within `maxEdits` (the caller then treats the whole text as one conflict).
    public static func merge(base: String, ours: String, theirs: String, maxEdits: Int = 2_000) -> (ours: String, theirs: String, conflicts: Int)? {
        let split = { (s: String) in s.split(separator: "\n", omittingEmptySubsequences: false) }
        guard let outcome = merge(base: split(base), ours: split(ours), theirs: split(theirs), maxEdits: maxEdits) else { return nil }
        return (outcome.ours.joined(separator: "\n"), outcome.theirs.joined(separator: "\n"), outcome.conflicts)
    }

    public static func merge(base: [Substring], ours: [Substring], theirs: [Substring], maxEdits: Int = 2_000) -> Outcome? {
        guard let toOurs = matches(base, ours, maxEdits: maxEdits), let toTheirs = matches(base, theirs, maxEdits: maxEdits) else { return nil }
        var mergedOurs: [Substring] = [], mergedTheirs: [Substring] = []
        var conflicts = 0
        // Positions in base, ours, theirs: everything before them is merged.
        var (b, o, t) = (0, 0, 0)
        while true {
            // the run of lines that all three share from here on (a stable region)
            var run = 0
            while b + run < base.count, toOurs[b + run] == o + run, toTheirs[b + run] == t + run { run += 1 }
            if run > 0 {
                mergedOurs += base[b..<b + run]
                mergedTheirs += base[b..<b + run]
                b += run; o += run; t += run
                continue
            }
            // an unstable region: up to the next base line both sides kept (or the end)
            var next = b
            while next < base.count, toOurs[next] == nil || toTheirs[next] == nil { next += 1 }
            let (oEnd, tEnd) = next < base.count ? (toOurs[next]!, toTheirs[next]!) : (ours.count, theirs.count)
            if next == b && oEnd == o && tEnd == t { break }  // nothing left
            let baseLines = base[b..<next], ourLines = ours[o..<oEnd], theirLines = theirs[t..<tEnd]
            if ourLines.elementsEqual(baseLines) {
                mergedOurs += theirLines; mergedTheirs += theirLines
            } else if theirLines.elementsEqual(baseLines) || ourLines.elementsEqual(theirLines) {
                mergedOurs += ourLines; mergedTheirs += ourLines
            } else {
                conflicts += 1
                mergedOurs += ourLines; mergedTheirs += theirLines
            }
            (b, o, t) = (next, oEnd, tEnd)
        }
        return Outcome(ours: mergedOurs, theirs: mergedTheirs, conflicts: conflicts)
    }

    /// For each line of `a`, the index of the line of `b` it is matched with in a shortest
    /// edit script (Myers, O((N+M)·D) time, O(D²) memory), or nil when it was deleted. nil when more than
    /// `maxEdits` edits are needed.
    static func matches(_ a: [Substring], _ b: [Substring], maxEdits: Int) -> [Int?]? {
        // Lines as small integers, so comparisons are cheap.
        var ids: [Substring: Int] = [:]
        func id(_ line: Substring) -> Int {
            if let known = ids[line] { return known }
            ids[line] = ids.count
            return ids.count - 1
        }
        let x = a.map(id), y = b.map(id)
        let n = x.count, m = y.count
        let offset = n + m + 1
        var v = [Int](repeating: 0, count: 2 * offset + 1)
        // Each step's slice of v (diagonals -d-1...d+1): O(D²) memory, not O(D·(N+M)).
        var trace: [[Int]] = []
        var found = false
        outer: for d in 0...min(n + m, maxEdits) {
            trace.append(Array(v[(offset - d - 1)...(offset + d + 1)]))
            for k in stride(from: -d, through: d, by: 2) {
                var i = (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])) ? v[offset + k + 1] : v[offset + k - 1] + 1
                var j = i - k
                while i < n, j < m, x[i] == y[j] { i += 1; j += 1 }
                v[offset + k] = i
                if i >= n && j >= m { found = true; break outer }
            }
        }
        guard found else { return nil }
        // Walk back through the trace, collecting the diagonal (matched) moves. Step d went
        // from the end of step d-1's furthest path on diagonal prevK, by one insertion or
        // deletion, then along a diagonal to (i, j).
        var result = [Int?](repeating: nil, count: n)
        var i = n, j = m
        for d in stride(from: trace.count - 1, through: 0, by: -1) {
            let vd = trace[d]
            let at = { (k: Int) in vd[k + d + 1] }
            let k = i - j
            let prevK = (k == -d || (k != d && at(k - 1) < at(k + 1))) ? k + 1 : k - 1
            let prevI = at(prevK), prevJ = prevI - prevK
            while i > prevI && j > prevJ {
                i -= 1; j -= 1
                result[i] = j
            }
            i = prevI; j = prevJ
        }
        return result
    }
}
