import CSWCore
import CSWJSON

/// Unresolved merge conflicts, kept in `.csw/conflicts.json` (local to this clone; git
/// ignores it) until `csw resolve` settles them.
enum ConflictStore {
    static let path = ".csw/conflicts.json"

    static func load(_ root: String) -> [MergeConflict] {
        guard let bytes = try? FileSystem.read(root + "/" + path), case .array(let items)? = try? JSONDocument.parse(bytes).get().value else {
            return []
        }
        return items.compactMap(MergeConflict.init(json:))
    }

    static func save(_ conflicts: [MergeConflict], root: String) throws(FileSystem.IOError) {
        if conflicts.isEmpty {
            if FileSystem.exists(root + "/" + path) { unlink(root + "/" + path) }
            return
        }
        try AtomicFile.makeDirectories(root + "/.csw")
        try AtomicFile.write(CanonicalForm.json(.array(conflicts.map(\.json))), to: root + "/" + path)
    }
}

import Glibc
