import CSWAnalytics
import CSWCore

/// Small inline SVG charts for the dashboard: no script, no external file, readable in
/// print. Pure: numbers in, markup out.
public enum SVG {
    static func esc(_ s: String) -> String { HTMLSafety.escapedText(s) }

    /// Coordinates and sizes: whole pixels are enough.
    static func n(_ x: Double) -> String { String(Int(saturating: x.rounded())) }
    /// Values shown to people (axis labels, tooltips): one decimal.
    static func v(_ x: Double) -> String { ScoreTable.fmt(x, 1) }

    /// A line chart of one or more series over the same labels (x), y from `low` to `high`.
    public static func lines(_ series: [(name: String, color: String, values: [Double?])], labels: [String], low: Double, high: Double,
                             title: String, unit: String = "", width: Double = 520, height: Double = 180) -> String {
        let left = 36.0, right = 10.0, top = 22.0, bottom = 24.0
        let w = width - left - right, h = height - top - bottom
        let count = max(labels.count, 2)
        func x(_ i: Int) -> Double { left + w * Double(i) / Double(count - 1) }
        func y(_ v: Double) -> Double { top + h * (1 - (min(max(v, low), high) - low) / max(high - low, 1e-9)) }
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(n(width)) \(n(height))\" width=\"\(n(width))\" height=\"\(n(height))\" role=\"img\" aria-label=\"\(esc(title))\">"
        out += "<title>\(esc(title))</title><text x=\"\(n(left))\" y=\"14\" font-size=\"12\" font-weight=\"600\">\(esc(title))</text>"
        for k in 0...4 {
            let v = low + (high - low) * Double(k) / 4
            out += "<line x1=\"\(n(left))\" x2=\"\(n(left + w))\" y1=\"\(n(y(v)))\" y2=\"\(n(y(v)))\" stroke=\"#e3e7ed\"/>"
            out += "<text x=\"\(n(left - 4))\" y=\"\(n(y(v) + 4))\" font-size=\"10\" text-anchor=\"end\" fill=\"#5b6675\">\(Self.v(v))\(esc(unit))</text>"
        }
        for (i, label) in labels.enumerated() where i == 0 || i == labels.count - 1 || labels.count <= 7 || i % 3 == 0 {
            out += "<text x=\"\(n(x(i)))\" y=\"\(n(height - 6))\" font-size=\"10\" text-anchor=\"middle\" fill=\"#5b6675\">\(esc(label))</text>"
        }
        for s in series {
            // A month without a value breaks the line: it starts again (M) after the gap.
            var path = "", gap = true
            for (i, v) in s.values.enumerated() {
                guard let v else { gap = true; continue }
                path += (gap ? "M" : "L") + "\(n(x(i))) \(n(y(v))) "
                gap = false
            }
            guard !path.isEmpty else { continue }
            out += "<path d=\"\(path)\" fill=\"none\" stroke=\"\(s.color)\" stroke-width=\"2\"><title>\(esc(s.name))</title></path>"
            // Points with their values for a single series (several series: the lines alone).
            guard series.count == 1 else { continue }
            for (i, v) in s.values.enumerated() {
                guard let v else { continue }
                out += "<circle cx=\"\(n(x(i)))\" cy=\"\(n(y(v)))\" r=\"2.5\" fill=\"\(s.color)\"><title>\(esc(s.name)) \(esc(labels[i])): \(Self.v(v))\(esc(unit))</title></circle>"
            }
        }
        if series.count > 1 {
            var lx = left + w
            for s in series.reversed() {
                lx -= Double(s.name.count) * 6 + 18
                out += "<rect x=\"\(n(lx))\" y=\"6\" width=\"10\" height=\"10\" fill=\"\(s.color)\"/><text x=\"\(n(lx + 13))\" y=\"15\" font-size=\"10\">\(esc(s.name))</text>"
            }
        }
        return out + "</svg>"
    }

