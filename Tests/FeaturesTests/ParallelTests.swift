import FramingSupport
import Testing

@Suite struct ParallelTests {
  @Test func bothGivesBothResultsInOrder() {
    let (a, b) = Parallel.both({ (0..<1000).reduce(0, +) }, { "second" })
    #expect(a == 499_500)
    #expect(b == "second")
  }

  @Test func bothNestsAndCarriesErrors() {
    struct Failure: Error {}
    let ((x, y), z) = Parallel.both(
      { Parallel.both({ 1 }, { 2 }) },
      { Result<Int, Error> { throw Failure() } })
    #expect(x == 1 && y == 2)
    #expect(throws: Failure.self) { try z.get() }
  }
}
