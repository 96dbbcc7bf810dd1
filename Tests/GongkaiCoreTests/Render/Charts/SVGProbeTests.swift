import Testing

/// The probe itself can tell good SVG from bad, so the chart tests that rely on it can fail.
@Suite struct SVGProbeTests {
    @Test func detectsMalformedMarkup() {
        #expect(SVGProbe.isWellFormed("<svg xmlns=\"http://www.w3.org/2000/svg\"><g></g></svg>"))
        #expect(!SVGProbe.isWellFormed("<svg><g></svg>"))
        #expect(!SVGProbe.isWellFormed("<svg><text>a < b</text></svg>"))
    }

    @Test func readsAttributesAndTexts() {
        let svg = "<svg><rect class=\"bar s0\" height=\"151.2\"/><text class=\"value\" x=\"1\"><title>全名</title>短</text></svg>"
        #expect(SVGProbe.elements(svg, "rect", class: "bar").first?.number("height") == 151.2)
        #expect(SVGProbe.valueLabels(svg) == ["短"])
    }
}
