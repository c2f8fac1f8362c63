import FuzzDriver
import CSWJSON

/// JSONDocument.parse on arbitrary bytes: a document or an error, never a crash.
runFuzzer { data, size in
    let bytes = input(data, size)
    if case .success(let document) = JSONDocument.parse(bytes) {
        // what csw does with a parsed document: walk it, write it, parse the writing again
        let value = document.value
        let written = JSONWriter().bytes(value)
        guard case .success(let again) = JSONDocument.parse(written), again.value == value else { fatalError("canonical form does not round-trip") }
    }
    return 0
}
