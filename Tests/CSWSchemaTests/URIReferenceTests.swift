import Testing
@testable import CSWSchema

/// RFC 3986 §5.4 reference resolution examples, base "http://a/b/c/d;p?q".
let rfc3986Base = "http://a/b/c/d;p?q"

let rfc3986NormalExamples: [(String, String)] = [
    ("g:h", "g:h"),
    ("g", "http://a/b/c/g"),
    ("./g", "http://a/b/c/g"),
    ("g/", "http://a/b/c/g/"),
    ("/g", "http://a/g"),
    ("//g", "http://g"),
    ("?y", "http://a/b/c/d;p?y"),
    ("g?y", "http://a/b/c/g?y"),
    ("#s", "http://a/b/c/d;p?q#s"),
    ("g#s", "http://a/b/c/g#s"),
    ("g?y#s", "http://a/b/c/g?y#s"),
    (";x", "http://a/b/c/;x"),
    ("g;x", "http://a/b/c/g;x"),
    ("g;x?y#s", "http://a/b/c/g;x?y#s"),
    ("", "http://a/b/c/d;p?q"),
    (".", "http://a/b/c/"),
    ("./", "http://a/b/c/"),
    ("..", "http://a/b/"),
    ("../", "http://a/b/"),
    ("../g", "http://a/b/g"),
    ("../..", "http://a/"),
    ("../../", "http://a/"),
    ("../../g", "http://a/g"),
]

let rfc3986AbnormalExamples: [(String, String)] = [
    ("../../../g", "http://a/g"),
    ("../../../../g", "http://a/g"),
    ("/./g", "http://a/g"),
    ("/../g", "http://a/g"),
    ("g.", "http://a/b/c/g."),
    (".g", "http://a/b/c/.g"),
    ("g..", "http://a/b/c/g.."),
    ("..g", "http://a/b/c/..g"),
    ("./../g", "http://a/b/g"),
    ("./g/.", "http://a/b/c/g/"),
    ("g/./h", "http://a/b/c/g/h"),
    ("g/../h", "http://a/b/c/h"),
    ("g;x=1/./y", "http://a/b/c/g;x=1/y"),
    ("g;x=1/../y", "http://a/b/c/y"),
    ("g?y/./x", "http://a/b/c/g?y/./x"),
    ("g?y/../x", "http://a/b/c/g?y/../x"),
    ("g#s/./x", "http://a/b/c/g#s/./x"),
    ("g#s/../x", "http://a/b/c/g#s/../x"),
    ("http:g", "http:g"), // strict parser
]

/// (base, reference, expected) cases typical of JSON Schema `$id`/`$ref` use.
let schemaResolutionExamples: [(String, String, String)] = [
    ("http://localhost:1234/draft2020-12/tree", "node", "http://localhost:1234/draft2020-12/node"),
    ("http://localhost:1234/draft2020-12/tree", "#/$defs/a", "http://localhost:1234/draft2020-12/tree#/$defs/a"),
    ("http://example.com", "foo", "http://example.com/foo"),
    ("http://example.com/root.json", "folder/", "http://example.com/folder/"),
    ("http://example.com/folder/", "child1", "http://example.com/folder/child1"),
    ("http://example.com/a/b/c.json", "../x.json", "http://example.com/a/x.json"),
    ("http://example.com/a/b", "//host/p", "http://host/p"),
    ("http://example.com/a/b?x=1", "?q", "http://example.com/a/b?q"),
    ("urn:uuid:deadbeef-1234-ffff-ffff-4321feebdaed", "#foo", "urn:uuid:deadbeef-1234-ffff-ffff-4321feebdaed#foo"),
    ("urn:example:root", "urn:example:foo-bar-baz-qux#somepart", "urn:example:foo-bar-baz-qux#somepart"),
    ("file:///folder/file.json", "other.json#/$defs/x", "file:///folder/other.json#/$defs/x"),
    ("file:///folder/file.json", "/abs/b.json", "file:///abs/b.json"),
    ("tag:example.com,2025:schemas/ticket", "#bar", "tag:example.com,2025:schemas/ticket#bar"),
]

