/// One chunk's term codes while the fit turns them into matrix rows on another thread.
final class TermsBox: @unchecked Sendable {
  var values: [UInt32]
  /// Entries of each row after dropped terms are removed.
  var lengths: [Int] = []

  init(_ values: [UInt32]) { self.values = values }
}
