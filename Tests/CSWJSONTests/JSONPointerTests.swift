import Testing
@testable import CSWJSON

@Suite struct JSONPointerTests {
    @Test func escapeAndTokensRoundTrip() {
        #expect(JSONPointer.escape("a/b~c") == "a~1b~0c")
        #expect(JSONPointer.tokens("") == [])
        #expect(JSONPointer.tokens("/a~1b~0c/0/") == ["a/b~c", "0", ""])
        #expect(JSONPointer.tokens("/~01") == ["~1"], "~0 is decoded after ~1, as RFC 6901 says")
        for name in ["plain", "x/y", "~", "~1", "a~0/b"] {
            #expect(JSONPointer.tokens("/" + JSONPointer.escape(name)) == [name])
        }
    }
}
