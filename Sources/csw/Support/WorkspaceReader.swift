import CSWCore

/// Finds a workspace and reads it from disk, one customer folder at a time.
struct WorkspaceReader {
    /// Absolute path of the workspace root.
    let root: String
    let realRoot: String
    /// Files larger than this are not read (csw.json's limits.max_file_bytes for validate,
    /// never above `CustomerFolder.maxFileBytesCeiling`).
    var maxFileBytes = CustomerFolder.defaultMaxFileBytes {
        didSet { maxFileBytes = min(max(maxFileBytes, 0), CustomerFolder.maxFileBytesCeiling) }
    }

    struct NotAWorkspace: Error, CustomStringConvertible {
        let start: String
        var description: String {
            "\(start) is not inside a csw workspace (no csw.json here or in any parent folder)\n" +
                "  note: create one with 'csw init DIR', or point csw at one with 'csw -C DIR …'"
        }
    }

    /// Walks up from `start` to the first folder holding csw.json, as git finds .git.
    static func locate(from start: String) throws(NotAWorkspace) -> WorkspaceReader {
        var folder = FileSystem.realPath(start) ?? start
        while true {
            if FileSystem.exists(folder + "/csw.json") {
                return WorkspaceReader(root: folder, realRoot: folder)
            }
            guard let slash = folder.lastIndex(of: "/"), folder != "/" else { throw NotAWorkspace(start: start) }
            folder = slash == folder.startIndex ? "/" : String(folder[..<slash])
        }
    }

    func path(_ relative: String) -> String { root + "/" + relative }

    func rootEntries() throws(FileSystem.IOError) -> [RootEntry] {
        try FileSystem.list(root).map { entry in
            switch entry.type {
            case .directory: return RootEntry(name: entry.name, kind: .directory)
            case .symlink: return RootEntry(name: entry.name, kind: .symlink(leavesWorkspace: leavesWorkspace(path(entry.name))))
            default: return RootEntry(name: entry.name, kind: .file)
            }
        }
    }

    /// Entries of customers/: folder names to read, and stray files or links.
    /// The folders in customers/ named as customer ids (links and stray files left out).
    func customerNames() throws -> [String] {
        try customerEntries().filter { $0.type == .directory && CustomerID($0.name) != nil }.map(\.name)
    }

    func customerEntries() throws(FileSystem.IOError) -> [(name: String, type: FileSystem.EntryType)] {
        guard FileSystem.isDirectory(path("customers")) else { return [] }
        return try FileSystem.list(path("customers"))
    }

    /// Reads just the named files of a customer folder (those that exist), without listing
    /// it: what scoring needs, at the cost of a few open() calls.
    /// `stamps` has one entry per name in `files` (nil where there is no readable file).
    func readCustomerFiles(_ name: String, _ files: [String]) -> (folder: CustomerFolder, stamps: [FileSystem.Stamp?]) {
        var entries: [CustomerFolder.Entry] = []
        var stamps: [FileSystem.Stamp?] = []
        for file in files {
            let full = self.path("customers/" + name + "/" + file)
            guard let read = try? FileSystem.readRegularFile(full, limit: maxFileBytes) else {
                stamps.append(nil)
                continue
            }
            entries.append(.file(path: file, bytes: read.bytes))
            stamps.append(read.stamp)
        }
        return (CustomerFolder(name: name, entries: entries), stamps)
    }

    /// Reads one customer folder (two levels deep) without following links; files larger
    /// than `maxFileBytes` are listed in `oversized`, not read.
    func readCustomer(_ name: String) throws(FileSystem.IOError) -> CustomerFolder {
        let base = path("customers/" + name)
        var entries: [CustomerFolder.Entry] = []
        var oversized: [(path: String, size: Int)] = []
        for entry in try FileSystem.list(base) {
            try add(entry, relative: entry.name, base: base, depth: 1, into: &entries, oversized: &oversized)
        }
        return CustomerFolder(name: name, entries: entries, oversized: oversized)
    }

    private func add(_ entry: (name: String, type: FileSystem.EntryType), relative: String, base: String, depth: Int,
                     into entries: inout [CustomerFolder.Entry], oversized: inout [(path: String, size: Int)]) throws(FileSystem.IOError) {
        let full = base + "/" + relative
        switch entry.type {
        case .file:
            if let size = FileSystem.size(full), size > maxFileBytes {
                oversized.append((relative, size))
                return
            }
            entries.append(.file(path: relative, bytes: try FileSystem.read(full, limit: maxFileBytes)))
        case .symlink:
            entries.append(.symlink(path: relative, leavesWorkspace: leavesWorkspace(full)))
        case .directory:
            entries.append(.directory(path: relative))
            if depth < 2 {
                for child in try FileSystem.list(full) {
                    try add(child, relative: relative + "/" + child.name, base: base, depth: depth + 1, into: &entries, oversized: &oversized)
                }
            }
        case .other:
            entries.append(.directory(path: relative))
        }
    }

    func leavesWorkspace(_ link: String) -> Bool {
        guard let target = FileSystem.realPath(link) else { return true }
        return !(target == realRoot || target.hasPrefix(realRoot + "/"))
    }
}
