import FuzzDriver
import CSWJSON

/// JSONLines.parseAll (metrics.jsonl) on arbitrary bytes.
runFuzzer { data, size in
    let bytes = input(data, size)
    if let all = JSONLines.parseAll(bytes) {
        for record in all.root.elements { _ = record.value }
    }
    return 0
}
