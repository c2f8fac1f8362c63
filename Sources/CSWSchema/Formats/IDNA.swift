// IDNA2008 label validation (RFC 5890–5893) on top of Punycode (RFC 3492).
//
// What is exact and what is approximated (no large Unicode tables here):
// * Derived property values (RFC 5892 §2–3) are computed with the RFC's
//   algorithm from the standard library's Unicode properties
//   (General_Category, Default_Ignorable_Code_Point, White_Space,
//   Noncharacter_Code_Point, Changes_When_NFKC_Casefolded) plus the
//   Exceptions table, IgnorableBlocks and OldHangulJamo ranges. The result
//   follows the stdlib's Unicode version rather than a frozen IANA table;
//   BackwardCompatible is empty (as it is today).
// * CONTEXTJ: the Virama test uses the exact Canonical_Combining_Class. For
//   the ZWNJ joining regexp, Joining_Type T is exact (Mn/Me/Cf) but D/R/L are
//   APPROXIMATED by ranges (Arabic, Syriac, NKo, Mongolian, Phags-pa letters
//   are dual-joining unless listed as right-joining/non-joining).
// * CONTEXTO: Script(Greek/Hebrew/Hiragana/Katakana/Han) is APPROXIMATED by
//   block ranges; the digit-mixing rules are exact.
// * Bidi rule (RFC 5893): Bidi_Class is APPROXIMATED — R/AL/AN/EN/ES/CS/ET by
//   ranges, NSM/BN/L by General_Category, ON for everything else.
// * NFC normalisation of U-labels is NOT checked (no public NFC in stdlib).

extension FormatChecker {
    enum IDNA {
        enum Property { case pvalid, contextJ, contextO, disallowed }

        enum Bidi { case l, r, al, an, en, es, cs, et, on, bn, nsm }

        /// Decodes a lower-cased ASCII "xn--" label into its U-label, requiring
        /// it to decode to non-ASCII and to re-encode to exactly itself.
        static func aLabelToULabel(_ label: [Unicode.Scalar]) -> [Unicode.Scalar]? {
            let encoded = Array(label.dropFirst(4))
            guard !encoded.isEmpty,
                  let decoded = Punycode.decode(encoded),
                  !decoded.allSatisfy(\.isASCII),
                  let reencoded = Punycode.encode(decoded),
                  Array(reencoded.unicodeScalars) == encoded
            else { return nil }
            return decoded
        }

        static func isValidDomain(_ labels: [[Unicode.Scalar]]) -> Bool {
            for label in labels where !isValidLabel(label) { return false }
            // RFC 5893: in a Bidi domain name every label must satisfy the Bidi rule.
            let isBidiDomain = labels.contains { $0.contains { [.r, .al, .an].contains(bidiClass($0)) } }
            if isBidiDomain {
                for label in labels where !satisfiesBidiRule(label) { return false }
            }
            return true
        }

        /// RFC 5891 §5.4 checks for one U-label (or LDH label).
        static func isValidLabel(_ label: [Unicode.Scalar]) -> Bool {
            guard let first = label.first, first != "-", label.last != "-" else { return false }
            if label.count >= 4, label[2] == "-", label[3] == "-" { return false }
            switch first.properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark: return false
            default: break
            }
            for i in label.indices {
                switch property(label[i]) {
                case .pvalid: continue
                case .disallowed: return false
                case .contextJ: guard contextJ(label, i) else { return false }
                case .contextO: guard contextO(label, i) else { return false }
                }
            }
            return true
        }

        // MARK: Derived property (RFC 5892 §3)

        static func property(_ c: Unicode.Scalar) -> Property {
            let v = c.value
            switch v { // F: Exceptions
            case 0x00DF, 0x03C2, 0x06FD, 0x06FE, 0x0F0B, 0x3007: return .pvalid
            case 0x00B7, 0x0375, 0x05F3, 0x05F4, 0x30FB, 0x0660...0x0669, 0x06F0...0x06F9: return .contextO
            case 0x0640, 0x07FA, 0x302E, 0x302F, 0x3031...0x3035, 0x303B: return .disallowed
            default: break
            }
            let p = c.properties
            if p.generalCategory == .unassigned { return .disallowed } // J: Unassigned
            if (0x61...0x7A).contains(v) || (0x30...0x39).contains(v) || v == 0x2D { return .pvalid } // K: LDH
            if v == 0x200C || v == 0x200D { return .contextJ } // H: JoinControl
            if p.changesWhenNFKCCaseFolded { return .disallowed } // B: Unstable
            if p.isDefaultIgnorableCodePoint || p.isWhitespace || p.isNoncharacterCodePoint {
                return .disallowed // C: IgnorableProperties
            }
            switch v { // D: IgnorableBlocks, I: OldHangulJamo
            case 0x20D0...0x20FF, 0x1D100...0x1D24F, 0x1100...0x11FF, 0xA960...0xA97F, 0xD7B0...0xD7FF:
                return .disallowed
            default: break
            }
            switch p.generalCategory { // A: LetterDigits
            case .lowercaseLetter, .uppercaseLetter, .otherLetter, .decimalNumber,
                 .modifierLetter, .nonspacingMark, .spacingMark:
                return .pvalid
            default:
                return .disallowed
            }
        }

