import Foundation
import PipelineStages

// Plain timings of the pipeline stages: each stage runs --runs times (default 3) after one
// warm-up; prints the median, the spread (min-max) and the throughput at the median.
//
//   stages [--data DIR] [--runs N] [--only NAME,...] [--rows 100k]

let arguments: [String] = Array(CommandLine.arguments.dropFirst())
if arguments.contains("--help") || arguments.contains("-h") {
  print(
    """
    stages [--data DIR] [--runs N] [--only NAME,...] [--rows 10k|100k|1m]

    Times the pipeline stages in process on the synthetic corpus that
    scripts/gen_corpus.py writes (default folder /tmp/framing-bench, or
    FRAMING_BENCH_DATA): each stage runs once to warm up, then N times (default 3),
    and prints the median, min, max, CPU seconds and items per second.
    --rows picks train_<rows>.csv for the training stages; --only runs the named stages
    (names as printed in the first column).
    """)
  exit(0)
}
func option(_ name: String, in arguments: [String] = arguments) -> String? {
  guard let i = arguments.firstIndex(of: name), i + 1 < arguments.count else { return nil }
  return arguments[i + 1]
}
let runs = option("--runs").flatMap { Int($0) } ?? 3
let only = option("--only").map { Set($0.split(separator: ",").map(String.init)) }
let folder = option("--data") ?? PipelineData.defaultFolder
let rows = option("--rows") ?? "100k"

func cpu() -> Double {
  var usage = rusage()
  getrusage(RUSAGE_SELF.rawValue, &usage)
  let user = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
  return user + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
}

func now() -> Double {
  var t = timespec()
  clock_gettime(CLOCK_MONOTONIC, &t)
  return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
}

do {
  let start = now()
  let data = try PipelineData(folder: folder, rows: rows)
  print(
    String(
      format: "prepared %@ (%d rows, %d article units) in %.1f s", data.csvPath, data.corpus.count,
      data.units.count, now() - start))
  print(
    "stage                            median s    min s    max s    cpu s      items/s  (items, result)"
  )
  let coverage = only.map { $0.contains { $0.hasPrefix("coverage-") } } ?? true
  for stage in pipelineStages(data) + outsideStages(data) + (coverage ? coverageStages(data) : [])
  where only?.contains(stage.name) ?? true {
    let result = try stage.run()
    var times: [Double] = []
    var cpus: [Double] = []
    for _ in 0..<max(1, runs) {
      let t0 = now()
      let c0 = cpu()
      _ = try stage.run()
      times.append(now() - t0)
      cpus.append(cpu() - c0)
    }
    times.sort()
    cpus.sort()
    let median = times[times.count / 2]
    print(
      stage.name.padding(toLength: 30, withPad: " ", startingAt: 0)
        + String(
          format: " %9.4f %8.4f %8.4f %8.4f %12.0f  (%d %@, %d)", median, times[0],
          times[times.count - 1],
          cpus[cpus.count / 2], Double(stage.items) / median, stage.items, stage.unit, result))
  }
  data.removeFiles()
} catch {
  FileHandle.standardError.write("stages: error: \(error)\n".data(using: .utf8)!)
  exit(1)
}
