import Foundation

/// A JSON value built by the renderers and written with sorted keys and two-space
/// indentation, in the layout of Foundation's `JSONSerialization` with `.sortedKeys` and
/// `.prettyPrinted` (so documents read the same as before), at a fraction of its cost:
/// Swift values, no bridged dictionaries, and large arrays written element by element.
public indirect enum JSONValue {
  case null
  case bool(Bool)
  case int(Int)
  case number(Double)
  case string(String)
  case array([JSONValue])
  case object([String: JSONValue])

  /// A number, or `null` when it is not finite.
  public static func finite(_ x: Double) -> JSONValue { x.isFinite ? .number(x) : .null }

  /// An optional string, or `null`.
  public static func string(_ s: String?) -> JSONValue { s.map { .string($0) } ?? .null }

  /// Appends this value to `out`, its nested lines indented past `indent` spaces.
  public func write(to out: inout String, indent: Int = 0) {
    switch self {
    case .null: out += "null"
    case .bool(let b): out += b ? "true" : "false"
    case .int(let i): out += String(i)
    case .number(let x): out += JSONText.number(x)
    case .string(let s): JSONValue.writeString(s, to: &out)
    case .array(let values):
      JSONValue.writeArray(count: values.count, to: &out, indent: indent) { i, out in
        values[i].write(to: &out, indent: indent + 2)
      }
    case .object(let members):
      let keys = members.keys.sorted()
      JSONValue.writeObject(keys: keys, to: &out, indent: indent) { key, out in
        members[key]!.write(to: &out, indent: indent + 2)
      }
    }
  }

  /// An array of `count` elements, each written by `element` at `indent + 2`.
  public static func writeArray(
    count: Int, to out: inout String, indent: Int, element: (Int, inout String) -> Void
  ) {
    let inner = String(repeating: " ", count: indent + 2)
    out += "[\n"
    if count == 0 { out += "\n" }
    for i in 0..<count {
      out += inner
      element(i, &out)
      out += i + 1 < count ? ",\n" : "\n"
    }
    out += String(repeating: " ", count: indent) + "]"
  }

  /// An object with `keys` in the order given (sorted by the caller), each value written
  /// by `value` at `indent + 2`.
  public static func writeObject(
    keys: [String], to out: inout String, indent: Int, value: (String, inout String) -> Void
  ) {
    let inner = String(repeating: " ", count: indent + 2)
    out += "{\n"
    if keys.isEmpty { out += "\n" }
    for (i, key) in keys.enumerated() {
      out += inner
      writeString(key, to: &out)
      out += " : "
      value(key, &out)
      out += i + 1 < keys.count ? ",\n" : "\n"
    }
    out += String(repeating: " ", count: indent) + "}"
  }

  /// A string literal as `JSONSerialization` writes it (it also escapes `/`).
  static func writeString(_ s: String, to out: inout String) {
    let quoted = JSONText.quoted(s)
    if quoted.utf8.contains(UInt8(ascii: "/")) {
      out += quoted.replacingOccurrences(of: "/", with: "\\/")
    } else {
      out += quoted
    }
  }
}