        // MARK: Contextual rules (RFC 5892 Appendix A)

        static func contextJ(_ label: [Unicode.Scalar], _ i: Int) -> Bool {
            if i > 0, label[i - 1].properties.canonicalCombiningClass == .virama { return true }
            guard label[i] == "\u{200C}" else { return false } // ZWJ requires a virama
            // (Joining_Type:{L,D})(Joining_Type:T)*\u200C(Joining_Type:T)*(Joining_Type:{R,D})
            var j = i - 1
            while j >= 0, joiningType(label[j]) == "T" { j -= 1 }
            guard j >= 0, "LD".contains(joiningType(label[j])) else { return false }
            var k = i + 1
            while k < label.count, joiningType(label[k]) == "T" { k += 1 }
            return k < label.count && "RD".contains(joiningType(label[k]))
        }

        static func contextO(_ label: [Unicode.Scalar], _ i: Int) -> Bool {
            switch label[i].value {
            case 0x00B7: // MIDDLE DOT: between two 'l'
                return i > 0 && i + 1 < label.count && label[i - 1] == "l" && label[i + 1] == "l"
            case 0x0375: // GREEK KERAIA: followed by Greek
                return i + 1 < label.count && isGreek(label[i + 1].value)
            case 0x05F3, 0x05F4: // HEBREW GERESH/GERSHAYIM: preceded by Hebrew
                return i > 0 && isHebrew(label[i - 1].value)
            case 0x30FB: // KATAKANA MIDDLE DOT: some Hiragana/Katakana/Han in the label
                return label.contains { $0.value != 0x30FB && isHiraganaKatakanaHan($0.value) }
            case 0x0660...0x0669:
                return !label.contains { (0x06F0...0x06F9).contains($0.value) }
            case 0x06F0...0x06F9:
                return !label.contains { (0x0660...0x0669).contains($0.value) }
            default:
                return false
            }
        }

        static func isGreek(_ v: UInt32) -> Bool {
            if v == 0x037E || v == 0x0387 { return false } // Common-script punctuation
            return (0x0370...0x03FF).contains(v) || (0x1F00...0x1FFF).contains(v) || (0x10140...0x1018F).contains(v)
        }

        static func isHebrew(_ v: UInt32) -> Bool {
            (0x0591...0x05F4).contains(v) || (0xFB1D...0xFB4F).contains(v)
        }

        static func isHiraganaKatakanaHan(_ v: UInt32) -> Bool {
            switch v {
            case 0x3041...0x309F, 0x1B001...0x1B11F, 0x1F200, // Hiragana
                 0x30A0...0x30FF, 0x31F0...0x31FF, 0x32D0...0x32FE, 0x3300...0x3357, 0xFF66...0xFF9D,
                 0x1AFF0...0x1B000, 0x1B120...0x1B16F, // Katakana
                 0x2E80...0x2FDF, 0x3005, 0x3007, 0x3021...0x3029, 0x3038...0x303B, 0x3400...0x4DBF,
                 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3FFFF: // Han
                return true
            default:
                return false
            }
        }

        /// Approximate Joining_Type: "T", "D", "R", "L" or "U".
        static func joiningType(_ c: Unicode.Scalar) -> Character {
            let v = c.value
            let gc = c.properties.generalCategory
            switch gc {
            case .nonspacingMark, .enclosingMark, .format:
                return v == 0x200C || v == 0x200D ? "U" : "T"
            default: break
            }
            switch v {
            case 0x0622...0x0625, 0x0627, 0x0629, 0x062F...0x0632, 0x0648, 0x0671...0x0673, 0x0675...0x0677,
                 0x0688...0x0699, 0x06C0, 0x06C3...0x06CB, 0x06CD, 0x06CF, 0x06D2, 0x06D3, 0x06D5,
                 0x06EE, 0x06EF, 0x0759...0x075B, 0x076B, 0x076C, 0x0771, 0x0773, 0x0774, 0x0778, 0x0779,
                 0x0710, 0x0715...0x0719, 0x071E, 0x0728, 0x072A, 0x072C, 0x072F, 0x074D:
                return "R"
            case 0x0621, 0x0674:
                return "U"
            case 0xA872:
                return "L"
            case 0x0620...0x06FF, 0x0710...0x074F, 0x0750...0x077F, 0x08A0...0x08C9, 0x07CA...0x07EA,
                 0x1820...0x1878, 0x1887...0x18A8, 0xA840...0xA871:
                return gc == .otherLetter || gc == .modifierLetter ? "D" : "U"
            default:
                return "U"
            }
        }

