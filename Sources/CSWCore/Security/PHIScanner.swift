import CSWJSON
import Synchronization

/// Finds the HIPAA Safe Harbor identifiers that turn up in customer-success notes:
/// social security, medical record, health-plan member, account and device numbers, dates
/// of birth and other patient dates, ages over 89, phone and fax numbers, unknown email
/// addresses, street addresses, patient names in context, and IP addresses and URLs tied
/// to a patient. Pure and byte-level (a 10,000-customer workspace is scanned inside
/// `csw validate`): text in, hits out, in one pass over hand-made tokens with keyword
/// context — no regular expressions. Unicode look-alikes (fullwidth digits, dashes,
/// no-break spaces) are folded first (`PHIText`), and hits point at the original bytes of
/// the identifier itself, never at its label. A hit carries its place, its type and a
/// masked form — never the identifier itself.
///
/// The detectors live in extensions, one concern per file: numbers by their shape
/// (+Numbers), numbers and dates typed digit by digit or said in words (+Spoken), identifiers
/// led by a label (+Keywords) or by a field name in a JSON, spreadsheet or X12 paste
/// (+Fields), dates (+Dates), ages (+Ages), names (+Names), street addresses (+Addresses),
/// HL7 segments (+HL7), email addresses and URLs (+Web), and the context words that tell a
/// patient's data from the customer's staff, business and test data (+Context). A line
/// that says its patient is made up ("synthetic", "ZZTEST", "test persona") and does not
/// say it is real is skipped.
public struct PHIScanner: Sendable {
    public enum Kind: String, Sendable, CaseIterable, Comparable {
        case ssn, mrn, dob, date, age, phone, fax, email, member, account, address, name, ip, url, device

        public var title: String {
            switch self {
            case .ssn: return "social security number"
            case .mrn: return "medical record number"
            case .dob: return "date of birth"
            case .date: return "patient date (admission, discharge, death, encounter)"
            case .age: return "age over 89"
            case .phone: return "phone number"
            case .fax: return "fax number"
            case .email: return "email address (not a known contact)"
            case .member: return "health-plan member number"
            case .account: return "account number"
            case .address: return "street address"
            case .name: return "patient name"
            case .ip: return "IP address"
            case .url: return "URL with a patient identifier"
            case .device: return "device or serial number tied to a patient"
            }
        }

        public static func < (a: Kind, b: Kind) -> Bool { a.rawValue < b.rawValue }
    }

    public struct Hit: Sendable, Hashable {
        public let kind: Kind
        /// Byte range of the identifier in the scanned text.
        public let start: Int
        public let end: Int
        public let masked: String
    }

    /// Email addresses that are not patient data (the team's roster), lower case.
    public let knownEmails: Set<String>
    /// More of them (one customer's contacts), lower case: kept apart so that a scanner
    /// per customer does not copy the roster (a workspace's roster grows with it).
    public private(set) var alsoKnownEmails: Set<String> = []

    /// Short texts this scanner found nothing in, shared by its copies (those `knowing(_:)`
    /// makes too: only texts without "@" are kept, and only emails depend on the contacts).
    /// A workspace's metrics repeat the same keys and dates in every customer: each is
    /// scanned once per run instead of once per line.
    public let cleanTexts = PHICleanTexts()

    public init(knownEmails: Set<String> = []) {
        self.knownEmails = Set(knownEmails.map { $0.lowercased() })
    }

    /// This scanner, also taking `emails` (one customer's contacts) as not patient data.
    public func knowing(_ emails: Set<String>) -> PHIScanner {
        var scanner = self
        scanner.alsoKnownEmails = Set(emails.map { $0.lowercased() })
        return scanner
    }

    /// A finding in token positions of the folded text: the identifier is tokens from...to.
    struct Found {
        let kind: Kind
        let from: Int
        let to: Int
    }

