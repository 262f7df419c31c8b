/// Kinds of organisation in the register (两新组织 and public bodies).
public enum OrganisationKind: String, Sendable, Codable, CaseIterable {
    case enterprise
    case socialOrganisation = "social_organisation"
    case publicInstitution = "public_institution"

    public var labelKey: String { "organisation_\(rawValue)" }
}

/// An organisation in a grid, identified by its unified social credit code (GB 32100).
public struct Organisation: Sendable, Equatable {
    public var id: String
    public var name: String
    public var creditCode: String
    public var kind: OrganisationKind
    public var legalRepresentative: String
    public var address: String
    public var gridCode: String
}
