// swift-tools-version: 6.1
import PackageDescription

// Benchmarks of Framing's pipeline stages, in their own package so that `swift test` and
// CI never build the harness. Run from this folder (release builds only):
//
//   python3 ../scripts/gen_corpus.py            # writes /tmp/framing-bench once
//   swift package --scratch-path .build benchmark                       # package-benchmark
//   swift run -c release --scratch-path .build stages [--data DIR]       # plain timings
//
// FRAMING_BENCH_DATA names another data folder; FRAMING_THREADS=1 forces one thread.
let package = Package(
  name: "FramingBenchmarks",
  platforms: [.macOS(.v13)],
  dependencies: [
    .package(name: "Framing", path: ".."),
    .package(
      url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
  ],
  targets: [
    .target(
      name: "PipelineStages",
      dependencies: [
        .product(name: "Features", package: "Framing"),
        .product(name: "Classifier", package: "Framing"),
        .product(name: "Labelling", package: "Framing"),
        .product(name: "Runs", package: "Framing"),
        .product(name: "Rendering", package: "Framing"),
      ]
    ),
    .executableTarget(name: "stages", dependencies: ["PipelineStages"]),
    .executableTarget(
      name: "Pipeline",
      dependencies: ["PipelineStages", .product(name: "Benchmark", package: "benchmark")],
      path: "Benchmarks/Pipeline",
      plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
    ),
  ]
)
