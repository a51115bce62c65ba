import Portfolio
import Testing
@testable import Site

/// Fiscal labels from fiscal_year_start, worked by hand.
@Suite struct FiscalCalendarTests {
    let m = { (s: String) in Month(iso: s)! }

    @Test func aprilStartLikeTheUKGovernment() {
        let fy = FiscalCalendar(startMonth: 4)
        #expect(fy.yearLabel(m("2026-04")) == "FY2026/27")
        #expect(fy.yearLabel(m("2027-03")) == "FY2026/27")   // March closes the year that began in April 2026
        #expect(fy.yearLabel(m("2026-03")) == "FY2025/26")
        #expect(fy.period(m("2026-10")) == 7)                 // Apr=1 … Oct=7
        #expect(fy.quarter(m("2026-10")) == 3)
        #expect(fy.quarter(m("2027-01")) == 4)
        #expect(fy.label(m("2026-12"), reporting: .quarter) == "FY2026/27 Q3")
        #expect(fy.yearLabel(m("2099-06")) == "FY2099/00")    // the century rolls over
    }

    @Test func januaryStartIsTheCalendarYear() {
        let fy = FiscalCalendar(startMonth: 1)
        #expect(fy.yearLabel(m("2026-12")) == "FY2026")
        #expect(fy.label(m("2026-10"), reporting: .month) == "FY2026 M10")
        #expect(fy.quarter(m("2026-03")) == 1)
    }

    @Test func julyStart() {
        let fy = FiscalCalendar(startMonth: 7)
        #expect(fy.yearLabel(m("2026-06")) == "FY2025/26")
        #expect(fy.period(m("2026-07")) == 1)
        #expect(fy.quarter(m("2026-12")) == 2)
    }
}
