import FuzzDriver
import CSWCore

/// The PHI scanner on arbitrary bytes (it runs on every note csw validates).
let scanner = PHIScanner(knownEmails: ["casey@csm.example"])

runFuzzer { data, size in
    let bytes = input(data, size)
    for hit in scanner.scan(bytes) {
        precondition(hit.start >= 0 && hit.start < hit.end && hit.end <= bytes.count, "a hit outside the text")
    }
    _ = PHIGuard.scan(bytes, path: "customers/X/profile.json", scanner: scanner)
    return 0
}
