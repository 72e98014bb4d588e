import Labelling

extension HTMLReport {
  /// How one label looks in the report: a colour from the Okabe–Ito palette, and three
  /// cues that survive greyscale printing and colour-vision deficiencies — a fill pattern
  /// for bars, a marker shape for interval plots and a border style for sentences.
  struct LabelStyle: Equatable {
    /// Fill pattern of chart bars.
    enum Pattern: String, CaseIterable {
      case hatch, plain, dots, crosshatch, horizontal, vertical, backslash, grid
    }

    /// Marker of estimates in interval plots.
    enum Marker: String, CaseIterable {
      case circle, square, diamond, triangle, triangleDown, plus, ring, box
    }

    /// Fill colour (`#RRGGBB`).
    var colour: String
    /// A colour dark enough for thin lines and markers on white.
    var ink: String
    /// CSS `border-left-style` of the label's sentences.
    var border: String
    var pattern: Pattern
    var marker: Marker
    /// Opacity of the sentence tint over white.
    var tintAlpha: Double

    /// The sentence tint as CSS `rgba(…)`.
    var tint: String {
      let v = Int(colour.dropFirst(), radix: 16) ?? 0
      return
        "rgba(\(v >> 16 & 0xFF),\(v >> 8 & 0xFF),\(v & 0xFF),"
        + "\(HTMLReport.number(tintAlpha, digits: 2)))"
    }

    /// The eight styles, in the order labels without a name of their own take them.
    static let palette: [LabelStyle] = [
      LabelStyle(
        colour: "#D55E00", ink: "#C25500", border: "solid", pattern: .hatch, marker: .circle,
        tintAlpha: 0.14),
      LabelStyle(
        colour: "#999999", ink: "#767676", border: "dotted", pattern: .plain, marker: .square,
        tintAlpha: 0.18),
      LabelStyle(
        colour: "#009E73", ink: "#008060", border: "double", pattern: .dots, marker: .diamond,
        tintAlpha: 0.14),
      LabelStyle(
        colour: "#0072B2", ink: "#0072B2", border: "dashed", pattern: .crosshatch,
        marker: .triangle, tintAlpha: 0.12),
      LabelStyle(
        colour: "#E69F00", ink: "#A87400", border: "solid", pattern: .horizontal,
        marker: .triangleDown, tintAlpha: 0.18),
      LabelStyle(
        colour: "#56B4E9", ink: "#2A7FB8", border: "dotted", pattern: .vertical, marker: .plus,
        tintAlpha: 0.18),
      LabelStyle(
        colour: "#CC79A7", ink: "#A8508A", border: "double", pattern: .backslash, marker: .ring,
        tintAlpha: 0.16),
      LabelStyle(
        colour: "#F0E442", ink: "#8F8500", border: "dashed", pattern: .grid, marker: .box,
        tintAlpha: 0.3),
    ]

    /// Palette slots of the labels Framing trains by default.
    static let named = ["critical": 0, "neutral": 1, "conciliatory": 2]

    /// One style per label: `critical`, `neutral` and `conciliatory` (in any case) keep
    /// their colours; other labels take the first slot no label has taken yet. Beyond
    /// eight labels styles repeat (the label's name is always printed next to it).
    static func styles(for labels: [String]) -> [LabelStyle] {
      var slots = [Int?](repeating: nil, count: labels.count)
      var taken = Set<Int>()
      for (i, name) in labels.enumerated() {
        if let slot = named[name.lowercased()], !taken.contains(slot) {
          slots[i] = slot
          taken.insert(slot)
        }
      }
      for i in labels.indices where slots[i] == nil {
        let free = palette.indices.first { !taken.contains($0) } ?? (i % palette.count)
        slots[i] = free
        taken.insert(free)
      }
      return slots.map { palette[$0!] }
    }

