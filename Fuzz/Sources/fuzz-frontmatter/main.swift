import FuzzDriver
import CSWCore

/// FrontMatter.parse (YAML between --- lines) on arbitrary text.
runFuzzer { data, size in
    let text = String(decoding: input(data, size), as: UTF8.self)
    if case .success(let front) = FrontMatter.parse(text) {
        _ = front.location(of: "/date")
    }
    return 0
}
