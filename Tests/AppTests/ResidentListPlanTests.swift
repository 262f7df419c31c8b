import CivicGridApp
import Kernel
import SQLKit
import Testing
@testable import Registry

/// A population type's list is read off the type's index in list order, for those who see sealed records and those who
/// do not (registry_0019), and the sealed people off their own small index: asked of SQLite, which plans without
/// statistics (PostgreSQL plans by its statistics, and a test's few rows scan).
@Suite("A type's people read the type's index in list order")
struct ResidentListPlanTests {
    @Test func aTypesListInListOrderAndTheSealedOffTheirOwnIndex() async throws {
        try await TestApp.run { app in
            let database = app.services.database
            guard database.kind == .sqlite else { return }
            for sealedToo in [true, false] {
                let plan = try await database.read { sql in
                    var people = sql.select().column("id").from("residents").where("grid_code", within: Scope(rootCode: "330199"))
                        .where("population_type", .equal, SQLBind(PopulationType.floating.rawValue))
                    if !sealedToo { people = people.where("sealed", .equal, 0) }
                    return try await StreetListPlanTests.plan(of: people.orderBy("grid_code").orderBy("name").limit(50).offset(100), on: sql)
                }
                #expect(plan.contains("INDEX residents_type_grid_name") && !plan.contains("TEMP B-TREE"), "sealed too: \(sealedToo): \(plan)")
            }
            let sealed = try await database.read { sql in
                try await StreetListPlanTests.plan(of: sql.select().column("id").from("residents").where(SQLColumn("id"), .in, ResidentStore.sealedIds), on: sql)
            }
            #expect(sealed.contains("INDEX residents_sealed"), "\(sealed)")
        }
    }
}
