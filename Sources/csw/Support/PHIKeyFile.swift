import CSWCore
import Glibc

/// Where this clone keeps its PHI key (docs/SECURITY.md, "Keys"): CSW_PHI_KEY (CI), else
/// `.csw/phi-key` — 32 random bytes as hex, mode 0600, never committed (.csw/ is each
/// clone's own). A team shares one key by copying the file from a teammate, never through git.
enum PHIKeyFile {
    static let name = "phi-key"
    static var relative: String { LocalFiles.folder + "/" + name }

    struct Problem: Error, CustomStringConvertible {
        let description: String
    }

    /// The key, or nil when there is none yet. A CSW_PHI_KEY or a .csw/phi-key that is
    /// not a key stops the command: no key is better than a wrong one, silently.
    static func load(root: String) throws(Problem) -> PHIKey? {
        if let raw = getenv("CSW_PHI_KEY").map({ String(cString: $0) }), !raw.isEmpty {
            guard let key = PHIKey(hex: raw) else {
                throw Problem(description: "CSW_PHI_KEY is not a PHI key (32 to 128 hex digits; copy a teammate's .csw/phi-key)")
            }
            return key
        }
        let local = LocalFiles(root: root)
        guard FileSystem.exists(root + "/" + relative) else { return nil }
        guard let bytes = local.read(relative) else {
            throw Problem(description: local.isTracked(relative) ? LocalFiles.trackedNote(relative) : "\(relative) cannot be read")
        }
        guard let key = PHIKey(hex: String(decoding: bytes, as: UTF8.self)) else {
            throw Problem(description: "\(relative) does not hold a PHI key (hex digits); copy the team's key from a teammate, or delete it so csw makes a new one")
        }
        return key
    }

    /// The key; on first need csw makes one (32 bytes from /dev/urandom) in .csw/phi-key,
    /// readable only by you, and says so.
    static func loadOrCreate(root: String) throws(Problem) -> PHIKey {
        if let key = try load(root: root) { return key }
        var bytes = [UInt8](repeating: 0, count: 32)
        let fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw Problem(description: "cannot read /dev/urandom to make a PHI key") }
        let n = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress, 32) }
        close(fd)
        guard n == 32, let key = PHIKey(bytes: bytes) else { throw Problem(description: "cannot read /dev/urandom to make a PHI key") }
        do {
            let folder = try SafeFolder.open(root + "/" + LocalFiles.folder, under: root, create: true)
            let file = try folder.create(name)
            fchmod(file, 0o600)
            let failure = FileSystem.writeAll(Array((key.hex + "\n").utf8), to: file)
            let synced = fsync(file) == 0
            close(file)
            guard failure == nil, synced else {
                folder.remove(name)
                throw Problem(description: "cannot write \(relative): \(failure ?? FileSystem.errnoText())")
            }
        } catch let error as FileSystem.IOError {
            throw Problem(description: "cannot write \(relative): \(error)")
        } catch let problem as Problem {
            throw problem
        } catch {
            throw Problem(description: "cannot write \(relative): \(error)")
        }
        Terminal.standardError.write("made this workspace's PHI key in \(relative) (keep it out of git; teammates need the same file for csw.json's phi.allow to count on their clones — docs/SECURITY.md)\n")
        return key
    }
}
