import Testing
@testable import CSWSchema

/// One hand-written case: format name, value, expected validity.
struct FormatCase: Sendable, CustomTestStringConvertible {
    let format: String
    let value: String
    let valid: Bool

    init(_ format: String, _ value: String, _ valid: Bool) {
        self.format = format
        self.value = value
        self.valid = valid
    }

    var testDescription: String { "\(format) \(valid ? "accepts" : "rejects") \(String(reflecting: value))" }
}

let formatCases: [FormatCase] = [
    // date / date-time / time / duration
    FormatCase("date", "2024-02-29", true),
    FormatCase("date", "2025-02-29", false),
    FormatCase("date", "2025-04-31", false),
    FormatCase("date", "2025-13-01", false),
    FormatCase("date", "2025-1-05", false),
    FormatCase("date", "05/01/2025", false),
    FormatCase("date-time", "2025-03-14T09:26:53Z", true),
    FormatCase("date-time", "2025-03-14t09:26:53.125+05:30", true),
    FormatCase("date-time", "2016-12-31T23:59:60Z", true),
    FormatCase("date-time", "2025-03-14 09:26:53Z", false),
    FormatCase("date-time", "2025-03-14T09:26:53", false),
    FormatCase("date-time", "2025-03-14T25:00:00Z", false),
    FormatCase("time", "09:26:53Z", true),
    FormatCase("time", "23:59:60Z", true),
    FormatCase("time", "22:59:60Z", false),
    FormatCase("time", "9:26:53Z", false),
    FormatCase("duration", "P1Y2M10DT2H30M", true),
    FormatCase("duration", "P3W", true),
    FormatCase("duration", "PT1.5H", false),
    FormatCase("duration", "P1W2D", false),
    FormatCase("duration", "P", false),
    // email / idn-email
    FormatCase("email", "support@acme.io", true),
    FormatCase("email", "jane.doe+billing@sub.example.co.uk", true),
    FormatCase("email", "\"jane doe\"@acme.io", true),
    FormatCase("email", "ops@[192.168.0.10]", true),
    FormatCase("email", "jane@", false),
    FormatCase("email", "jane@@acme.io", false),
    FormatCase("email", "jane doe@acme.io", false),
    FormatCase("email", "jane..doe@acme.io", false),
    FormatCase("email", "jane@acme..io", false),
    FormatCase("email", "josé@acme.io", false),
    FormatCase("idn-email", "josé@acme.io", true),
    FormatCase("idn-email", "用户@例子.广告", true),
    FormatCase("idn-email", "jane@", false),
    // hostname / idn-hostname
    FormatCase("hostname", "api.acme.io", true),
    FormatCase("hostname", "API.Acme.IO", true),
    FormatCase("hostname", "xn--mnchen-3ya.de", true),
    FormatCase("hostname", "acme_io.com", false),
    FormatCase("hostname", "-acme.io", false),
    FormatCase("hostname", "münchen.de", false),
    FormatCase("hostname", "xn--X.de", false),
    FormatCase("idn-hostname", "münchen.de", true),
    FormatCase("idn-hostname", "例子.广告", true),
    FormatCase("idn-hostname", "MÜNCHEN.de", false),
    FormatCase("idn-hostname", "a..b", false),
    // ipv4 / ipv6
    FormatCase("ipv4", "10.0.0.1", true),
    FormatCase("ipv4", "255.255.255.255", true),
    FormatCase("ipv4", "10.0.0.01", false),
    FormatCase("ipv4", "10.0.0", false),
    FormatCase("ipv4", "256.1.1.1", false),
    FormatCase("ipv6", "2001:db8::1", true),
    FormatCase("ipv6", "::", true),
    FormatCase("ipv6", "::ffff:10.0.0.1", true),
    FormatCase("ipv6", "2001:db8:::1", false),
    FormatCase("ipv6", "fe80::1%eth0", false),
    FormatCase("ipv6", "1:2:3:4:5:6:7:8:9", false),
    // uri family / uri-template
    FormatCase("uri", "https://acme.io/tickets/42?tab=notes#c3", true),
    FormatCase("uri", "urn:uuid:deadbeef-1234-ffff-ffff-4321feebdaed", true),
    FormatCase("uri", "mailto:support@acme.io", true),
    FormatCase("uri", "/tickets/42", false),
    FormatCase("uri", "https://acme.io/a b", false),
    FormatCase("uri-reference", "../schemas/ticket.json#/$defs/id", true),
    FormatCase("uri-reference", "#foo", true),
    FormatCase("uri-reference", "a b", false),
    FormatCase("iri", "https://例子.广告/路径", true),
    FormatCase("iri", "路径", false),
    FormatCase("iri-reference", "路径/文件", true),
    FormatCase("uri-template", "/tickets/{id}{?fields*}", true),
    FormatCase("uri-template", "https://acme.io/{+path}/{id:4}", true),
    FormatCase("uri-template", "/tickets/{id", false),
    FormatCase("uri-template", "/tickets/{}", false),
    // uuid
    FormatCase("uuid", "123e4567-e89b-12d3-a456-426614174000", true),
    FormatCase("uuid", "123E4567-E89B-12D3-A456-426614174000", true),
    FormatCase("uuid", "123e4567e89b12d3a456426614174000", false),
    FormatCase("uuid", "{123e4567-e89b-12d3-a456-426614174000}", false),
    FormatCase("uuid", "123e4567-e89b-12d3-a456-42661417400g", false),
    // json-pointer / relative-json-pointer
    FormatCase("json-pointer", "", true),
    FormatCase("json-pointer", "/customers/0/name", true),
    FormatCase("json-pointer", "/a~1b/c~0d", true),
    FormatCase("json-pointer", "customers/0", false),
    FormatCase("json-pointer", "/a~2b", false),
    FormatCase("relative-json-pointer", "0", true),
    FormatCase("relative-json-pointer", "1/name", true),
    FormatCase("relative-json-pointer", "2#", true),
    FormatCase("relative-json-pointer", "-1", false),
    FormatCase("relative-json-pointer", "01/name", false),
    // regex (ECMA-262 with the u flag)
    FormatCase("regex", "^[A-Z]{3}-\\d{4}$", true),
    FormatCase("regex", "^(?<area>\\d{3})-\\k<area>$", true),
    FormatCase("regex", "^[\\w.+-]+@[\\w-]+\\.[\\w.]+$", true),
    FormatCase("regex", "\\p{Lu}+", true),
    FormatCase("regex", "[a-", false),
    FormatCase("regex", "a{2,1}", false),
    FormatCase("regex", "\\Z", false),
    FormatCase("regex", "(?i)abc", false),
    FormatCase("regex", "(?P<name>x)", false),
]

@Test(arguments: formatCases)
func formatCheck(_ c: FormatCase) {
    #expect(FormatChecker.check(c.format, c.value) == c.valid)
}

@Test func unknownFormatsPass() {
    #expect(FormatChecker.check("customer-tier", "gold") == nil)
    #expect(FormatChecker.check("", "x") == nil)
}

@Test(arguments: FormatChecker.knownFormats)
func knownFormatsAreRecognised(_ format: String) {
    #expect(FormatChecker.check(format, "") != nil)
}

@Test(arguments: [
    ("bücher", "bcher-kva"),
    ("münchen", "mnchen-3ya"),
    ("他们为什么不说中文", "ihqwcrb4cv8a8dqg056pqjye"),
])
func punycodeRoundTrip(_ unicode: String, _ ascii: String) {
    #expect(FormatChecker.Punycode.encode(Array(unicode.unicodeScalars)) == ascii)
    #expect(FormatChecker.Punycode.decode(Array(ascii.unicodeScalars)) == Array(unicode.unicodeScalars))
}
