import Testing
@testable import CSWJSON

@Suite struct NumberTests {
    @Test func equalityIsByValue() {
        #expect(JSONNumber("1.0")! == JSONNumber("1")!)
        #expect(JSONNumber("-0")! == JSONNumber("0")!)
        #expect(JSONNumber("1e2")! == JSONNumber("100")!)
        #expect(JSONNumber("0.1")! != JSONNumber("0.10000000000000001")!)
        #expect(Set([JSONNumber("1.0")!, JSONNumber("1")!]).count == 1)
    }

    @Test func orderingIsExact() {
        #expect(JSONNumber("18446744073709551615")! < JSONNumber("18446744073709551616")!)
        #expect(JSONNumber("-2")! < JSONNumber("-1.5")!)
        #expect(JSONNumber("0.0075")! < JSONNumber("0.00751")!)
        #expect(!(JSONNumber("3")! < JSONNumber("3.0")!))
    }

    @Test func integersAndMultiples() {
        #expect(JSONNumber("1.0")!.isInteger)
        #expect(JSONNumber("1e3")!.isInteger)
        #expect(!JSONNumber("1.5")!.isInteger)
        #expect(JSONNumber("0.0075")!.isMultiple(of: JSONNumber("0.0001")!))
        #expect(!JSONNumber("0.00751")!.isMultiple(of: JSONNumber("0.0001")!))
        #expect(JSONNumber("1e308")!.isMultiple(of: JSONNumber("0.5")!))
        #expect(JSONNumber("4.5")!.isMultiple(of: JSONNumber("1.5")!))
        #expect(!JSONNumber("35")!.isMultiple(of: JSONNumber("1.5")!))
    }

    @Test func syntaxCheck() {
        for good in ["0", "-0", "1.5", "1e5", "1E-5", "-12.5e+3"] { #expect(JSONNumber(good) != nil, "\(good)") }
        for bad in ["01", "+1", ".5", "1.", "1e", "NaN", "", "-"] { #expect(JSONNumber(bad) == nil, "\(bad)") }
    }
}
