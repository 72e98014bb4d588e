// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "Framing",
  products: [
    .library(name: "Features", targets: ["Features"]),
    .library(name: "Classifier", targets: ["Classifier"]),
    .library(name: "Reports", targets: ["Reports"]),
    .executable(name: "train", targets: ["train"]),
    .executable(name: "classify", targets: ["classify"]),
    .executable(name: "tokenize", targets: ["tokenize"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
  ],
  targets: [
    .systemLibrary(
      name: "CBLAS",
      pkgConfig: "openblas",
      providers: [.apt(["libopenblas-dev"])]
    ),
    .target(name: "FramingSupport"),
    .target(name: "Features", dependencies: ["FramingSupport"]),
    .target(name: "Classifier", dependencies: ["FramingSupport", "Features", "CBLAS"]),
    .target(name: "Reports", dependencies: ["FramingSupport", "Features", "Classifier"]),
    .executableTarget(
      name: "train",
      dependencies: [
        "Features", "Classifier",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(
      name: "classify",
      dependencies: [
        "Features", "Classifier", "Reports",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(
      name: "tokenize",
      dependencies: [
        "FramingSupport", "Features", "Classifier", "Reports",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .testTarget(name: "FeaturesTests", dependencies: ["Features"]),
    .testTarget(
      name: "ClassifierTests", dependencies: ["FramingSupport", "Classifier", "Features"], exclude: ["Fixtures"]),
    .testTarget(
      name: "ReportsTests", dependencies: ["FramingSupport", "Reports", "Classifier", "Features"]),
    .testTarget(
      name: "EndToEndTests", dependencies: ["Classifier", "Features"], exclude: ["Fixtures"]),
  ]
)
