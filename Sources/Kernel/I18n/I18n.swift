import Foundation

/// Interface languages: Chinese first, English beside it.
public enum AppLocale: String, Sendable, Codable, CaseIterable {
    case zhHans = "zh-Hans"
    case en

    /// Picks a locale from a cookie value or an Accept-Language header; Chinese when unsure.
    public static func from(_ value: String?) -> AppLocale? {
        guard let value = value?.lowercased(), !value.isEmpty else { return nil }
        for part in value.split(separator: ",") {
            let tag = part.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
            if tag.hasPrefix("zh") { return .zhHans }
            if tag.hasPrefix("en") { return .en }
        }
        return nil
    }

    public var other: AppLocale { self == .zhHans ? .en : .zhHans }
}

/// The string tables. Each context ships `zh-Hans.json` and `en.json`; the app merges them once.
/// Keys use underscores so templates can say `{{t.login_title}}`.
public struct Strings: Sendable {
    private var tables: [AppLocale: [String: String]]

    public init(tables: [AppLocale: [String: String]] = [:]) {
        self.tables = tables
    }

    /// Loads `<directory>/<locale>.json` for every locale and merges it in.
    public mutating func load(directory: URL) throws {
        for locale in AppLocale.allCases {
            let file = directory.appendingPathComponent("\(locale.rawValue).json")
            guard FileManager.default.fileExists(atPath: file.path) else { continue }
            let table = try JSONDecoder().decode([String: String].self, from: Data(contentsOf: file))
            tables[locale, default: [:]].merge(table) { _, new in new }
        }
    }

    public func table(_ locale: AppLocale) -> [String: String] {
        tables[locale] ?? [:]
    }

    /// The text for `key`, with `{0}`, `{1}`… replaced by `args`. Falls back to Chinese, then the key.
    public func t(_ key: String, _ locale: AppLocale, _ args: [String] = []) -> String {
        let text = tables[locale]?[key] ?? tables[.zhHans]?[key] ?? key
        return args.isEmpty ? text : Self.filled(text, args)
    }

    /// `text` with each `{n}` that names one of `args` replaced by it, in one pass, so an argument's own text (a
    /// resident's words) is never searched for placeholders. Foundation's `replacingOccurrences`, once per argument,
    /// was 4 % of a work list page's CPU (each row's deadline and status, `bench lists --pages`).
    static func filled(_ text: String, _ args: [String]) -> String {
        let open = UInt8(ascii: "{"), close = UInt8(ascii: "}")
        var out = "", rest = Substring(text)
        out.reserveCapacity(text.utf8.count + args.reduce(0) { $0 + $1.utf8.count })
        while let brace = rest.utf8.firstIndex(of: open) {
            out += rest[..<brace]
            let digits = rest.utf8[rest.utf8.index(after: brace)...].prefix { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
            if !digits.isEmpty, digits.endIndex < rest.utf8.endIndex, rest.utf8[digits.endIndex] == close,
               let index = Int(Substring(digits)), index < args.count {
                out += args[index]
                rest = rest[rest.utf8.index(after: digits.endIndex)...]
            } else {
                out += "{"
                rest = rest[rest.utf8.index(after: brace)...]
            }
        }
        return out + rest
    }

    /// Keys present in one locale and missing from the other: a test keeps this empty.
    public func missingKeys() -> [AppLocale: [String]] {
        let zh = Set(table(.zhHans).keys), en = Set(table(.en).keys)
        return [.en: zh.subtracting(en).sorted(), .zhHans: en.subtracting(zh).sorted()]
    }

    /// The Kernel's own table.
    public static func kernel() throws -> Strings {
        var strings = Strings()
        try strings.load(directory: KernelResources.directory.appendingPathComponent("i18n"))
        return strings
    }
}

public enum KernelResources {
    public static var directory: URL {
        Bundle.module.url(forResource: "Resources", withExtension: nil)!
    }
}
