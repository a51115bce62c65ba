import Testing
@testable import Site

/// A page turned into a board-pack section (`PrintAssembly.section`), worked by hand: the
/// `<main>` content only, the breadcrumbs gone, headings one level down (h6 stays h6), every id
/// and reference to one prefixed — each name of `aria-labelledby`, single spaces between them —
/// and an attribute whose value never ends left as it is.
@Suite struct PrintAssemblyTests {
    @Test func aSectionFromAPage() {
        let page = """
        <html><body><header><h1 id="top">Site</h1></header><main id="main" class="wrap">\
        <nav class="breadcrumbs" aria-label="Breadcrumb"><a href="../">Dashboard</a></nav>\
        <h1 id="title">Project</h1><section aria-labelledby="a  b"><h2 id="a">A</h2><H6>deep</H6>\
        <hr><header>x</header><a href="#a">to A</a> <a href="../x/">away</a>\
        <svg><rect fill="url(#g)"/></svg><p aria-describedby="n">t</p></h2 ></section>\
        <p>end url(#never</p></main><footer id="f"></footer></body></html>
        """
        let expected = """
        <h2 id="p-title">Project</h2><section aria-labelledby="p-a p-b"><h3 id="p-a">A</h3><h6>deep</h6>\
        <hr><header>x</header><a href="#p-a">to A</a> <a href="../x/">away</a>\
        <svg><rect fill="url(#p-g)"/></svg><p aria-describedby="p-n">t</p></h3 ></section>\
        <p>end url(#never</p>
        """
        #expect(PrintAssembly.section(fromPage: page, idPrefix: "p-") == expected)
    }

    @Test func noMainNoSection() {
        #expect(PrintAssembly.section(fromPage: "<html><body><p id=\"x\">x</p></body></html>", idPrefix: "p-") == "")
    }

    @Test func prefixingAloneLeavesHeadings() {
        #expect(PrintAssembly.prefixIDs("<h2 id=\"a\">A</h2><a href=\"#a\">", with: "q-") == "<h2 id=\"q-a\">A</h2><a href=\"#q-a\">")
    }
}
