import Kernel
import SQLKit

/// The jurisdiction tree, grid teams and the spatial revision counter. Numbered; never edited once released.
public enum GridMigrations {
    public static let all: [Migration] = [
        Migration("grids_0001_units") { sql, kind in
            try await sql.create(table: "units")
                .column("code", type: kind.codeType, .primaryKey(autoIncrement: false))
                .column("parent_code", type: kind.codeType)
                .column("level", type: .text, .notNull)
                .column("name", type: .text, .notNull)
                .column("settlement", type: .text, .notNull)
                .column("households", type: .bigint)
                .column("address", type: .text)
                .column("polygon", type: .text)
                .column("lon", type: kind.doubleType)
                .column("lat", type: kind.doubleType)
                .column("min_lon", type: kind.doubleType)
                .column("min_lat", type: kind.doubleType)
                .column("max_lon", type: kind.doubleType)
                .column("max_lat", type: kind.doubleType)
                .column("created_at", type: .bigint, .notNull)
                .column("updated_at", type: .bigint, .notNull)
                .run()
            try await sql.create(index: "units_parent").on("units").column("parent_code").run()
            // Lists walk one level in code order inside a scope's code range.
            try await sql.create(index: "units_level_code").on("units").column("level").column("code").run()
            // Overlap checks look up outlines of one level by bounding box.
            try await sql.create(index: "units_level_bbox").on("units").column("level").column("min_lon").run()
            try await sql.create(table: "grid_team")
                .column("id", type: .text, .primaryKey(autoIncrement: false))
                .column("grid_code", type: kind.codeType, .notNull, .references("units", "code"))
                .column("name", type: .text, .notNull)
                .column("position", type: .text, .notNull)
                .column("phone", type: .text)
                .column("building_code", type: kind.codeType)
                .column("staff_id", type: .text)
                .run()
            try await sql.create(index: "grid_team_grid").on("grid_team").column("grid_code").run()
            // Bumped whenever a grid outline changes, so every server process reloads its locate index.
            try await sql.create(table: "spatial_revision")
                .column("id", type: .bigint, .primaryKey(autoIncrement: false))
                .column("revision", type: .bigint, .notNull)
                .run()
            try await sql.insert(into: "spatial_revision").columns("id", "revision").values(SQLBind(Int64(1)), SQLBind(Int64(0))).run()
        },
        Migration("grids_0002_unit_tallies") { sql, _ in
            // How many units of each level lie under each unit (`UnitTallies`), counted from the units already there.
            try await sql.create(table: UnitTallies.table)
                .column("unit_code", type: .text, .notNull)
                .column("depth", type: .int, .notNull)
                .column("level", type: .text, .notNull)
                .column("n", type: .int, .notNull)
                .primaryKey("unit_code", "level")
                .run()
            try await UnitTallies.recount(on: sql)
        },
    ]
}
