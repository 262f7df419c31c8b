import Foundation
import Kernel
import SQLKit

/// The register's lists under a unit (see `RegistryListPages`), each reading within the unit the
/// path names, which the route has already checked lies inside the caller's jurisdiction.
public struct RegistryLists: Sendable {
    let database: Database
    let clock: any AppClock
    let strings: Strings

    public init(database: Database, clock: any AppClock, strings: Strings) {
        self.database = database
        self.clock = clock
        self.strings = strings
    }

    var all: [RegistryList] { [households, houses, rentals, organisations, permitsDue, tenanciesEnded] }

    func today() -> Day { Day(date: clock.now()) }

    /// Exports hold people's data: each is in the audit log with the list, the unit and its size.
    func recordExport(_ list: RegistryList, unit code: String, rows: Int, by actor: StaffContext) async throws {
        try await AuditLog().record(actor.audit("registry.export", "unit", code, detail: "\(list.slug) \(rows) rows"), at: clock.now(), in: database)
    }

    var households: RegistryList {
        RegistryList(slug: "households", titleKey: "households_title", columns: ["household_address", "grid_code", "household_members"],
                     types: [], searchKey: nil) { [database] query in
            let (items, total) = try await database.read {
                try await HouseholdStore().list(within: query.scope, limit: query.paging.limit, offset: query.paging.offset, on: $0)
            }
            return (items.map { .init(cells: [$0.address, $0.gridCode, String($0.members)], href: nil) }, total)
        }
    }

    var houses: RegistryList {
        RegistryList(slug: "houses", titleKey: "houses_title",
                     columns: ["house_building", "house_unit", "house_number", "house_use", "house_area", "house_owner"],
                     types: HouseUse.allCases.map { ($0.rawValue, $0.labelKey) }, searchKey: "houses_search") { [database, strings] query in
            let (items, total) = try await database.read {
                try await HouseStore().list(within: query.scope, use: query.type.flatMap(HouseUse.init(rawValue:)), q: query.q,
                                            limit: query.paging.limit, offset: query.paging.offset, on: $0)
            }
            return (items.map { h in
                .init(cells: [h.buildingCode, h.unit, h.number, strings.t(h.use.labelKey, query.locale), String(format: "%.1f", h.area), h.owner], href: nil)
            }, total)
        }
    }

    var rentals: RegistryList {
        RegistryList(slug: "rentals", titleKey: "rentals_title",
                     columns: ["rental_house", "rental_landlord", "rental_tenants", "rental_from", "rental_to", "rental_registered"],
                     types: RegistryListQueries.RentalFilter.allCases.map { ($0.rawValue, $0.labelKey) }, searchKey: nil) { [database, strings] query in
            let today = today()
            let (items, total) = try await database.read {
                try await RegistryListQueries().rentals(within: query.scope, filter: query.type.flatMap(RegistryListQueries.RentalFilter.init(rawValue:)),
                                                        today: today, limit: query.paging.limit, offset: query.paging.offset, on: $0)
            }
            return (items.map { r in
                .init(cells: ["\(r.building_code) \(r.unit.isEmpty ? "" : r.unit + "-")\(r.number)", r.landlord, String(r.tenants), r.from_on, r.to_on,
                              strings.t(r.registered != 0 ? "answer_yes" : "answer_no", query.locale)], href: nil)
            }, total)
        }
    }

    var organisations: RegistryList {
        RegistryList(slug: "organisations", titleKey: "organisations_title",
                     columns: ["organisation_name", "organisation_credit_code", "organisation_kind", "organisation_representative", "organisation_address", "grid_code"],
                     types: OrganisationKind.allCases.map { ($0.rawValue, $0.labelKey) }, searchKey: "organisations_search") { [database, strings] query in
            let (items, total) = try await database.read {
                try await OrganisationStore().list(within: query.scope, kind: query.type.flatMap(OrganisationKind.init(rawValue:)), name: query.q,
                                                   limit: query.paging.limit, offset: query.paging.offset, on: $0)
            }
            return (items.map { o in
                .init(cells: [o.name, o.creditCode, strings.t(o.kind.labelKey, query.locale), o.legalRepresentative, o.address, o.gridCode],
                      href: RegistryPath.organisation(o.id).path)
            }, total)
        }
    }

    var permitsDue: RegistryList {
        RegistryList(slug: "permits-due", titleKey: "permits_due_title",
                     columns: ["resident_name", "resident_id_number", "grid_code", "permit_issued", "permit_expires"],
                     types: [], searchKey: nil) { [database] query in
            let until = PermitRules.dueUntil(today: today())
            let (items, total) = try await database.read {
                try await RegistryListQueries().permitsDue(within: query.scope, until: until, includeSealed: query.staff.can(.viewSealedRecords),
                                                           limit: query.paging.limit, offset: query.paging.offset, on: $0)
            }
            return (items.map { p in
                .init(cells: [p.name, CitizenID.mask(p.id_number), p.grid_code, p.issued_on, p.expires_on], href: RegistryPath.resident(p.resident_id).path)
            }, total)
        }
    }

    var tenanciesEnded: RegistryList {
        RegistryList(slug: "tenancies-ended", titleKey: "tenancies_ended_title", columns: ["resident_name", "grid_code", "rental_to"],
                     types: [], searchKey: nil) { [database] query in
            let today = today()
            let (ended, total) = try await database.read {
                try await HouseStore().endedTenancies(within: query.scope, today: today, limit: query.paging.limit, offset: query.paging.offset, on: $0)
            }
            return (ended.map { .init(cells: [$0.name, $0.gridCode, $0.toOn], href: RegistryPath.resident($0.residentId).path) }, total)
        }
    }
}
