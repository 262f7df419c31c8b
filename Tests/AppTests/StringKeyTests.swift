import Foundation
import Testing

/// Every context speaks through its own string table (or Kernel's shared `common_*` labels), in
/// both languages: a template or Swift file that uses a key its context does not define, or
/// borrows another context's, fails here; so does a key two contexts define (the merged table
/// keeps one, and a page shows the other context's words).
@Suite("Strings: each context's keys defined by it, in both languages")
struct StringKeyTests {
    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Sources").standardized
    static let languages = ["en", "zh-Hans"]

    /// Keys used in templates (`{{t.key}}`) and in Swift where a literal names a message.
    static var templateKey: Regex<(Substring, Substring)> { #/\{\{\s*t\.([a-z][a-z0-9_]*)/# }
    static var swiftKey: Regex<(Substring, Substring)> { #/(?:(?:^|[^\w.])t\(|\.t\(|(?:^|[^\w])(?:invalid|conflict)\(|titleKey:\s*|errorKey:\s*|invalidKey:\s*|NavItem\(|messageKey:\s*)"([a-z][a-z0-9_]*)"/# }

    static func tables() throws -> [String: [String: Set<String>]] {
        var tables: [String: [String: Set<String>]] = [:]
        for context in try FileManager.default.contentsOfDirectory(atPath: sources.path) {
            for language in languages {
                let file = sources.appendingPathComponent("\(context)/Resources/i18n/\(language).json")
                guard let data = FileManager.default.contents(atPath: file.path) else { continue }
                let table = try #require(try JSONSerialization.jsonObject(with: data) as? [String: String])
                tables[context, default: [:]][language] = Set(table.keys)
            }
        }
        return tables
    }

    static func usedKeys(in context: String) throws -> [(key: String, file: String)] {
        let folder = sources.appendingPathComponent(context)
        guard let files = FileManager.default.enumerator(atPath: folder.path) else { return [] }
        var used: [(String, String)] = []
        for case let file as String in files where file.hasSuffix(".swift") || file.hasSuffix(".mustache") {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            let keys = file.hasSuffix(".swift") ? text.matches(of: swiftKey).map { String($0.1) } : text.matches(of: templateKey).map { String($0.1) }
            used += keys.map { ($0, "\(context)/\(file)") }
        }
        return used
    }

    @Test func everyKeyUsedIsDefinedByItsContextInBothLanguages() throws {
        let tables = try Self.tables()
        let kernel = try #require(tables["Kernel"])
        var checked = 0
        for context in try FileManager.default.contentsOfDirectory(atPath: Self.sources.path) {
            // The app target composes every context (navigation, the home page): it may use any table.
            let own = context == "CivicGridApp" ? Array(tables.values) : [tables[context] ?? [:], kernel]
            for (key, file) in try Self.usedKeys(in: context) {
                checked += 1
                for language in Self.languages {
                    #expect(own.contains { $0[language]?.contains(key) == true }, "\(file) uses \(key), which \(context) does not define in \(language)")
                }
            }
        }
        #expect(checked > 500)
    }

    @Test func bothLanguagesHaveTheSameKeysAndNoKeyHasTwoOwners() throws {
        let tables = try Self.tables()
        #expect(tables.count >= 7)
        var owners: [String: [String]] = [:]
        for (context, table) in tables {
            #expect(table["en"] == table["zh-Hans"], "\(context): \(table["en"]?.symmetricDifference(table["zh-Hans"] ?? []).sorted() ?? [])")
            for key in table["zh-Hans"] ?? [] { owners[key, default: []].append(context) }
        }
        let shared = owners.filter { $0.value.count > 1 }
        #expect(shared.isEmpty, "defined by more than one context: \(shared)")
    }

    /// The checker finds what it is meant to: a borrowed key in a template and a Swift literal.
    @Test func theScannerSeesTemplateAndSwiftKeys() {
        #expect("<h2>{{t.casework_history}}</h2>".matches(of: Self.templateKey).map { String($0.1) } == ["casework_history"])
        let swift = #"views.t("dispute_title", locale); throw AppError.invalid("workorder_error_unit"); request.set("grid_code")"#
        #expect(swift.matches(of: Self.swiftKey).map { String($0.1) } == ["dispute_title", "workorder_error_unit"])
    }
}

/// Pages are typed models (`PageModel`): no context spells `[String: Any]`, and Kernel's untyped
/// `page(data:)` is internal to it, so a page cannot be added the old way. What is left is Kernel's
/// own plumbing (the layout's values, the OpenAPI document), which may only shrink.
@Suite("Pages: typed models only")
struct UntypedPageTests {
    static let allowedInKernel = 18

    @Test func noUntypedPageDictionaries() throws {
        let sources = StringKeyTests.sources
        var kernel = 0
        var outside: [String] = []
        let files = try #require(FileManager.default.enumerator(atPath: sources.path))
        for case let file as String in files where file.hasSuffix(".swift") {
            let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
            let n = text.components(separatedBy: "[String: Any]").count - 1
            guard n > 0 else { continue }
            if file.hasPrefix("Kernel/") { kernel += n } else { outside.append("\(file): \(n)") }
        }
        #expect(outside.isEmpty, "[String: Any] outside Kernel: \(outside.sorted().joined(separator: ", "))")
        #expect(kernel <= Self.allowedInKernel, "[String: Any] appears \(kernel) times in Kernel (at most \(Self.allowedInKernel))")
    }
}

/// Templates get their URLs from the page model (each context's path enum), never spelled in the
/// markup, so a moved route cannot leave a dead link behind. Kernel's layout is the exception: it
/// cannot know the contexts, and names only its own static files, `/home` and `/logout`.
@Suite("Templates: URLs come from the model")
struct TemplateURLTests {
    @Test func noTemplateOutsideKernelSpellsAPath() throws {
        let sources = StringKeyTests.sources
        var found: [String] = []
        let files = try #require(FileManager.default.enumerator(atPath: sources.path))
        for case let file as String in files where file.hasSuffix(".mustache") && !file.hasPrefix("Kernel/") {
            let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
            for match in text.matches(of: /(?:href|action|src|data-[a-z-]+)="(\/[^"]*)"/) { found.append("\(file): \(match.1)") }
        }
        #expect(found.isEmpty, "paths spelled in templates: \(found.joined(separator: ", "))")
    }
}
