/// A reader of RFC 4180 comma-separated values that works on UTF-8 bytes.
///
/// Quoted fields may hold commas, doubled quotes and line breaks; rows end with `\n`,
/// `\r\n` or a lone `\r`; a UTF-8 byte-order mark is skipped; blank lines are skipped.
/// Every row carries the 1-based line on which it starts, so that errors can name it.
///
/// Why not a CSV package: the ones in the package mirror (CSV.swift 2.5.2, SwiftCSV
/// 0.10.0) read a scalar or `Character` at a time, accept an unterminated quote without a
/// word, and do not report line numbers; a labeled corpus needs all three. The tests check
/// this reader against Python's `csv` module output on the same fixtures.
public struct CSVReader {
  /// One row: its fields and the line on which it starts.
  public struct Row: Sendable, Equatable {
    public var fields: [String]
    public var line: Int
  }

  /// The name used in error messages.
  public let path: String
  private let bytes: [UInt8]

  /// Creates a reader over `bytes` (already checked to be UTF-8) that names `path` in errors.
  public init(path: String, bytes: [UInt8]) {
    self.path = path
    self.bytes = bytes
  }

  /// Calls `body` with every row in order.
  ///
  /// - Throws: ``FeaturesError/unterminatedQuote(path:line:)``,
  ///   ``FeaturesError/strayQuote(path:line:)``, or what `body` throws.
  /// - Complexity: O(n) in the number of bytes.
  public func forEachRow(_ body: (Row) throws -> Void) throws {
    try bytes.withUnsafeBufferPointer { buffer in
      let n = buffer.count
      var i = buffer.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
      var line = 1
      var fields: [String] = []
      var scratch: [UInt8] = []
      while i < n {
        // Skip blank lines between rows.
        let b = buffer[i]
        if b == 0x0A || b == 0x0D {
          if b == 0x0D && i + 1 < n && buffer[i + 1] == 0x0A { i += 1 }
          i += 1
          line += 1
          continue
        }
        let rowLine = line
        fields.removeAll(keepingCapacity: true)
        var rowDone = false
        while !rowDone {
          if i < n && buffer[i] == 0x22 {  // quoted field
            let openLine = line
            i += 1
            scratch.removeAll(keepingCapacity: true)
            var closed = false
            while i < n {
              let c = buffer[i]
              if c == 0x22 {
                if i + 1 < n && buffer[i + 1] == 0x22 {
                  scratch.append(0x22)
                  i += 2
                  continue
                }
                i += 1
                closed = true
                break
              }
              if c == 0x0A || (c == 0x0D && (i + 1 >= n || buffer[i + 1] != 0x0A)) { line += 1 }
              scratch.append(c)
              i += 1
            }
            if !closed { throw FeaturesError.unterminatedQuote(path: path, line: openLine) }
            fields.append(String(decoding: scratch, as: UTF8.self))
            if i >= n {
              rowDone = true
            } else if buffer[i] == 0x2C {
              i += 1
              if i >= n {
                fields.append("")
                rowDone = true
              }
            } else if buffer[i] == 0x0A || buffer[i] == 0x0D {
              if buffer[i] == 0x0D && i + 1 < n && buffer[i + 1] == 0x0A { i += 1 }
              i += 1
              line += 1
              rowDone = true
            } else {
              throw FeaturesError.strayQuote(path: path, line: line)
            }
          } else {  // plain field
            let start = i
            while i < n {
              let c = buffer[i]
              if c == 0x2C || c == 0x0A || c == 0x0D { break }
              i += 1
            }
            fields.append(
              String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<i]), as: UTF8.self))
            if i >= n {
              rowDone = true
            } else if buffer[i] == 0x2C {
              i += 1
              if i >= n {
                fields.append("")
                rowDone = true
              }
            } else {
              if buffer[i] == 0x0D && i + 1 < n && buffer[i + 1] == 0x0A { i += 1 }
              i += 1
              line += 1
              rowDone = true
            }
          }
        }
        try body(Row(fields: fields, line: rowLine))
      }
    }
  }

  /// All rows, in order.
  public func rows() throws -> [Row] {
    var result: [Row] = []
    try forEachRow { result.append($0) }
    return result
  }
}
