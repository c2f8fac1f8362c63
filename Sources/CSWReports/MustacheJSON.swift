import CSWJSON
import Mustache

/// How much a render may do: lookups of values plus elements of lists visited. Past the
/// limit every lookup is empty and every list ends, so the render finishes at once.
final class RenderBudget: @unchecked Sendable {
    static let limit = 1_000_000
    private var steps = 0

    var exhausted: Bool { steps > Self.limit }

    func spend() -> Bool {
        steps += 1
        return steps <= Self.limit
    }
}

/// A JSON value as Mustache sees it: objects answer by key, arrays are sections, numbers
/// print as written, null and false are empty. Every lookup and list element spends the budget.
enum MustacheJSON {
    static func object(_ o: JSONObject, _ budget: RenderBudget) -> Node { Node(object: o, budget: budget) }

    struct Node: MustacheParent {
        let object: JSONObject
        let budget: RenderBudget
        func child(named name: String) -> Any? {
            guard budget.spend() else { return nil }
            return o(object[name], budget)
        }
    }

    static func o(_ value: JSONValue?, _ budget: RenderBudget) -> Any? {
        guard let value else { return nil }
        switch value {
        case .null: return nil
        case .bool(let b): return b
        case .string(let s): return s
        case .number(let n): return n.text
        case .object(let o): return Node(object: o, budget: budget)
        case .array(let items): return List(items: items.filter { $0 != .null }, budget: budget)
        }
    }

    /// A JSON array as a section: its elements converted as they are visited.
    struct List: MustacheSequence, MustacheTransformable, CustomStringConvertible {
        let items: [JSONValue]
        let budget: RenderBudget

        struct Iterator: IteratorProtocol {
            var base: IndexingIterator<[JSONValue]>
            let budget: RenderBudget
            mutating func next() -> Any? {
                guard budget.spend(), let item = base.next() else { return nil }
                return o(item, budget) ?? false
            }
        }

        func makeIterator() -> Iterator { Iterator(base: items.makeIterator(), budget: budget) }

        /// swift-mustache's list transforms: first, last, reversed, count, empty.
        func transform(_ name: String) -> Any? {
            switch name {
            case "first": return items.first.flatMap { o($0, budget) }
            case "last": return items.last.flatMap { o($0, budget) }
            case "reversed": return List(items: items.reversed(), budget: budget)
            case "count": return items.count
            case "empty": return items.isEmpty
            default: return nil
            }
        }

        var description: String { "\(items.count) items" }
    }
}
