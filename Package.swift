// swift-tools-version:6.0
import PackageDescription

// Start-up: the release executable is linked fully static (-static-executable: glibc, libstdc++
// and ncursesw too). Loading libstdc++, ncursesw and tinfo and binding their symbols at run time
// cost about 1 ms of the guide's 7 before its first screen, more than anything it draws. A static
// executable is also position-dependent: no relocations to apply, no address randomisation of the
// executable. glibc's NSS (getpwuid) and locales still load from the system at run time, so the
// binary belongs to the machine that built it (Scripts/almanac builds it there). Release only: the
// tests link against the shared XCTest. See docs/startup.md.
let staticRelease: [LinkerSetting] = [
    .unsafeFlags(["-static-executable"], .when(configuration: .release)),
    // The runtime's start-up dladdr would walk every exported symbol of our code (9,800 of them).
    .unsafeFlags(["-Xlinker", "--no-export-dynamic"], .when(configuration: .release)),
]
// Start-up: generic types such as [String: X] get their metadata from accessor functions that
// are handed the conformances, instead of from mangled names that make the runtime search every
// conformance record in the binary for each new (type, protocol): a third of the guide's
// instructions before its first frame. The cost is a little code. See docs/startup.md.
let metadataAccessors: [SwiftSetting] = [
    .unsafeFlags(["-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors"], .when(configuration: .release)),
]

let package = Package(
    name: "almanac",
    products: [
        .executable(name: "almanac", targets: ["almanac"]),
        .executable(name: "progress-bench", targets: ["progress-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/pointfreeco/swift-snapshot-testing", from: "1.19.7"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/JohnSundell/Plot", from: "0.14.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    ],
    targets: [
        // The only C: a module map and shim over libncursesw.
        .systemLibrary(
            name: "CNcursesw",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        // Content, progress, search and reviews as values; reads only the content file. Foundation only.
        .target(name: "AlmanacModel", swiftSettings: metadataAccessors),
        // Progress on disk: the store (locks, atomic saves, backups, repair), where files live,
        // the live session every screen shares, undo history, the presenter's session file,
        // team folders, and the settings file (TOML).
        .target(name: "AlmanacStorage", dependencies: ["AlmanacModel", .product(name: "TOMLKit", package: "TOMLKit")],
                swiftSettings: metadataAccessors),
        // Progress reports in Markdown, CSV, HTML and JSON, and the due dates as a calendar (ICS).
        .target(
            name: "AlmanacExport",
            dependencies: [
                "AlmanacModel",
                .product(name: "CSV", package: "CSV.swift"),
                .product(name: "Plot", package: "Plot"),
            ]
        ),
        // App state, actions, update and views rendered to a cell grid. No curses.
        .target(name: "AlmanacUI", dependencies: ["AlmanacModel"], swiftSettings: metadataAccessors),
        // The ncursesw driver: the only code that draws or reads keys.
        .target(name: "AlmanacTerminal", dependencies: ["AlmanacModel", "AlmanacUI", "CNcursesw"], swiftSettings: metadataAccessors),
        // Argument parsing and wiring.
        .executableTarget(
            name: "almanac",
            dependencies: [
                "AlmanacModel", "AlmanacStorage", "AlmanacExport", "AlmanacUI", "AlmanacTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: metadataAccessors,
            linkerSettings: staticRelease
        ),
        // In-process benchmarks, run by Scripts/bench.
        .executableTarget(name: "almanac-bench", dependencies: ["AlmanacModel"]),
        // The UI core's per-key and first-frame costs, before any terminal output.
        .executableTarget(name: "almanac-ui-bench", dependencies: ["AlmanacModel", "AlmanacUI"]),
        // Figures for the progress store (Scripts/bench-progress).
        .executableTarget(name: "progress-bench", dependencies: ["AlmanacModel", "AlmanacStorage"]),
        // Drives the terminal driver in end-to-end tests (Tests/EndToEnd/terminal-*.sh); not a product.
        .executableTarget(
            name: "almanac-terminal-demo",
            dependencies: ["AlmanacUI", "AlmanacTerminal"],
            path: "Tests/TerminalDemo"
        ),
        .testTarget(
            name: "AlmanacTerminalTests",
            dependencies: ["AlmanacUI", "AlmanacTerminal"]
        ),
        .testTarget(
            name: "AlmanacModelTests",
            // Storage/ tests the store and the session with the same fixtures.
            dependencies: ["AlmanacModel", "AlmanacStorage"]
        ),
        // Runs the built almanac binary (build first: swift build --build-tests); also checks the
        // guide's start-up fast path against ArgumentParser in-process (GuideArgumentsTests).
        .testTarget(
            name: "AlmanacCLITests",
            dependencies: ["AlmanacModel", "AlmanacStorage", "almanac"]
        ),
        .testTarget(
            name: "AlmanacExportTests",
            dependencies: ["AlmanacExport"]
        ),
        .testTarget(
            name: "AlmanacUITests",
            dependencies: [
                "AlmanacUI",
                "AlmanacStorage",   // screens wired to a real progress session, as the commands wire them
                .product(name: "SnapshotTesting", package: "swift-snapshot-testing"),
            ],
            exclude: ["Guide/__Snapshots__", "Presentation/__Snapshots__", "Walkthrough/__Snapshots__"]
        ),
    ]
)
