import Portfolio

/// Fiscal years and periods from `fiscal_year_start` (SPEC §2.1): with April (4), the year
/// from April 2026 to March 2027 is "FY2026/27", October 2026 is its month 7 and quarter 3.
/// With January (1) the fiscal year is the calendar year: "FY2026".
public struct FiscalCalendar: Sendable, Equatable {
    /// The month (1–12) the fiscal year starts in.
    public let startMonth: Int

    public init(startMonth: Int) { self.startMonth = (1...12).contains(startMonth) ? startMonth : 1 }

    /// The calendar year in which the fiscal year holding `month` starts.
    public func startYear(of month: Month) -> Int {
        month.monthNumber >= startMonth ? month.year : month.year - 1
    }

    /// `FY2026/27`, or `FY2026` when the fiscal year is the calendar year.
    public func yearLabel(_ month: Month) -> String {
        let y = startYear(of: month)
        if startMonth == 1 { return "FY\(y)" }
        let next = (y + 1) % 100
        return "FY\(y)/" + (next < 10 ? "0\(next)" : "\(next)")
    }

    /// 1–12: the month's place in its fiscal year.
    public func period(_ month: Month) -> Int { (month.monthNumber - startMonth + 12) % 12 + 1 }
    /// 1–4.
    public func quarter(_ month: Month) -> Int { (period(month) - 1) / 3 + 1 }

    /// `FY2026/27 Q3` for quarterly reporting, `FY2026/27 M7` for monthly.
    public func label(_ month: Month, reporting: ReportingPeriod) -> String {
        yearLabel(month) + (reporting == .quarter ? " Q\(quarter(month))" : " M\(period(month))")
    }
}