    /// Every identifier in `text`, in order (overlaps resolved: the first, then the longest wins).
    public func scan(_ text: [UInt8]) -> [Hit] {
        guard !text.isEmpty else { return [] }
        let t = PHIText(text)
        var found: [Found] = []
        var k = 0
        var signatureLines = 0  // lines left in a signature block ("Thanks,\nJane Roe\nCMIO\n312-…")
        var personOnLine = false  // a patient's name, birth date or record number found on this line
        var accountOnLine = false  // a patient's account number found on this line
        var checked = 0  // findings looked at for personOnLine
        while k < t.count {
            if t.toks[k].newline {
                personOnLine = false
                accountOnLine = false
                checked = found.count
                signatureLines = max(0, signatureLines - 1)
                if isValediction(t, k) { signatureLines = 6 }
                // a line that says its patient is made up ("synthetic", "ZZTEST^ALPHA", "test persona") holds no one's data
                if let next = syntheticLineEnd(t, k) {
                    k = next
                    continue
                }
            }
            if isBoilerplate(t, k) { signatureLines = max(signatureLines, 2) }
            var next: Found?
            switch t.toks[k].kind {
            case .word:
                // most words of any text start no rule: one lookup says so
                if plainWord(t, k) {
                    // a column name or a clinical event starts only those two rules
                    if t.in(k, Self.tableOrEventWords), let f = table(t, k, &found) ?? ownedEventDate(t, k) {
                        found.append(f)
                        k = max(k, f.to) + 1
                    } else {
                        k += 1
                    }
                    continue
                }
                next = table(t, k, &found) ?? ownedEventDate(t, k)
                if next == nil { next = keyword(t, k, &found) ?? field(t, k) ?? url(t, k) ?? spelledEmail(t, k) ?? name(t, k) ?? labelledAddress(t, k) ?? streetNamed(t, k) ?? spelledNumber(t, k, inSignature: signatureLines > 0) ?? spokenAge(t, k) ?? ipv6(t, k) }
            case .number:
                next = numberShape(t, k, inSignature: signatureLines > 0) ?? labelledNumber(t, k) ?? age(t, k)
                if next == nil {
                    while checked < found.count {
                        personOnLine = personOnLine || Self.personKinds.contains(found[checked].kind)
                        accountOnLine = accountOnLine || found[checked].kind == .account
                        checked += 1
                    }
                    next = address(t, k, personOnLine: personOnLine || accountOnLine)
                        ?? ipv6(t, k) ?? bareDate(t, k, personOnLine: personOnLine)
                }
            case .punct:
                switch t.punct(k) {
                // an address on the line of a patient's name or birth date is the patient's ("Ms. Perpetua Lang … from perpetua.ol@…")
                case 64:
                    while checked < found.count {
                        personOnLine = personOnLine || Self.personKinds.contains(found[checked].kind)
                        accountOnLine = accountOnLine || found[checked].kind == .account
                        checked += 1
                    }
                    next = email(t, k, patientOnLine: personOnLine)
                case 43: next = international(t, k, inSignature: signatureLines > 0)  // "+"
                case 94: next = telecom(t, k)  // "^PRN^PH^^1^206^5550159"
                case 61: next = keyValue(t, k)  // "implant_date=2024-06-14"
                case 47: next = url(t, k)  // "/api/patients/…"
                default: next = nil
                }
            }
            if let f = next {
                found.append(f)
                k = max(k, f.to) + 1
            } else {
                k += 1
            }
        }
        if !found.isEmpty { found += namesBesideIdentifiers(t, found) }
        return resolve(found, t, text)
    }

    /// A lower-case word without digits that no detector starts at (none is a label, a title, a
    /// number word, "at" or a scheme before ":"): skipped with one set lookup.
    func plainWord(_ t: PHIText, _ k: Int) -> Bool {
        !t.isCap(k) && !t.in(k, Self.wordTriggers) && !t.in(k - 1, Self.patientLabels) && !t.isPunct(k + 1, 58) && t.digits(k) == 0
    }

    /// Every word a detector may start at (the union of their first-word sets).
    static let wordTriggers = PHIWords(["at", "p", "po", "ninety", "a", "one", "identifier", "identifiers"], adding: [
        keywordStarts, fieldWords, nameFields, personRecords, nameLabels, recordAbout, relatives, titles, dwellWords, patientLabels, addressLabels,
        zipWords, digitWords, ruralRouteWords,
    ])

    /// Words that start only the table and owned-event rules (not in `wordTriggers`).
    static let tableOrEventWords = PHIWords([], adding: [columnWords, eventNouns])

    /// Findings that name a patient: contact data on their line is the patient's too.
    static let personKinds: Set<Kind> = [.name, .dob, .ssn, .mrn, .member]

    /// Sorted, without overlaps, in original byte offsets, masked.
    func resolve(_ found: [Found], _ t: PHIText, _ text: [UInt8]) -> [Hit] {
        var hits: [Hit] = []
        hits.reserveCapacity(found.count)
        let sorted = found.count < 2 ? found : found.sorted { a, b in
            a.from != b.from ? a.from < b.from : a.to > b.to
        }
        var lastEnd = -1
        for f in sorted where f.from > lastEnd && f.to < t.count && f.from >= 0 {
            let start = t.originalStart(Int(t.toks[f.from].start))
            let end = t.originalEnd(Int(t.toks[f.to].end))
            guard start < end else { continue }
            if f.kind == .email {
                let address = String(decoding: text[start..<end], as: UTF8.self).lowercased()
                if knownEmails.contains(address) || alsoKnownEmails.contains(address) { continue }
            }
            hits.append(Hit(kind: f.kind, start: start, end: end, masked: Self.mask(text[start..<end])))
            lastEnd = f.to
        }
        return hits
    }

