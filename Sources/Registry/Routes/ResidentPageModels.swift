import Foundation
import Kernel

/// One person as the register's pages and its export show them: masked unless `full`.
struct ResidentRow: Encodable, Sendable {
    let id: String, url: String, name: String, idNumber: String, sex: String, birthDate: String, ethnicity: String, phone: String
    let registeredAddress: String, currentAddress: String, type: String, gridCode: String

    init(_ r: Resident, full: Bool, views: ViewRenderer, locale: AppLocale) {
        (id, url, name, idNumber) = (r.id, RegistryPath.resident(r.id).path, r.name, full ? r.idNumber : CitizenID.mask(r.idNumber))
        sex = views.t("sex_\(r.sex.rawValue)", locale)
        (birthDate, ethnicity) = (r.birthDate.description, r.ethnicity)
        phone = r.phone.map { full ? $0 : PhoneNumber.masked($0) } ?? ""
        (registeredAddress, currentAddress) = (r.registeredAddress, r.currentAddress)
        type = views.t(r.populationType.labelKey, locale)
        gridCode = r.gridCode
    }

    /// The export's columns, in the order of its header.
    var cells: [String] { [name, idNumber, sex, birthDate, ethnicity, phone, registeredAddress, currentAddress, type, gridCode] }
}

/// `residents.mustache`: a unit's people, masked, with the type filter and search.
struct ResidentListPage: PageModel {
    let code: String, q: String
    let unitUrl: String, exportUrl: String, newUrl: String, importUrl: String, searchUrl: String
    let canImport: Bool
    let types: [PageChoice]
    let residents: [ResidentRow]
    let total: String
    let prev: String, next: String

    init(code: String, q: String?, type: PopulationType?, items: [Resident], total: Int, countCap: Int, pager: [String: String], viewer: Staff, views: ViewRenderer,
         locale: AppLocale) {
        (self.code, self.q, canImport) = (code, q ?? "", viewer.can(.manageResidents))
        (unitUrl, exportUrl, newUrl) = (UnitPagePath.path(code), RegistryPath.residentsExport(code).path, RegistryPath.newResident(code).path)
        (importUrl, searchUrl) = (RegistryPath.importForm(code).path, RegistryPath.residents(code).path)
        types = PopulationType.allCases.map { PageChoice(value: $0.rawValue, label: views.t($0.labelKey, locale), selected: $0 == type) }
        residents = items.map { ResidentRow($0, full: false, views: views, locale: locale) }
        self.total = views.t("pager_total", locale, [ListTotal.label(total, cap: countCap)])
        (prev, next) = (pager["prev"] ?? "", pager["next"] ?? "")
    }
}

/// `resident_conflicts.mustache`: numbers someone tried to register where they are already registered.
struct ResidentConflictsPage: PageModel {
    struct Row: Encodable, Sendable { let url: String, residentId: String, existingGrid: String, attemptedGrid: String, by: String, at: String }
    let conflicts: [Row]
    let total: String
    let prev: String, next: String

    init(_ items: [ResidentConflictStore.Conflict], total: Int, pager: [String: String], views: ViewRenderer, locale: AppLocale) {
        conflicts = items.map { Row(url: RegistryPath.resident($0.residentId).path, residentId: $0.residentId, existingGrid: $0.existingGrid, attemptedGrid: $0.attemptedGrid, by: $0.attemptedBy,
                                    at: TimeLeft.clock($0.createdAt)) }
        self.total = views.t("pager_total", locale, [String(total)])
        (prev, next) = (pager["prev"] ?? "", pager["next"] ?? "")
    }
}

/// `resident.mustache`: one person, with the audited reveal and the seal for those who may.
struct ResidentPage: PageModel {
    let r: ResidentRow
    let unitUrl: String, listUrl: String, editUrl: String, revealUrl: String, sealUrl: String
    let full: Bool, canReveal: Bool, canEdit: Bool, saved: Bool, sealed: Bool, canSeal: Bool
    let sealTo: String
    let error: String?

    init(_ resident: Resident, full: Bool, saved: Bool, viewer: Staff, error: AppError?, views: ViewRenderer, locale: AppLocale) {
        r = ResidentRow(resident, full: full, views: views, locale: locale)
        (unitUrl, listUrl) = (UnitPagePath.path(resident.gridCode), RegistryPath.residents(resident.gridCode).path)
        (editUrl, revealUrl, sealUrl) = (RegistryPath.editResident(resident.id).path, RegistryPath.reveal(resident.id).path, RegistryPath.seal(resident.id).path)
        (self.full, canReveal, canEdit, self.saved) = (full, !full && viewer.can(.viewFullIdentifiers), viewer.can(.manageResidents), saved)
        (sealed, canSeal, sealTo) = (resident.sealed, viewer.can(.sealRecords), resident.sealed ? "0" : "1")
        self.error = views.message(error, locale)
    }
}

/// `resident_edit.mustache`: registering a person under a unit, or correcting one.
struct ResidentFormPage: PageModel {
    let values: [String: String]
    let types: [PageChoice]
    let action: String, back: String, backLabel: String
    let maskedPhone: String
    let isNew: Bool
    let error: String?

    init(values: [String: String], action: String, back: String, backLabel: String, maskedPhone: String = "", isNew: Bool, error: AppError?,
         views: ViewRenderer, locale: AppLocale) {
        self.values = values
        types = PopulationType.allCases.map { PageChoice(value: $0.rawValue, label: views.t($0.labelKey, locale), selected: values["population_type"] == $0.rawValue) }
        (self.action, self.back, self.backLabel, self.maskedPhone, self.isNew) = (action, back, backLabel, maskedPhone, isNew)
        self.error = views.message(error, locale)
    }
}

/// `registry_list.mustache`: one of the register's lists under a unit (households, houses, tenancies...).
struct RegistryListPage: PageModel {
    struct Row: Encodable, Sendable { let first: String, href: String, rest: [String] }
    let code: String, slug: String, q: String
    let unitUrl: String, searchUrl: String
    let hasSearch: Bool, searchLabel: String
    let hasTypes: Bool, types: [PageChoice]
    let columns: [String]
    let rows: [Row]
    let total: String
    let exportUrl: String
    let prev: String, next: String

    init(_ list: RegistryList, code: String, q: String?, type: String?, rows items: [RegistryList.Row], total: Int, pager: [String: String],
         views: ViewRenderer, locale: AppLocale) {
        (self.code, slug, self.q) = (code, list.slug, q ?? "")
        (unitUrl, searchUrl) = (UnitPagePath.path(code), RegistryPath.list(code, list.slug).path)
        (hasSearch, searchLabel) = (list.searchKey != nil, list.searchKey.map { views.t($0, locale) } ?? "")
        hasTypes = !list.types.isEmpty
        types = list.types.map { PageChoice(value: $0.value, label: views.t($0.labelKey, locale), selected: $0.value == type) }
        columns = list.columns.map { views.t($0, locale) }
        rows = items.map { Row(first: $0.cells.first ?? "", href: $0.href ?? "", rest: Array($0.cells.dropFirst())) }
        // The register's lists stop counting at the cap, a text search's at its own.
        self.total = views.t("pager_total", locale, [ListTotal.label(total, cap: q == nil ? ListTotal.cap : ListTotal.searchCap)])
        exportUrl = RegistryPath.listExport(code, list.slug).path + (type.map { "?type=\($0)" } ?? "")
        (prev, next) = (pager["prev"] ?? "", pager["next"] ?? "")
    }
}