    /// The SVG content of an 8 × 8 tile of the pattern, drawn over the fill colour.
    var patternMarks: String {
      let line = "stroke=\"#fff\" stroke-opacity=\"0.7\" stroke-width=\"1.6\""
      switch pattern {
      case .plain: return ""
      case .hatch: return "<path d=\"M0,8L8,0M-2,2L2,-2M6,10L10,6\" \(line)/>"
      case .backslash: return "<path d=\"M0,0L8,8M-2,6L2,10M6,-2L10,2\" \(line)/>"
      case .crosshatch:
        return "<path d=\"M0,8L8,0M-2,2L2,-2M6,10L10,6M0,0L8,8M-2,6L2,10M6,-2L10,2\" \(line)/>"
      case .horizontal: return "<path d=\"M0,2H8M0,6H8\" \(line)/>"
      case .vertical: return "<path d=\"M2,0V8M6,0V8\" \(line)/>"
      case .grid: return "<path d=\"M0,4H8M4,0V8\" \(line)/>"
      case .dots:
        return "<circle cx=\"2\" cy=\"2\" r=\"1.5\" fill=\"#fff\" fill-opacity=\"0.75\"/>"
          + "<circle cx=\"6\" cy=\"6\" r=\"1.5\" fill=\"#fff\" fill-opacity=\"0.75\"/>"
      }
    }

    /// The SVG element of the marker centred on (`x`, `y`), `size` across.
    func markerShape(x: Double, y: Double, size: Double = 8) -> String {
      let r = size / 2
      let n = { (v: Double) in HTMLReport.number(v) }
      let fill = "fill=\"\(ink)\""
      let open = "fill=\"#fff\" stroke=\"\(ink)\" stroke-width=\"1.6\""
      switch marker {
      case .circle: return "<circle cx=\"\(n(x))\" cy=\"\(n(y))\" r=\"\(n(r))\" \(fill)/>"
      case .ring: return "<circle cx=\"\(n(x))\" cy=\"\(n(y))\" r=\"\(n(r - 0.8))\" \(open)/>"
      case .square:
        return "<rect x=\"\(n(x - r + 0.5))\" y=\"\(n(y - r + 0.5))\" width=\"\(n(size - 1))\" "
          + "height=\"\(n(size - 1))\" \(fill)/>"
      case .box:
        return "<rect x=\"\(n(x - r + 1))\" y=\"\(n(y - r + 1))\" width=\"\(n(size - 2))\" "
          + "height=\"\(n(size - 2))\" \(open)/>"
      case .diamond:
        return "<path d=\"M\(n(x)),\(n(y - r - 1))L\(n(x + r + 1)),\(n(y))L\(n(x)),\(n(y + r + 1))"
          + "L\(n(x - r - 1)),\(n(y))Z\" \(fill)/>"
      case .triangle:
        return
          "<path d=\"M\(n(x)),\(n(y - r))L\(n(x + r)),\(n(y + r))"
          + "L\(n(x - r)),\(n(y + r))Z\" \(fill)/>"
      case .triangleDown:
        return
          "<path d=\"M\(n(x)),\(n(y + r))L\(n(x + r)),\(n(y - r))"
          + "L\(n(x - r)),\(n(y - r))Z\" \(fill)/>"
      case .plus:
        return "<path d=\"M\(n(x - r)),\(n(y))H\(n(x + r))M\(n(x)),\(n(y - r))V\(n(y + r))\" "
          + "stroke=\"\(ink)\" stroke-width=\"2.4\"/>"
      }
    }
  }

  /// A hidden SVG holding one fill pattern per label (`fr-p0`, `fr-p1`, …), referenced by
  /// the charts and legends of the page.
  static func patternDefinitions(_ styles: [LabelStyle]) -> String {
    var out =
      "<svg class=\"defs\" width=\"0\" height=\"0\" aria-hidden=\"true\" focusable=\"false\">"
      + "<defs>\n"
    for (i, s) in styles.enumerated() {
      out += "<pattern id=\"fr-p\(i)\" patternUnits=\"userSpaceOnUse\" width=\"8\" height=\"8\">"
      out +=
        "<rect width=\"8\" height=\"8\" fill=\"\(s.colour)\"/>" + s.patternMarks + "</pattern>\n"
    }
    return out + "</defs></svg>\n"
  }

  /// A small inline SVG swatch of label `index`: its patterned fill and its marker.
  static func swatch(_ index: Int, _ style: LabelStyle) -> String {
    "<svg class=\"sw\" width=\"44\" height=\"14\" viewBox=\"0 0 44 14\" aria-hidden=\"true\">"
      + "<rect x=\"0.5\" y=\"0.5\" width=\"27\" height=\"13\" fill=\"url(#fr-p\(index))\" "
      + "stroke=\"#444\" "
      + "stroke-width=\"0.6\"/>" + style.markerShape(x: 37, y: 7) + "</svg>"
  }
}
