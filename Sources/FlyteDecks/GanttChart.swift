/// Inline-SVG Gantt chart: one row per bar, a labelled time axis on top, labels on the left.
/// Sizes are fixed per row so 1 bar and 1,000 bars both stay readable (the wrapper scrolls).
struct GanttChart {
  var bars: [GanttBar]
  /// Wall-clock text of time 0, shown in the caption.
  var origin: String

  static let width = 960.0
  static let labelWidth = 300.0
  static let rowHeight = 20.0
  static let axisHeight = 28.0
  static let maxLabel = 44
  static let bottomAxisFrom = 30

  func render() -> String {
    guard !bars.isEmpty else { return "<p class=\"muted\">No spans to chart.</p>" }
    let (low, high) = range()
    let left = Self.labelWidth + 8
    let right = Self.width - 16
    let scale = (right - left) / (high - low)
    let x = { (t: Double) -> Double in left + (Self.clamp(t) - low) * scale }
    // Long charts scroll, so they repeat the tick labels below the last row.
    let bottomAxis = bars.count > Self.bottomAxisFrom
    let rowsEnd = Self.axisHeight + Double(bars.count) * Self.rowHeight
    let height = rowsEnd + (bottomAxis ? Self.axisHeight : 8)
    var svg = "<div class=\"gantt\"><svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\""
    svg += " width=\"\(n(Self.width))\" height=\"\(n(height))\""
    svg += " viewBox=\"0 0 \(n(Self.width)) \(n(height))\">"
    svg += "<title>Gantt chart, \(bars.count) bar\(bars.count == 1 ? "" : "s")</title>"
    let step = Self.tickStep(span: high - low)
    let decimals = Self.decimals(for: step)
    var tick = (low / step).rounded(.up) * step
    while tick <= high + step * 1e-9 {
      let tx = n(x(tick))
      svg += "<line class=\"tick\" x1=\"\(tx)\" y1=\"\(n(Self.axisHeight - 6))\" x2=\"\(tx)\""
      svg += " y2=\"\(n(height))\"/>"
      svg += "<text class=\"axis\" x=\"\(tx)\" y=\"\(n(Self.axisHeight - 10))\">"
      svg += "\(Fixed.format(tick, decimals: decimals))s</text>"
      if bottomAxis {
        svg += "<text class=\"axis\" x=\"\(tx)\" y=\"\(n(rowsEnd + 18))\">"
        svg += "\(Fixed.format(tick, decimals: decimals))s</text>"
      }
      tick += step
    }
    for (row, bar) in bars.enumerated() {
      svg += barMarkup(bar, row: row, x: x)
    }
    svg += "</svg></div>"
    if !origin.isEmpty {
      svg += "<p class=\"muted\">Seconds since \(HTML.escape(origin)) (virtual clock).</p>"
    }
    return svg
  }

  private func barMarkup(_ bar: GanttBar, row: Int, x: (Double) -> Double) -> String {
    let top = Self.axisHeight + Double(row) * Self.rowHeight
    let start = x(min(bar.start, bar.end))
    let width = max(x(max(bar.start, bar.end)) - start, 1.5)  // instant bars stay visible
    let duration = Fixed.format(max(bar.end - bar.start, 0), decimals: 6)
    let label = HTML.escape(bar.label)
    var g = "<g class=\"bar \(bar.kind.rawValue)\">"
    g += "<title>\(label) | \(Fixed.format(bar.start, decimals: 6))s to "
    g += "\(Fixed.format(bar.end, decimals: 6))s (\(duration)s)</title>"
    if row % 2 == 1 {
      g += "<rect class=\"stripe\" x=\"0\" y=\"\(n(top))\" width=\"\(n(Self.width))\""
      g += " height=\"\(n(Self.rowHeight))\"/>"
    }
    g += "<text class=\"label\" x=\"\(n(Self.labelWidth))\" y=\"\(n(top + 14))\">"
    g += "\(HTML.escape(Self.shorten(bar.label)))</text>"
    g += "<rect x=\"\(n(start))\" y=\"\(n(top + 3))\" width=\"\(n(width))\""
    g += " height=\"\(n(Self.rowHeight - 6))\" rx=\"2\"/>"
    g += "</g>"
    guard let link = bar.link.flatMap(SafeLink.href) else { return g }
    return "<a href=\"\(HTML.escape(link))\">\(g)</a>"
  }

  /// Time range covering every bar, never empty, never infinite.
  private func range() -> (Double, Double) {
    var low = Double.infinity
    var high = -Double.infinity
    for bar in bars {
      low = min(low, Self.clamp(bar.start), Self.clamp(bar.end))
      high = max(high, Self.clamp(bar.start), Self.clamp(bar.end))
    }
    if !(high > low) { high = low + 1 }
    return (low, high)
  }

  private static func clamp(_ t: Double) -> Double {
    t.isFinite ? min(max(t, -1e12), 1e12) : 0
  }

  /// 1, 2 or 5 × 10^k, giving about 8 ticks.
  static func tickStep(span: Double) -> Double {
    let raw = span / 8
    guard raw.isFinite, raw > 0 else { return 1 }
    var magnitude = 1.0
    while magnitude * 10 <= raw { magnitude *= 10 }
    while magnitude > raw { magnitude /= 10 }
    for factor in [1.0, 2, 5, 10] where factor * magnitude >= raw { return factor * magnitude }
    return 10 * magnitude
  }

  static func decimals(for step: Double) -> Int {
    var scaled = step
    var decimals = 0
    while scaled < 0.999_999 && decimals < 9 {
      scaled *= 10
      decimals += 1
    }
    return decimals
  }

  static func shorten(_ label: String) -> String {
    label.count <= maxLabel ? label : String(label.prefix(maxLabel - 1)) + "\u{2026}"
  }

  private func n(_ value: Double) -> String { Fixed.format(value, decimals: 1) }
}
