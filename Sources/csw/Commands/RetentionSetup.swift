import ArgumentParser
import CSWCore
import CSWJSON

/// Reading the rules and the files they cover, shared by plan and apply.
enum RetentionSetup {
    /// csw.json's rules (stops with exit 1 and diagnostics when they are wrong), narrowed to
    /// `only` when it names rules (an unknown name stops with exit 2).
    static func rules(_ workspace: Workspace, only: [String] = []) throws -> [RetentionRule] {
        let err = Terminal.standardError
        let document: JSONDocument
        switch JSONDocument.parse(try workspace.read("csw.json")) {
        case .success(let parsed): document = parsed
        case .failure(let error):
            err.write("csw.json:\(error.location.line):\(error.location.column): error: \(TerminalText.visible(error.message))\n" +
                      "  note: no retention rule was read; 'csw validate' shows every problem of csw.json\n")
            throw ExitCode(1)
        }
        let (rules, diagnostics) = RetentionRules.parse(document.root)
        if !diagnostics.isEmpty {
            var printer = DiagnosticPrinter(format: .text, out: .standardError)
            printer.print(diagnostics)
            err.write("csw.json's retention rules have \(diagnostics.count) problem\(diagnostics.count == 1 ? "" : "s"); nothing was planned or removed\n")
            throw ExitCode(1)
        }
        for name in only where !rules.contains(where: { $0.name == name }) {
            let guess = RetentionRules.closest(name, in: rules.map(\.name))
            err.write("error: csw.json has no retention rule named \(TerminalText.visible(name))\n" +
                      "  note: \(guess.map { "did you mean \($0)? " } ?? "")the rules are: \(rules.isEmpty ? "none" : rules.map(\.name).joined(separator: ", "))\n")
            throw ExitCode(2)
        }
        return only.isEmpty ? rules : rules.filter { only.contains($0.name) }
    }

    /// The files the rules may touch: covered files of every customer folder (read without
    /// following links), and .csw/delivered.jsonl when a rule covers notifications.
    static func sources(_ workspace: Workspace, rules: [RetentionRule]) throws -> [RetentionSource] {
        let covered = Set(rules.map(\.covers))
        var sources: [RetentionSource] = []
        do {
            if !covered.subtracting([.notifications]).isEmpty {
                for name in try workspace.reader.customerNames().sorted() {
                    for case .file(let path, let bytes) in try workspace.reader.readCustomer(name).entries {
                        guard let kind = RetentionSource.kind(inCustomerFolder: path) else { continue }
                        sources.append(RetentionSource(path: "customers/\(name)/\(path)", kind: kind, bytes: bytes))
                    }
                }
            }
            if covered.contains(.notifications), let folder = try? SafeFolder.open(workspace.root + "/.csw", under: workspace.root),
               let bytes = folder.read("delivered.jsonl") {
                sources.append(RetentionSource(path: RetentionSource.deliveredPath, kind: .delivered, bytes: bytes))
            }
        } catch {
            Terminal.standardError.write("error: \(error)\n")
            throw ExitCode(2)
        }
        return sources.sorted { $0.path < $1.path }
    }

    /// The plan for people: each rule, what it would remove and why. File names and names
    /// from the files pass the PHI redaction, as diagnostics do (PHIRedaction).
    static func text(_ plan: RetentionPlan) -> String {
        let scanner = PHIScanner()
        var text = "retention as of \(plan.today): \(plan.rules.count) rule\(plan.rules.count == 1 ? "" : "s") in csw.json\n"
        for rule in plan.rules {
            let items = plan.items(of: rule.name)
            text += "\(rule.name): \(rule.limitText(today: plan.today)): \(items.isEmpty ? "nothing" : count(items))\n"
            for item in items {
                let place = item.entry == nil ? item.path : "\(item.path): \(item.what)"
                text += "  \(item.date)  \(TerminalText.visible(PHIRedaction.redact(place, scanner: scanner)))\n"
            }
        }
        return text
    }

    /// "3 files" / "1 entry" / "2 files and 4 entries".
    static func count(_ items: [RetentionItem]) -> String {
        let files = items.filter { $0.entry == nil }.count, entries = items.count - files
        let parts = [files > 0 ? "\(files) file\(files == 1 ? "" : "s")" : nil, entries > 0 ? "\(entries) entr\(entries == 1 ? "y" : "ies")" : nil]
        return parts.compactMap { $0 }.joined(separator: " and ")
    }

    static func json(_ plan: RetentionPlan) -> JSONValue {
        var root = JSONObject()
        root["today"] = .string(plan.today)
        root["rules"] = .array(plan.rules.map { rule in
            var o = JSONObject()
            o["name"] = .string(rule.name)
            o["covers"] = .string(rule.covers.rawValue)
            if let age = rule.olderThan { o["older_than"] = .string(age.text) }
            o["before"] = .string(rule.cutoff(today: plan.today) ?? "")
            o["count"] = .number(JSONNumber(plan.items(of: rule.name).count))
            return .object(o)
        })
        root["items"] = .array(plan.items.map { item in
            var o = JSONObject()
            o["rule"] = .string(item.rule)
            o["path"] = .string(item.path)
            if let entry = item.entry { o["entry"] = .number(JSONNumber(entry)) }
            o["what"] = .string(item.what)
            o["date"] = .string(item.date)
            return .object(o)
        })
        root["count"] = .number(JSONNumber(plan.items.count))
        return .object(root)
    }

    /// What every run that removes something says about git history.
    static let historyNote = "git history still holds what was removed; to purge it from history follow docs/SECURITY.md, \"If patient data was committed\", then prove it with csw audit --phi-history"
}
