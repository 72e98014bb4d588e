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

  /// One row as bytes: its fields back to back in a buffer reused from row to row (valid
  /// only inside the call that receives it), for readers that build no string per field.
  public struct RawRow {
    /// The line on which the row starts.
    public let line: Int
    fileprivate let bytes: UnsafeBufferPointer<UInt8>
    fileprivate let ends: UnsafeBufferPointer<Int>

    /// Number of fields.
    public var count: Int { ends.count }

    /// The bytes of field `i` (unquoted, doubled quotes undone).
    public func field(_ i: Int) -> UnsafeBufferPointer<UInt8> {
      UnsafeBufferPointer(rebasing: bytes[(i == 0 ? 0 : ends[i - 1])..<ends[i]])
    }

    /// Field `i` as a string.
    public func string(_ i: Int) -> String { String(decoding: field(i), as: UTF8.self) }
  }

  /// Calls `body` with every row in order.
  ///
  /// - Throws: ``FeaturesError/unterminatedQuote(path:line:)``,
  ///   ``FeaturesError/strayQuote(path:line:)``, or what `body` throws.
  /// - Complexity: O(n) in the number of bytes.
  public func forEachRow(_ body: (Row) throws -> Void) throws {
    var fields: [String] = []
    try forEachRawRow { row in
      fields.removeAll(keepingCapacity: true)
      for f in 0..<row.count { fields.append(row.string(f)) }
      try body(Row(fields: fields, line: row.line))
    }
  }

  /// Calls `body` with every row in order, as bytes (see ``RawRow``).
  ///
  /// - Throws: as ``forEachRow(_:)``.
  /// - Complexity: O(n) in the number of bytes, with no allocation per row.
  public func forEachRawRow(_ body: (RawRow) throws -> Void) throws {
    try bytes.withUnsafeBufferPointer { buffer in
      let n = buffer.count
      var i = buffer.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
      var line = 1
      var fieldBytes: [UInt8] = []
      var fieldEnds: [Int] = []
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
        fieldBytes.removeAll(keepingCapacity: true)
        fieldEnds.removeAll(keepingCapacity: true)
        var rowDone = false
        while !rowDone {
          if i < n && buffer[i] == 0x22 {  // quoted field
            let openLine = line
            i += 1
            var closed = false
            while i < n {
              // The run up to the next quote is copied at once.
              let run = i
              while i < n {
                let c = buffer[i]
                if c == 0x22 { break }
                if c == 0x0A || (c == 0x0D && (i + 1 >= n || buffer[i + 1] != 0x0A)) { line += 1 }
                i += 1
              }
              fieldBytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[run..<i]))
              if i >= n { break }
              if i + 1 < n && buffer[i + 1] == 0x22 {
                fieldBytes.append(0x22)
                i += 2
                continue
              }
              i += 1
              closed = true
              break
            }
            if !closed { throw FeaturesError.unterminatedQuote(path: path, line: openLine) }
            fieldEnds.append(fieldBytes.count)
            if i >= n {
              rowDone = true
            } else if buffer[i] == 0x2C {
              i += 1
              if i >= n {
                fieldEnds.append(fieldBytes.count)
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
            fieldBytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[start..<i]))
            fieldEnds.append(fieldBytes.count)
            if i >= n {
              rowDone = true
            } else if buffer[i] == 0x2C {
              i += 1
              if i >= n {
                fieldEnds.append(fieldBytes.count)
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
        guard fieldBytes.count <= CSVReader.maximumRowBytes else {
          throw FeaturesError.rowTooLong(
            path: path, line: rowLine, bytes: fieldBytes.count, limit: CSVReader.maximumRowBytes)
        }
        try fieldBytes.withUnsafeBufferPointer { bytes in
          try fieldEnds.withUnsafeBufferPointer { ends in
            try body(RawRow(line: rowLine, bytes: bytes, ends: ends))
          }
        }
      }
    }
  }

  /// Most bytes in the fields of one row (16 MiB): a labeled unit or an outlet-map row is
  /// far shorter, and a runaway quote or a binary file ends in a message.
  public static let maximumRowBytes = 16 << 20

  /// All rows, in order.
  public func rows() throws -> [Row] {
    var result: [Row] = []
    try forEachRow { result.append($0) }
    return result
  }
}
