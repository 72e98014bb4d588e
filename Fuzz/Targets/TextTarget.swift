import Features

/// libFuzzer entry for text input: ``TextFile`` validation, ``SentenceSplitter`` (both
/// modes), ``Tokenizer`` and TF-IDF over the units, the path `classify` takes.
///
/// Checked besides "no crash": UTF-8 validation agrees with the standard library's (a
/// NUL byte, valid UTF-8, is refused as binary and must be the first one), units
/// and tokens are ordered, non-empty, inside the text and cut at scalar boundaries, token
/// bytes are valid UTF-8, and the TF-IDF matrix has one finite row per unit.
@_cdecl("LLVMFuzzerTestOneInput")
public func textTarget(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let bytes = size > 0 && data != nil ? Array(UnsafeBufferPointer(start: data, count: size)) : []
  let valid = String(validating: bytes, as: UTF8.self) != nil
  let file: TextFile
  do {
    file = try TextFile(path: "fuzz.txt", bytes: bytes)
    check(valid, "TextFile accepted bytes the standard library rejects")
    check(!bytes.contains(0), "TextFile accepted a NUL byte")
  } catch FeaturesError.invalidUTF8(_, let byte, let line) {
    check(!valid, "TextFile rejected valid UTF-8 at byte \(byte)")
    check(byte >= 0 && byte < bytes.count, "invalid byte \(byte) outside \(bytes.count)")
    check(
      String(validating: bytes[..<byte], as: UTF8.self) != nil, "bytes before \(byte) are not valid"
    )
    check(line >= 1 && line <= lastLine(of: bytes), "line \(line) outside the file")
    return 0
  } catch FeaturesError.binaryContent(_, let byte, let line) {
    check(valid, "a NUL byte reported before invalid UTF-8")
    check(byte >= 0 && byte < bytes.count && bytes[byte] == 0, "binary content at byte \(byte)")
    check(!bytes[..<byte].contains(0), "an earlier NUL byte than \(byte)")
    check(line >= 1 && line <= lastLine(of: bytes), "line \(line) outside the file")
    return 0
  } catch FeaturesError.unsupportedEncoding {
    check(
      !valid || bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
        || bytes.starts(with: [0, 0, 0xFE, 0xFF]), "a valid UTF-8 text refused as wide")
    return 0
  } catch {
    check(false, "unexpected error \(error)")
    return 0
  }
  let units = splitAndCheck(file)
  tokenizeAndVectorize(file, units)
  return 0
}

private func splitAndCheck(_ file: TextFile) -> [TextUnit] {
  let splitter = SentenceSplitter()
  let start = file.contentStart
  return file.bytes.withUnsafeBufferPointer { all in
    let body = UnsafeBufferPointer(rebasing: all[start...])
    let units = splitter.split(body, base: start)
    var previousEnd = start
    for u in units {
      check(
        u.start >= previousEnd && u.start < u.end && u.end <= all.count,
        "unit \(u) after \(previousEnd)")
      check(
        isScalarBoundary(all, u.start) && isScalarBoundary(all, u.end), "unit \(u) cuts a scalar")
      check(
        all[u.start] != 0x20 && all[u.start] != 0x0A && all[u.end - 1] != 0x0A,
        "unit \(u) not trimmed")
      previousEnd = u.end
    }
    var previousLine = 0
    previousEnd = start
    for (u, line) in splitter.lines(body, base: start) {
      check(u.start >= previousEnd && u.start < u.end && u.end <= all.count, "line unit \(u)")
      check(
        isScalarBoundary(all, u.start) && isScalarBoundary(all, u.end),
        "line unit \(u) cuts a scalar")
      check(line > previousLine, "line \(line) after \(previousLine)")
      previousEnd = u.end
      previousLine = line
    }
    return units
  }
}

/// A vectorizer fitted once on a few sentences, with n-grams up to 3.
private let fitted: TFIDFVectorizer = {
  var options = TFIDFOptions()
  options.maxN = 3
  var v = TFIDFVectorizer(options: options)
  _ = try! v.fitTransform([
    "The talks went well.", "Critics don't like it.", "Vote at 9 a.m. on 1.5 bn.",
  ])
  return v
}()

private func tokenizeAndVectorize(_ file: TextFile, _ units: [TextUnit]) {
  let tokenizer = Tokenizer()
  file.bytes.withUnsafeBufferPointer { all in
    var buffer = TokenBuffer()
    for u in units + [TextUnit(start: file.contentStart, end: all.count, kind: .sentence)] {
      buffer.removeAll()
      tokenizer.tokenize(
        UnsafeBufferPointer(rebasing: all[u.start..<u.end]), base: u.start, into: &buffer)
      var previous = u.start
      for t in buffer.tokens {
        check(t.start < t.end && Int(t.end) <= buffer.bytes.count, "token \(t) outside its buffer")
        check(
          t.sourceStart >= previous && t.sourceStart < t.sourceEnd && t.sourceEnd <= u.end,
          "token \(t)")
        check(
          isScalarBoundary(all, t.sourceStart) && isScalarBoundary(all, t.sourceEnd),
          "token \(t) cuts")
        check(
          String(validating: buffer.bytes[Int(t.start)..<Int(t.end)], as: UTF8.self) != nil,
          "token bytes")
        previous = t.sourceEnd
      }
    }
  }
  guard !units.isEmpty else { return }
  let texts = units.map { file.text(from: $0.start, to: $0.end) }
  let matrix = fitted.transform(texts)
  check(matrix.rowCount == units.count, "matrix rows \(matrix.rowCount) for \(units.count) units")
  check(matrix.values.allSatisfy(\.isFinite), "a TF-IDF value is not finite")
  check(
    matrix.columns.allSatisfy { $0 >= 0 && Int($0) < fitted.featureCount }, "column out of range")
  var fresh = TFIDFVectorizer()
  if let m = try? fresh.fitTransform(texts) {
    check(m.rowCount == texts.count && m.values.allSatisfy(\.isFinite), "fitTransform on the units")
  }
}
