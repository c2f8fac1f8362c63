import CSWSchema

enum CSWSchemaFormat {
    static func check(_ format: String, _ value: String) -> Bool { FormatChecker.check(format, value) ?? true }
}
