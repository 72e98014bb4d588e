// swift-tools-version:6.0
import PackageDescription

// Modules, each depending only on those above it (docs/ARCHITECTURE.md):
//   FramingSupport   threads, memory tracing, atomic writes, standard input, random numbers
//   Features         text to units, tokens and TF-IDF / lexicon features
//   Classifier       the model, fitting, evaluation, the model file (no text formatting)
//   Labelling        the one labeller (text in, labelled units out) and the roll-ups
//   Rendering        tables, CSV, JSON Lines, JSON, HTML and the training report
//   Runs             what `train` and `classify` do, as library functions, and their inputs
//   FramingCommands  the command-line options (typed), standard output and error
let argumentParser = Target.Dependency.product(
  name: "ArgumentParser", package: "swift-argument-parser")

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
    .target(
      name: "FramingCommands",
      dependencies: [
        "FramingSupport", "Features", "Classifier", "Labelling", "Rendering", "Runs",
        argumentParser,
      ]),
    .executableTarget(
      name: "train", dependencies: ["Classifier", "FramingCommands", "Runs", argumentParser]),
    .executableTarget(
      name: "classify",
      dependencies: [
        "FramingSupport", "Classifier", "Labelling", "FramingCommands", "Rendering", "Runs",
        argumentParser,
      ]),
    .executableTarget(
      name: "tokenize",
      dependencies: [
        "FramingSupport", "Features", "Classifier", "FramingCommands", "Rendering", argumentParser,
      ]),
    .testTarget(name: "FeaturesTests", dependencies: ["FramingSupport", "Features"]),
    .testTarget(
      name: "ClassifierTests",
      dependencies: ["FramingSupport", "Classifier", "Features", "Labelling", "Rendering", "Runs"],
      exclude: ["Fixtures"]),
    .testTarget(
      name: "ReportsTests",
      dependencies: ["FramingSupport", "Features", "Classifier", "Labelling", "Rendering", "Runs"]),
    .testTarget(
      name: "EndToEndTests", dependencies: ["Classifier", "Features"], exclude: ["Fixtures"]),
  ]
)
