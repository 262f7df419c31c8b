import Kernel

/// Kinds of population in the "real population" register (实有人口).
public enum PopulationType: String, Sendable, Codable, CaseIterable {
    case registered          // 户籍
    case floating            // 流动
    case overseas            // 境外
    case leftBehind = "left_behind"  // 留守

    public var labelKey: String { "population_\(rawValue)" }
}

/// One person in the register. The full ID number and phone never leave the service unmasked
/// unless the caller may see them and asked to.
public struct Resident: Sendable, Equatable {
    public var id: String
    public var name: String
    public var idNumber: String
    public var sex: CitizenID.Sex
    public var birthDate: Day
    public var ethnicity: String
    public var phone: String?
    public var registeredAddress: String
    public var currentAddress: String
    public var populationType: PopulationType
    public var gridCode: String
    public var buildingCode: String?
    /// A minor's sealed record: hidden from roles the law does not name.
    public var sealed: Bool

    public init(id: String, name: String, idNumber: String, sex: CitizenID.Sex, birthDate: Day, ethnicity: String,
                phone: String?, registeredAddress: String, currentAddress: String, populationType: PopulationType,
                gridCode: String, buildingCode: String? = nil, sealed: Bool = false) {
        self.id = id
        self.name = name
        self.idNumber = idNumber
        self.sex = sex
        self.birthDate = birthDate
        self.ethnicity = ethnicity
        self.phone = phone
        self.registeredAddress = registeredAddress
        self.currentAddress = currentAddress
        self.populationType = populationType
        self.gridCode = gridCode
        self.buildingCode = buildingCode
        self.sealed = sealed
    }
}