@Test(arguments: rfc3986NormalExamples)
func resolvesRFC3986NormalExample(_ reference: String, _ expected: String) throws {
    let base = try #require(URIReference(rfc3986Base))
    let ref = try #require(URIReference(reference))
    #expect(ref.resolved(against: base).description == expected)
}

@Test(arguments: rfc3986AbnormalExamples)
func resolvesRFC3986AbnormalExample(_ reference: String, _ expected: String) throws {
    let base = try #require(URIReference(rfc3986Base))
    let ref = try #require(URIReference(reference))
    #expect(ref.resolved(against: base).description == expected)
}

@Test(arguments: schemaResolutionExamples)
func resolvesSchemaStyleReference(_ base: String, _ reference: String, _ expected: String) throws {
    let b = try #require(URIReference(base))
    let r = try #require(URIReference(reference))
    #expect(r.resolved(against: b).description == expected)
}

/// Parsing then recomposing gives back the original string.
@Test(arguments: [
    "http://localhost:1234/draft2020-12/tree",
    "urn:uuid:deadbeef-1234-ffff-ffff-4321feebdaed",
    "urn:example:foo-bar-baz-qux#somepart",
    "tag:example.com,2025:x",
    "file:///folder/file.json",
    "#foo", "#/$defs/a", "../x.json", "child1", "folder/", "//host/p", "?q", "", "#", "?", "//",
    "http://u@h:8080/p%20q?a=1&b#f%2F",
])
func roundTrips(_ string: String) throws {
    let ref = try #require(URIReference(string))
    #expect(ref.description == string)
}

@Test func parsesComponents() throws {
    let u = try #require(URIReference("http://user@localhost:1234/draft2020-12/tree?x=1#frag"))
    #expect(u.scheme == "http")
    #expect(u.authority == "user@localhost:1234")
    #expect(u.path == "/draft2020-12/tree")
    #expect(u.query == "x=1")
    #expect(u.fragment == "frag")
    #expect(u.isAbsolute)

    let urn = try #require(URIReference("urn:example:foo-bar-baz-qux#somepart"))
    #expect(urn.scheme == "urn")
    #expect(urn.authority == nil)
    #expect(urn.path == "example:foo-bar-baz-qux")
    #expect(urn.fragment == "somepart")

    let file = try #require(URIReference("file:///folder/file.json"))
    #expect(file.authority == "")
    #expect(file.path == "/folder/file.json")

    let frag = try #require(URIReference("#/$defs/a"))
    #expect(frag.scheme == nil)
    #expect(!frag.isAbsolute)
    #expect(frag.path.isEmpty)
    #expect(frag.fragment == "/$defs/a")

    let emptyFragment = try #require(URIReference("http://x/y#"))
    #expect(emptyFragment.fragment == "")
    #expect(emptyFragment != emptyFragment.withoutFragment)
}

@Test func fragmentManipulation() throws {
    let u = try #require(URIReference("http://example.com/s.json#/a"))
    #expect(u.withoutFragment.description == "http://example.com/s.json")
    #expect(u.withoutFragment.fragment == nil)
    #expect(u.withFragment("b").description == "http://example.com/s.json#b")
    #expect(u.withFragment(nil) == u.withoutFragment)
    #expect(u.withoutFragment == URIReference("http://example.com/s.json"))
}

@Test func hopelessInputIsRejected() {
    #expect(URIReference("http://example.com/\n") == nil)
    #expect(URIReference("a\u{0}b") == nil)
}

/// A combining mark right after "/" must not confuse segment handling.
@Test func combiningMarkAfterSlash() throws {
    let base = try #require(URIReference("http://a/b"))
    let ref = try #require(URIReference("/\u{301}/./x/../y"))
    #expect(ref.resolved(against: base).description == "http://a/\u{301}/y")
}
