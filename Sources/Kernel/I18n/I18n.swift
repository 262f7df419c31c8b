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
        var text = tables[locale]?[key] ?? tables[.zhHans]?[key] ?? key
        for (index, arg) in args.enumerated() {
            text = text.replacingOccurrences(of: "{\(index)}", with: arg)
        }
        return text
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
