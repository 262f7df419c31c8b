import Foundation

/// A notice every page of an area shows at its top while it lasts (a 预警 warning): the portal
/// and the staff home page ask for them without knowing which context issues them.
public struct Banner: Sendable, Equatable {
    /// `red`, `orange`, `yellow`, `blue`: the page's colour for it.
    public let colour: String
    public let labelKey: String
    public let title: String
    public let message: String
    public let until: Date

    public init(colour: String, labelKey: String, title: String, message: String, until: Date) {
        self.colour = colour
        self.labelKey = labelKey
        self.title = title
        self.message = message
        self.until = until
    }
}

public protocol ActiveBanners: Sendable {
    /// The banners in force now for someone rooted at `unitCode`; every one in force for the public (nil).
    func banners(for unitCode: String?) async throws -> [Banner]
}

/// A banner as the `banners` partial shows it.
public struct BannerRow: Encodable, Sendable, Equatable {
    public let colour: String, level: String, title: String, message: String, until: String
}

extension ViewRenderer {
    public func bannerRows(_ banners: [Banner], locale: AppLocale) -> [BannerRow] {
        banners.map { BannerRow(colour: $0.colour, level: t($0.labelKey, locale), title: $0.title, message: $0.message, until: TimeLeft.clock($0.until)) }
    }
}
