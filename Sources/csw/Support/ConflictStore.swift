import CSWCore
import CSWJSON

/// Unresolved merge conflicts, kept in `.csw/conflicts.json` (local to this clone; git
/// ignores it) until `csw resolve` settles them.
enum ConflictStore {
    static let path = ".csw/conflicts.json"

    static func load(_ root: String) -> [MergeConflict] {
        guard let bytes = (try? SafeFolder.open(root + "/.csw", under: root))?.read("conflicts.json"),
              case .array(let items)? = try? JSONDocument.parse(bytes).get().value else {
            return []
        }
        return items.compactMap(MergeConflict.init(json:))
    }

    static func save(_ conflicts: [MergeConflict], root: String) throws(FileSystem.IOError) {
        if conflicts.isEmpty {
            if FileSystem.exists(root + "/" + path) { try AtomicFile.remove(root + "/" + path, under: root) }
            return
        }
        try SafeFolder.open(root + "/.csw", under: root, create: true).replace("conflicts.json", with: CanonicalForm.json(.array(conflicts.map(\.json))))
    }
}

import Glibc
