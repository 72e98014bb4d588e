import Benchmark
import PipelineStages

/// package-benchmark entry: one benchmark per pipeline stage, on the corpus that
/// `scripts/gen_corpus.py` writes. Throughput is in the stage's items (rows, sentences or
/// iterations) per second.
let benchmarks: @Sendable () -> Void = {
  let data: PipelineData
  do {
    data = try PipelineData()
  } catch {
    fatalError("\(error)")
  }
  for stage in pipelineStages(data) {
    let configuration = Benchmark.Configuration(
      metrics: [.wallClock, .throughput, .peakMemoryResident],
      scalingFactor: .one,
      maxDuration: .seconds(10),
      maxIterations: stage.name.hasPrefix("train") ? 3 : 20
    )
    Benchmark(stage.name, configuration: configuration) { benchmark in
      for _ in benchmark.scaledIterations {
        blackHole(try stage.run())
      }
    }
  }
}
