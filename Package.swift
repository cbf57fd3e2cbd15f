// swift-tools-version:6.1
import PackageDescription

/// Settings every Patuh target shares: Swift 6 language mode plus the upcoming
/// features the house style asks for.
let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

/// EvidenceRegistry reads `struct stat` fields of libc. With ZIPFoundation linked, CoreFoundation and
/// Dispatch also import libc's headers, and which module the compiler names as the declaration's
/// owner varies from build to build; under MemberImportVisibility that made clean builds fail at
/// random ("st_mtim is not available due to missing import of defining module CDispatch"). This
/// target keeps the other upcoming features and leaves that one out.
let posixSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "Patuh",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "patuh", targets: ["patuh"]),
        // Fuzz targets: `swift build -Xswiftc -sanitize=fuzzer,address --product patuh-fuzz`
        // (see Benchmarks/fuzz.sh); a plain build only replays saved inputs.
        .executable(name: "patuh-fuzz", targets: ["PatuhFuzz"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    ],
    targets: [
        // MARK: - Ground floor
        .target(
            name: "Core",
            swiftSettings: strictSettings
        ),

        // MARK: - libxml2
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(
            name: "XMLSupport",
            dependencies: ["Core", "CLibXML2"],
            swiftSettings: strictSettings
        ),

        // MARK: - Domain
        .target(
            name: "Catalog",
            dependencies: ["Core", "XMLSupport"],
            swiftSettings: strictSettings
        ),

        .target(
            name: "Pembinaan",
            dependencies: ["Core", "Catalog"],
            swiftSettings: strictSettings
        ),
        .target(
            name: "Assessment",
            dependencies: ["Core", "Catalog", "XMLSupport"],
            swiftSettings: strictSettings
        ),
        .target(
            name: "EvidenceRegistry",
            dependencies: [
                "Core",
                "Catalog",
                "XMLSupport",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            swiftSettings: posixSettings
        ),

        .target(
            name: "Paket",
            dependencies: [
                "Core",
                "XMLSupport",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            swiftSettings: strictSettings
        ),

        // MARK: - Interoperability
        .target(
            name: "Interop",
            dependencies: [
                "Core",
                "Catalog",
                "Assessment",
                "XMLSupport",
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: strictSettings
        ),

        // MARK: - Persistence
        .target(
            name: "Store",
            dependencies: [
                "Core",
                "Catalog",
                "Assessment",
                "EvidenceRegistry",
                "Pembinaan",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: strictSettings
        ),

        // MARK: - Reports
        .target(
            name: "Reporting",
            dependencies: [
                "Core",
                "XMLSupport",
                "Catalog",
                "Assessment",
                "Pembinaan",
                "EvidenceRegistry",
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            swiftSettings: strictSettings
        ),

        // MARK: - Application layer
        .target(
            name: "Workspace",
            dependencies: [
                "Core",
                "XMLSupport",
                "Catalog",
                "EvidenceRegistry",
                "Assessment",
                "Pembinaan",
                "Store",
                "Paket",
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: strictSettings
        ),

        // MARK: - LKPP's portfolio and the web
        .target(
            name: "Portfolio",
            dependencies: [
                "Core",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictSettings
        ),
        .target(
            name: "WebSupport",
            dependencies: [
                "Core",
                "Reporting",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: strictSettings
        ),
        .target(
            name: "Server",
            dependencies: [
                "Core",
                "Catalog",
                "Assessment",
                "Pembinaan",
                "EvidenceRegistry",
                "Paket",
                "Reporting",
                "Workspace",
                "Store",
                "Portfolio",
                "WebSupport",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictSettings
        ),

        .target(
            name: "LocalWeb",
            dependencies: [
                "Core",
                "Catalog",
                "Assessment",
                "EvidenceRegistry",
                "Paket",
                "Reporting",
                "Workspace",
                "WebSupport",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictSettings
        ),

        // MARK: - Command line
        .target(
            name: "PatuhCLI",
            dependencies: [
                "Core",
                "XMLSupport",
                "Catalog",
                "Pembinaan",
                "Store",
                "EvidenceRegistry",
                "Assessment",
                "Reporting",
                "Workspace",
                "Interop",
                "Paket",
                "Portfolio",
                "WebSupport",
                "Server",
                "LocalWeb",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "patuh",
            dependencies: ["PatuhCLI"],
            swiftSettings: strictSettings
        ),

        // MARK: - Benchmarks (on demand, never part of patuh)
        .executableTarget(
            name: "patuh-bench",
            dependencies: ["Core", "Catalog", "Assessment", "Pembinaan", "Workspace", "XMLSupport"],
            path: "Benchmarks/PatuhBench",
            swiftSettings: strictSettings
        ),

        // MARK: - Fuzzing
        .target(name: "CPatuhFuzz"),
        .executableTarget(
            name: "PatuhFuzz",
            dependencies: ["CPatuhFuzz", "Core", "XMLSupport", "Catalog", "Assessment", "EvidenceRegistry", "Pembinaan"],
            swiftSettings: strictSettings
        ),

        // MARK: - Tests
        .target(
            name: "PatuhTestSupport",
            path: "Tests/PatuhTestSupport",
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "CoreTests",
            dependencies: ["Core"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "XMLSupportTests",
            dependencies: ["Core", "XMLSupport"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "CatalogTests",
            dependencies: ["Core", "Catalog", "XMLSupport"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "PembinaanTests",
            dependencies: ["Core", "Pembinaan", "Catalog"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "AssessmentTests",
            dependencies: ["Core", "Assessment", "Catalog", "XMLSupport"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "EvidenceRegistryTests",
            dependencies: ["Core", "EvidenceRegistry", "Catalog", "XMLSupport"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "StoreTests",
            dependencies: ["Core", "Store", "EvidenceRegistry", "Pembinaan", "Catalog", "XMLSupport"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "ReportingTests",
            dependencies: ["Core", "Reporting", "Assessment", "Catalog"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "InteropTests",
            dependencies: ["Interop", "Core", "Assessment", "Catalog", "XMLSupport"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "PaketTests",
            dependencies: ["Core", "Paket", "Catalog", "XMLSupport", "EvidenceRegistry"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "WorkspaceTests",
            dependencies: ["Core", "Workspace", "EvidenceRegistry", "Catalog", "Assessment", "Pembinaan", "Reporting", "Store", "PatuhTestSupport"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "PortfolioTests",
            dependencies: [
                "Core", "Portfolio", "PatuhTestSupport",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "ServerTests",
            dependencies: [
                "Core", "Portfolio", "WebSupport", "Server", "Workspace", "Pembinaan", "Store", "PatuhTestSupport",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "LocalWebTests",
            dependencies: [
                "Core", "LocalWeb", "WebSupport", "Workspace", "EvidenceRegistry", "Assessment", "Paket", "PatuhTestSupport",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "PatuhCLITests",
            dependencies: [
                "Core", "PatuhCLI", "patuh", "PatuhTestSupport", "XMLSupport", "Store", "Paket",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictSettings
        ),
    ],
    swiftLanguageModes: [.v6]
)
