import Foundation

/// A leaf of the category tree under one of the four request classes.
public struct WorkOrderCategory: Sendable, Equatable {
    public let code: String
    public let parentCode: String?
    public let nameZh: String
    public let nameEn: String
    public let requestClass: RequestClass
    public let level: HandlingLevel
    /// Where non-administrative classes go (volunteer team, legal aid centre, petition module).
    public let handlingUnit: String?

    public func name(_ english: Bool) -> String { english ? nameEn : nameZh }
}

/// The defaults of SPEC.md module 3; the table is the configuration from then on.
enum DefaultCategories {
    static let all: [WorkOrderCategory] = [
        .init(code: "A", parentCode: nil, nameZh: "行政事务", nameEn: "Administrative", requestClass: .administrative, level: .other, handlingUnit: nil),
        .init(code: "A01", parentCode: "A", nameZh: "环境卫生", nameEn: "Sanitation", requestClass: .administrative, level: .community, handlingUnit: nil),
        .init(code: "A02", parentCode: "A", nameZh: "证明开具", nameEn: "Certificates", requestClass: .administrative, level: .community, handlingUnit: nil),
        .init(code: "A03", parentCode: "A", nameZh: "社会救助", nameEn: "Social assistance", requestClass: .administrative, level: .community, handlingUnit: nil),
        .init(code: "A04", parentCode: "A", nameZh: "道路与市政设施", nameEn: "Roads and public works", requestClass: .administrative, level: .district, handlingUnit: "县住房和城乡建设局"),
        .init(code: "A05", parentCode: "A", nameZh: "路灯照明", nameEn: "Street lighting", requestClass: .administrative, level: .district, handlingUnit: "县住房和城乡建设局"),
        .init(code: "A99", parentCode: "A", nameZh: "其他行政事务", nameEn: "Other administrative", requestClass: .administrative, level: .other, handlingUnit: nil),
        .init(code: "P", parentCode: nil, nameZh: "公共服务", nameEn: "Public service", requestClass: .publicService, level: .other, handlingUnit: "志愿服务队"),
        .init(code: "P01", parentCode: "P", nameZh: "志愿服务", nameEn: "Volunteer help", requestClass: .publicService, level: .other, handlingUnit: "志愿服务队"),
        .init(code: "L", parentCode: nil, nameZh: "涉法涉诉", nameEn: "Legal", requestClass: .legal, level: .other, handlingUnit: "法律援助中心"),
        .init(code: "L01", parentCode: "L", nameZh: "法律援助", nameEn: "Legal aid", requestClass: .legal, level: .other, handlingUnit: "法律援助中心"),
        .init(code: "X", parentCode: nil, nameZh: "信访维稳", nameEn: "Petition", requestClass: .petition, level: .other, handlingUnit: "信访"),
        .init(code: "X01", parentCode: "X", nameZh: "信访事项", nameEn: "Petition matter", requestClass: .petition, level: .other, handlingUnit: "信访"),
    ]
}