    /// Masked for display: every letter and digit becomes "•"; separators and punctuation
    /// stay, so the shape is readable and nothing of the identifier is ("•••-••-••••").
    static func mask(_ bytes: ArraySlice<UInt8>) -> String {
        var out = ""
        out.reserveCapacity(bytes.count * 2)
        guard bytes.contains(where: { $0 >= 0x80 }) else {
            for c in bytes {
                if PHIText.isDigit(c) || (c | 0x20 >= 97 && c | 0x20 <= 122) { out += "•" } else { out.unicodeScalars.append(Unicode.Scalar(c)) }
            }
            return out
        }
        for scalar in String(decoding: bytes, as: UTF8.self).unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                out += "•"
            } else if scalar.properties.isWhitespace {
                out += " "
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    static func mask(_ bytes: [UInt8]) -> String { mask(bytes[...]) }
}


extension PHIScanner {
    /// Whether `text` (FNV-1a `hash`) was already found clean: in the run's shared memo when
    /// it may be kept there (short, no "@"), else in `local` (one file's).
    func knownClean<Bytes: Collection<UInt8>>(_ hash: UInt64, _ text: Bytes, local: TextsByHash) -> Bool {
        PHICleanTexts.eligible(text) ? cleanTexts.contains(hash, text) : local.contains(hash, text)
    }

    func knownClean(_ hash: UInt64, _ text: UnsafeBufferPointer<UInt8>, local: TextsByHash) -> Bool {
        PHICleanTexts.eligible(text) ? cleanTexts.contains(hash, text) : local.contains(hash, text)
    }

    /// Remembers that the scan found nothing in `text`, where `knownClean` looks.
    func rememberClean<Bytes: Collection<UInt8>>(_ hash: UInt64, _ text: Bytes, local: inout TextsByHash) {
        if PHICleanTexts.eligible(text) { cleanTexts.insert(hash, text) } else { local.insert(hash, text) }
    }
}

/// Texts by FNV-1a hash (a text whose hash is already taken by another is simply not
/// kept): looked up by the bytes of a JSON string in place, without copying them out.
struct TextsByHash {
    private var texts: [UInt64: [UInt8]] = [:]

    var count: Int { texts.count }

    func contains<Bytes: Collection<UInt8>>(_ hash: UInt64, _ bytes: Bytes) -> Bool {
        texts[hash].map { $0.elementsEqual(bytes) } ?? false
    }

    /// The same for bytes in place.
    func contains(_ hash: UInt64, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let text = texts[hash], text.count == bytes.count else { return false }
        return text.withUnsafeBufferPointer { mine in
            guard let x = mine.baseAddress, let y = bytes.baseAddress else { return true }
            return FlatObjectLine.sameBytes(x, y, count: bytes.count)
        }
    }

    mutating func insert<Bytes: Collection<UInt8>>(_ hash: UInt64, _ bytes: Bytes) {
        if texts[hash] == nil { texts[hash] = Array(bytes) }
    }
}

/// The set behind `PHIScanner.cleanTexts`: sharded locks, so threads scanning customers
/// in parallel rarely wait for each other; bounded, so a workspace of unique strings
/// cannot grow it without end.
public final class PHICleanTexts: Sendable {
    static let longest = 64
    static let most = 1 << 16
    private final class Shard: Sendable { let texts = Mutex(TextsByHash()) }
    private let shards: [Shard] = (0..<16).map { _ in Shard() }

    /// Whether `text` may be kept here at all.
    static func eligible<Bytes: Collection<UInt8>>(_ text: Bytes) -> Bool { text.count <= longest && !text.contains(UInt8(ascii: "@")) }

    func contains<Bytes: Collection<UInt8>>(_ hash: UInt64, _ text: Bytes) -> Bool {
        shards[Int(hash >> 60)].texts.withLock { $0.contains(hash, text) }
    }

    func contains(_ hash: UInt64, _ text: UnsafeBufferPointer<UInt8>) -> Bool {
        shards[Int(hash >> 60)].texts.withLock { $0.contains(hash, text) }
    }

    func insert<Bytes: Collection<UInt8>>(_ hash: UInt64, _ text: Bytes) {
        shards[Int(hash >> 60)].texts.withLock { texts in if texts.count < Self.most / 16 { texts.insert(hash, text) } }
    }
}
