// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Gongkai",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "gongkai", targets: ["gongkai"]),
        .executable(name: "gongkai-fuzz", targets: ["GongkaiFuzz"]),
        .executable(name: "gongkai-bench", targets: ["GongkaiBench"]),
        .library(name: "GongkaiCore", targets: ["GongkaiCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // SHA-256 with the processor's SHA instructions (x86-64), for `SHA256`.
        .target(name: "CSHA256"),
        .target(
            name: "GongkaiCore",
            dependencies: ["CCmarkGFM", "CLibXML2", "CSHA256", .product(name: "ZIPFoundation", package: "ZIPFoundation"), .product(name: "Mustache", package: "swift-mustache"), .product(name: "Yams", package: "Yams")],
            // The default theme ships inside the executable's resource bundle, so `gongkai build`
            // works from any folder; `--theme DIR` overrides it file by file.
            resources: [.copy("DefaultTheme")]
        ),
        // Generators for tests and the benchmark (not part of the public library).
        .target(
            name: "GongkaiTestSupport",
            dependencies: ["GongkaiCore"]
        ),
        .target(
            name: "GongkaiServer",
            dependencies: ["GongkaiCore", .product(name: "FlyingFox", package: "FlyingFox")]
        ),
        .executableTarget(
            name: "gongkai",
            dependencies: [
                "GongkaiCore",
                "GongkaiServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "GongkaiBench",
            dependencies: ["GongkaiCore", "GongkaiTestSupport"]
        ),
        .executableTarget(
            name: "GongkaiFuzz",
            dependencies: ["GongkaiCore"]
        ),
        .testTarget(
            name: "GongkaiCoreTests",
            dependencies: ["GongkaiCore", "GongkaiTestSupport", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "GongkaiServerTests",
            dependencies: ["GongkaiServer", "GongkaiCore", "GongkaiTestSupport"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