    /// Vertical bars with their counts (the health distribution).
    public static func histogram(_ bars: [(label: String, value: Int, color: String)], title: String, width: Double = 520, height: Double = 180) -> String {
        let left = 10.0, top = 22.0, bottom = 24.0
        let h = height - top - bottom
        let maxValue = max(bars.map(\.value).max() ?? 1, 1)
        let slot = (width - 2 * left) / Double(max(bars.count, 1))
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(n(width)) \(n(height))\" width=\"\(n(width))\" height=\"\(n(height))\" role=\"img\" aria-label=\"\(esc(title))\">"
        out += "<title>\(esc(title))</title><text x=\"\(n(left))\" y=\"14\" font-size=\"12\" font-weight=\"600\">\(esc(title))</text>"
        for (i, b) in bars.enumerated() {
            let bh = h * Double(b.value) / Double(maxValue)
            let x = left + slot * Double(i) + 2
            out += "<rect x=\"\(n(x))\" y=\"\(n(top + h - bh))\" width=\"\(n(slot - 4))\" height=\"\(n(bh))\" fill=\"\(b.color)\"><title>\(esc(b.label)): \(b.value)</title></rect>"
            out += "<text x=\"\(n(x + (slot - 4) / 2))\" y=\"\(n(top + h - bh - 3))\" font-size=\"10\" text-anchor=\"middle\">\(b.value)</text>"
            out += "<text x=\"\(n(x + (slot - 4) / 2))\" y=\"\(n(height - 6))\" font-size=\"10\" text-anchor=\"middle\" fill=\"#5b6675\">\(esc(b.label))</text>"
        }
        return out + "</svg>"
    }

    /// Horizontal bars of value against target (KPIs): the bar is the value, the mark the target.
    public static func targets(_ rows: [(label: String, value: Double?, target: Double)], title: String, width: Double = 520) -> String {
        let rowHeight = 22.0, top = 22.0, labelWidth = 200.0
        let height = top + rowHeight * Double(rows.count) + 6
        let w = width - labelWidth - 60
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(n(width)) \(n(height))\" width=\"\(n(width))\" height=\"\(n(height))\" role=\"img\" aria-label=\"\(esc(title))\">"
        out += "<title>\(esc(title))</title><text x=\"0\" y=\"14\" font-size=\"12\" font-weight=\"600\">\(esc(title))</text>"
        for (i, r) in rows.enumerated() {
            let y = top + rowHeight * Double(i)
            let scale = max(r.target, r.value ?? 0) * 1.15
            out += "<text x=\"0\" y=\"\(n(y + 14))\" font-size=\"11\">\(esc(r.label))</text>"
            out += "<rect x=\"\(n(labelWidth))\" y=\"\(n(y + 4))\" width=\"\(n(w))\" height=\"12\" fill=\"#eef1f5\"/>"
            if let v = r.value {
                let color = v >= r.target ? "#2e8b57" : "#d9822b"
                out += "<rect x=\"\(n(labelWidth))\" y=\"\(n(y + 4))\" width=\"\(n(w * v / max(scale, 1e-9)))\" height=\"12\" fill=\"\(color)\"><title>\(esc(r.label)): \(Self.v(v)) (target \(Self.v(r.target)))</title></rect>"
                out += "<text x=\"\(n(labelWidth + w + 6))\" y=\"\(n(y + 14))\" font-size=\"11\">\(Self.v(v)) / \(Self.v(r.target))</text>"
            } else {
                out += "<text x=\"\(n(labelWidth + w + 6))\" y=\"\(n(y + 14))\" font-size=\"11\" fill=\"#5b6675\">— / \(Self.v(r.target))</text>"
            }
            let tx = labelWidth + w * r.target / max(scale, 1e-9)
            out += "<line x1=\"\(n(tx))\" x2=\"\(n(tx))\" y1=\"\(n(y + 1))\" y2=\"\(n(y + 19))\" stroke=\"#1d2733\" stroke-width=\"2\"/>"
        }
        return out + "</svg>"
    }
}
