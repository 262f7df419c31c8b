// swift-tools-version:6.2
import PackageDescription

// Versions are exact: packages come from the local mirror, which holds only these.
let package = Package(
    name: "civicgrid",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "civicgrid", targets: ["civicgrid"]),
    ],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/hummingbird", exact: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", exact: "2.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", exact: "2.1.1"),
        .package(url: "https://github.com/vapor/sql-kit", exact: "3.36.0"),
        .package(url: "https://github.com/vapor/sqlite-kit", exact: "4.5.2"),
        .package(url: "https://github.com/vapor/postgres-kit", exact: "2.17.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", exact: "1.16.2"),
        .package(url: "https://github.com/apple/swift-metrics", exact: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", exact: "2.4.1"),
        .package(url: "https://github.com/apple/swift-crypto", exact: "4.5.2"),
        // Already built for HummingbirdTesting; the benchmark drives the server over loopback with it.
        .package(url: "https://github.com/swift-server/async-http-client", exact: "1.37.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
        .package(url: "https://github.com/CoreOffice/XMLCoder", exact: "0.18.2"),
        // Already built for Hummingbird; the supervision sweeper is one of the app's services.
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", exact: "2.13.0"),
    ],
    targets: [
        .target(
            name: "Kernel",
            dependencies: [
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdAuth", package: "hummingbird-auth"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "SQLiteKit", package: "sqlite-kit"),
                .product(name: "PostgresKit", package: "postgres-kit"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            resources: [.copy("Resources")]
        ),
        // Reading and writing .xlsx and CSV: only what imports or exports depends on it.
        .target(
            name: "Spreadsheets",
            dependencies: [
                "Kernel",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "XMLCoder", package: "XMLCoder"),
            ]
        ),
        .target(
            name: "Grids",
            dependencies: ["Kernel"],
            resources: [.copy("Resources")]
        ),
        .target(
            name: "Registry",
            dependencies: ["Kernel", "Spreadsheets"],
            resources: [.copy("Resources")]
        ),
        .target(
            name: "WorkOrders",
            dependencies: ["Kernel", .product(name: "Metrics", package: "swift-metrics")],
            resources: [.copy("Resources")]
        ),
        .target(
            name: "Petitions",
            dependencies: ["Kernel", "WorkOrders"],
            resources: [.copy("Resources")]
        ),
        .target(
            name: "Disputes",
            dependencies: ["Kernel"],
            resources: [.copy("Resources")]
        ),
        .target(
            name: "RiskAssessment",
            dependencies: ["Kernel"],
            resources: [.copy("Resources")]
        ),
        .target(
            name: "Safety",
            dependencies: ["Kernel", "Spreadsheets"],
            resources: [.copy("Resources")]
        ),
        .target(
            name: "Participation",
            dependencies: ["Kernel"],
            resources: [.copy("Resources")]
        ),
        .target(
            name: "Caseloads",
            dependencies: ["Kernel"],
            resources: [.copy("Resources")]
        ),
        .target(
            name: "Accounts",
            dependencies: ["Kernel", .product(name: "HummingbirdBcrypt", package: "hummingbird-auth")],
            resources: [.copy("Resources")]
        ),
        .target(
            name: "CivicGridApp",
            dependencies: [
                "Kernel", "Grids", "Accounts", "Registry", "WorkOrders", "Petitions", "Disputes", "RiskAssessment", "Safety", "Participation", "Caseloads",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "Metrics", package: "swift-metrics"),
            ],
            resources: [.copy("Resources")]
        ),
        .executableTarget(
            name: "civicgrid",
            dependencies: [
                "CivicGridApp", "Kernel", "Grids", "Accounts", "Registry", "WorkOrders", "Petitions", "Disputes", "RiskAssessment", "Safety", "Participation", "Caseloads", "Spreadsheets",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "SQLKit", package: "sql-kit"),
            ]
        ),
        // What the fuzzer feeds hostile bytes to (scripts/fuzz); the regression test replays its finds.
        .target(name: "FuzzTargets", dependencies: ["Kernel", "Grids", "WorkOrders", "Spreadsheets"]),
        // libFuzzer's entry point; only useful built with -sanitize=fuzzer (scripts/fuzz).
        .executableTarget(name: "civicgrid-fuzz", dependencies: ["FuzzTargets"]),
        // Shared by the test targets only: a fresh database per test, SQLite or PostgreSQL.
        .target(name: "KernelTesting", dependencies: ["Kernel", .product(name: "SQLKit", package: "sql-kit")]),
        .testTarget(name: "KernelTests", dependencies: ["Kernel", "KernelTesting", .product(name: "Logging", package: "swift-log"),
                                                        .product(name: "Mustache", package: "swift-mustache")]),
        .testTarget(name: "SpreadsheetsTests", dependencies: ["Spreadsheets", "Kernel", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .testTarget(name: "WorkOrdersTests", dependencies: ["WorkOrders", "Kernel"]),
        .testTarget(name: "PetitionsTests", dependencies: ["Petitions", "Kernel"]),
        .testTarget(name: "DisputesTests", dependencies: ["Disputes", "Kernel"]),
        .testTarget(name: "RiskAssessmentTests", dependencies: ["RiskAssessment", "Kernel"]),
        .testTarget(name: "SafetyTests", dependencies: ["Safety", "Kernel"]),
        .testTarget(name: "ParticipationTests", dependencies: ["Participation", "Kernel"]),
        .testTarget(name: "CaseloadsTests", dependencies: ["Caseloads", "Kernel"]),
        .testTarget(
            name: "GridsTests",
            dependencies: ["Grids", "Kernel", "KernelTesting"]
        ),
        .testTarget(
            name: "AppTests",
            dependencies: [
                "CivicGridApp", "Kernel", "Grids", "Accounts", "Registry", "WorkOrders", "Petitions", "Disputes", "KernelTesting",
                "FuzzTargets", "Spreadsheets", "Caseloads", "Participation",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            // Databases made by earlier releases, read by the upgrade test from the source tree.
            exclude: ["Fixtures"]
        ),
    ]
)