        // MARK: Bidi rule (RFC 5893 §2)

        static func bidiClass(_ c: Unicode.Scalar) -> Bidi {
            let v = c.value
            switch v {
            case 0x0600...0x0605, 0x0660...0x0669, 0x066B, 0x066C, 0x06DD, 0x0890, 0x0891, 0x08E2,
                 0x10D30...0x10D39, 0x10E60...0x10E7E:
                return .an
            case 0x0030...0x0039, 0x00B2, 0x00B3, 0x00B9, 0x06F0...0x06F9, 0x2070, 0x2074...0x2079,
                 0x2080...0x2089, 0x2488...0x249B, 0xFF10...0xFF19, 0x1D7CE...0x1D7FF, 0x1F100...0x1F10A,
                 0x1FBF0...0x1FBF9:
                return .en
            case 0x002B, 0x002D, 0x207A, 0x207B, 0x208A, 0x208B, 0x2212, 0xFB29, 0xFE62, 0xFE63, 0xFF0B, 0xFF0D:
                return .es
            case 0x002C, 0x002E, 0x002F, 0x003A, 0x00A0, 0x060C, 0x202F, 0x2044, 0xFE50, 0xFE52, 0xFE55,
                 0xFF0C, 0xFF0E, 0xFF0F, 0xFF1A:
                return .cs
            case 0x0023...0x0025, 0x00A2...0x00A5, 0x00B0, 0x00B1, 0x058F, 0x0609, 0x060A, 0x066A,
                 0x09F2, 0x09F3, 0x0AF1, 0x0BF9, 0x0E3F, 0x17DB, 0x2030...0x2034, 0x20A0...0x20CF, 0x212E,
                 0x2213, 0xA838, 0xA839, 0xFE5F, 0xFE69, 0xFE6A, 0xFF03...0xFF05, 0xFFE0, 0xFFE1, 0xFFE5, 0xFFE6:
                return .et
            default: break
            }
            let gc = c.properties.generalCategory
            if gc == .nonspacingMark || gc == .enclosingMark { return .nsm }
            if gc == .format || (gc == .control && !c.properties.isWhitespace) { return .bn }
            switch v {
            case 0x0590...0x05FF, 0x07C0...0x085F, 0xFB1D...0xFB4F, 0x10800...0x10CFF, 0x10D40...0x10EBF,
                 0x10F00...0x10F2F, 0x10F70...0x10FFF, 0x1E800...0x1EC6F, 0x1ECC0...0x1ECFF, 0x1ED50...0x1EDFF:
                return .r
            case 0x0600...0x07BF, 0x0860...0x08FF, 0xFB50...0xFDFF, 0xFE70...0xFEFF, 0x10D00...0x10D3F,
                 0x10EC0...0x10EFF, 0x10F30...0x10F6F, 0x1EC70...0x1ECBF, 0x1ED00...0x1ED4F, 0x1EE00...0x1EEFF:
                return .al
            default: break
            }
            switch gc {
            case .lowercaseLetter, .uppercaseLetter, .titlecaseLetter, .otherLetter, .modifierLetter,
                 .spacingMark, .decimalNumber, .letterNumber, .privateUse:
                return .l
            default:
                return .on
            }
        }

        static func satisfiesBidiRule(_ label: [Unicode.Scalar]) -> Bool {
            let classes = label.map(bidiClass)
            guard let first = classes.first, let last = classes.last(where: { $0 != .nsm }) else { return false }
            switch first {
            case .r, .al: // rules 2–4
                let allowed: Set<Bidi> = [.r, .al, .an, .en, .es, .cs, .et, .on, .bn, .nsm]
                guard classes.allSatisfy(allowed.contains), [.r, .al, .en, .an].contains(last) else { return false }
                return !(classes.contains(.en) && classes.contains(.an))
            case .l: // rules 5–6
                let allowed: Set<Bidi> = [.l, .en, .es, .cs, .et, .on, .bn, .nsm]
                return classes.allSatisfy(allowed.contains) && (last == .l || last == .en)
            default: // rule 1
                return false
            }
        }
    }
}
