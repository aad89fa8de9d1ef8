// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "astpatch",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "ASTPatch", targets: ["ASTPatch"]),
        .library(name: "TreeSitter", targets: ["TreeSitter"]),
        .library(name: "ASTPatchTools", targets: ["ASTPatchTools"]),
        .executable(name: "astpatch", targets: ["astpatch"]),
        .executable(name: "astpatch-mcp", targets: ["astpatch-mcp"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/swiftlang/swift-syntax.git", from: "603.0.1"),
        .package(url: "https://github.com/modelcontextprotocol/swift-sdk.git", from: "0.12.1"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CTreeSitter",
            pkgConfig: "tree-sitter",
            providers: [.apt(["libtree-sitter-dev"])]
        ),
        // A per-thread cache of freed blocks that the CLI gives tree-sitter as its allocator.
        .target(name: "CTreeSitterBlockCache", dependencies: ["CTreeSitter"]),
        .target(name: "TreeSitter", dependencies: ["CTreeSitter", "CTreeSitterBlockCache"]),
        .target(
            name: "ASTPatch",
            dependencies: [
                "TreeSitter",
                .product(name: "SwiftParser", package: "swift-syntax"),
                .product(name: "SwiftSyntax", package: "swift-syntax"),
                .product(name: "SwiftParserDiagnostics", package: "swift-syntax"),
                .product(name: "SwiftDiagnostics", package: "swift-syntax"),
            ],
            plugins: ["EmbedGrammars"]
        ),
        .target(
            name: "ASTPatchTools",
            dependencies: [
                "ASTPatch",
                .product(name: "MCP", package: "swift-sdk"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(name: "GrammarEmbedder"),
        .plugin(name: "EmbedGrammars", capability: .buildTool(), dependencies: ["GrammarEmbedder"]),
        .executableTarget(
            name: "astpatch",
            dependencies: [
                "ASTPatch",
                "TreeSitter",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The MCP server, a program of its own: `astpatch mcp` starts it, and only it links the SDK.
        .executableTarget(name: "astpatch-mcp", dependencies: ["ASTPatchTools", "TreeSitter"], path: "Sources/astpatch-mcp"),
        .executableTarget(name: "astpatch-gatebench", dependencies: ["ASTPatch"], path: "Sources/astpatch-gatebench"),
        .executableTarget(name: "astpatch-bench", dependencies: ["ASTPatch"], path: "Sources/astpatch-bench"),
        .executableTarget(name: "astpatch-diffbench", dependencies: ["ASTPatch"], path: "Sources/astpatch-diffbench"),
        .testTarget(name: "TreeSitterTests", dependencies: ["TreeSitter", "CTreeSitterBlockCache", "ASTPatch"]),
        .testTarget(name: "ASTPatchTests", dependencies: ["ASTPatch"]),
        .testTarget(name: "astpatchCLITests", dependencies: ["ASTPatch"]),
    ],
    swiftLanguageModes: [.v6]
)
