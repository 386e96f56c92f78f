import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Parses a rendered page as XML: unbalanced tags, raw `<`/`&` from user text or stray
/// attributes all make it fail.
final class WellFormed: NSObject, XMLParserDelegate {
  private(set) var error: String?
  private(set) var texts: [String] = []
  private(set) var elements: [String] = []
  private(set) var attributes: [String: [String]] = [:]

  static func parse(_ html: String) -> WellFormed {
    let checker = WellFormed()
    // XMLParser does not know HTML's doctype; the body is what we check.
    let body = html.replacingOccurrences(of: "<!DOCTYPE html>\n", with: "")
    let parser = XMLParser(data: Data(body.utf8))
    parser.delegate = checker
    if !parser.parse() {
      checker.error = parser.parserError.map { "\($0)" } ?? "parse failed"
    }
    return checker
  }

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
  ) {
    elements.append(elementName)
    for (key, value) in attributeDict { attributes[key, default: []].append(value) }
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) { texts.append(string) }
}
