// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "Framing",
  products: [
    .library(name: "Features", targets: ["Features"]),
    .library(name: "Classifier", targets: ["Classifier"]),
    .library(name: "Labelling", targets: ["Labelling"]),
    .library(name: "Rendering", targets: ["Rendering"]),
    .library(name: "Runs", targets: ["Runs"]),
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
    .target(name: "Labelling", dependencies: ["FramingSupport", "Features", "Classifier"]),
    .target(
      name: "Rendering", dependencies: ["FramingSupport", "Features", "Classifier", "Labelling"]),
    .target(
      name: "Runs",
      dependencies: ["FramingSupport", "Features", "Classifier", "Labelling", "Rendering"]),
    .executableTarget(
      name: "train",
      dependencies: [
        "FramingSupport", "Features", "Classifier", "Rendering", "Runs",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(
      name: "classify",
      dependencies: [
        "FramingSupport", "Features", "Classifier", "Labelling", "Rendering", "Runs",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(
      name: "tokenize",
      dependencies: [
        "FramingSupport", "Features", "Classifier", "Labelling", "Rendering", "Runs",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .testTarget(name: "FeaturesTests", dependencies: ["Features", "Rendering"]),
    .testTarget(
      name: "ClassifierTests",
      dependencies: ["FramingSupport", "Classifier", "Features", "Labelling", "Rendering", "Runs"], exclude: ["Fixtures"]),
    .testTarget(
      name: "ReportsTests",
      dependencies: ["FramingSupport", "Features", "Classifier", "Labelling", "Rendering", "Runs"]),
    .testTarget(
      name: "EndToEndTests", dependencies: ["Classifier", "Features"], exclude: ["Fixtures"]),
  ]
)
