import Foundation
@testable import Portfolio
@testable import Site
import Testing

@Suite struct FormatterTests {
    let nbsp = "\u{00A0}"
    let narrow = "\u{202F}"

    /// Dates are written byte by byte since 2026-11-28. Oracles: the interpolation they replace,
    /// in every built-in locale, over every day of 1999–2101 and the first days of years with
    /// one to four digits; and `Day.iso` as padded pieces joined (`Day.pad`), hand-checked at
    /// two dates.
    @Test func datesAsTheInterpolationWroteThem() throws {
        let first = try #require(Day(year: 1999, month: 1, day: 1)).ordinal, last = try #require(Day(year: 2101, month: 12, day: 31)).ordinal
        var days = Array(first...last)
        for year in [1, 9, 10, 99, 100, 999, 1000, 9999] { days.append(try #require(Day(year: year, month: 3, day: 7)).ordinal) }
        for locale in ["en_US", "en_GB", "de_DE", "fr_FR"] {
            let format = SiteFormatter(currency: "EUR", locale: locale)
            for ordinal in days {
                let day = Day(ordinal: ordinal), c = day.components
                let expected = SiteFormatter.interpolatedDay(c, month: format.style.monthAbbreviations[c.month - 1], format.style.dateOrder)
                if format.day(day) != expected { Issue.record("\(locale) \(ordinal): \(format.day(day)) ≠ \(expected)"); return }
            }
        }
        for ordinal in days {
            let c = Day(ordinal: ordinal).components
            #expect(Day(ordinal: ordinal).iso == Day.pad(c.year, 4) + "-" + Day.pad(c.month, 2) + "-" + Day.pad(c.day, 2))
        }
        #expect(try #require(Day(year: 2026, month: 10, day: 31)).iso == "2026-10-31")
        #expect(try #require(Day(year: 7, month: 1, day: 2)).iso == "0007-01-02")
        #expect(SiteFormatter(currency: "EUR", locale: "fr_FR").day(try #require(Day(year: 2026, month: 2, day: 3))) == "3 févr. 2026")
    }
    let us = SiteFormatter(currency: "USD", locale: "en_US")
    let gb = SiteFormatter(currency: "GBP", locale: "en_GB")
    let de = SiteFormatter(currency: "EUR", locale: "de_DE")
    let fr = SiteFormatter(currency: "EUR", locale: "fr_FR")

    /// Grouping worked out arithmetically, three digits at a time from the right, for 20,000
    /// seeded integers of every length in each locale, against `integer` and `signedInteger`.
    @Test func groupingAsArithmetic() {
        func expected(_ v: Int, _ separator: String) -> String {
            var groups: [String] = []
            var rest = v.magnitude
            repeat {
                let group = rest % 1000
                rest /= 1000
                let text = String(group)
                groups.append(rest > 0 ? String(repeating: "0", count: 3 - text.count) + text : text)
            } while rest > 0
            return (v < 0 ? "-" : "") + groups.reversed().joined(separator: separator)
        }
        var state: UInt64 = 3
        for k in 0..<20_000 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let digits = Int(state >> 60) % 16 + 1
            var v = Int((state >> 4) % UInt64(pow(10, Double(digits))))
            if k % 2 == 1 { v = -v }
            for (formatter, separator) in [(us, ","), (de, "."), (fr, narrow)] {
                #expect(formatter.integer(v) == expected(v, separator), "\(v)")
                if v > 0 { #expect(formatter.signedInteger(v) == "+" + expected(v, separator)) }
            }
        }
    }

    @Test func moneyPerLocale() {
        #expect(us.money(1_200_000) == "$1,200,000")
        #expect(gb.money(1_200_000) == "£1,200,000")
        #expect(de.money(1_200_000) == "1.200.000\(nbsp)€")
        #expect(fr.money(1_200_000) == "1\(narrow)200\(narrow)000\(nbsp)€")
        #expect(SiteFormatter(currency: "CHF", locale: "en_GB").money(950) == "CHF\(nbsp)950")
        #expect(SiteFormatter(currency: "USD", locale: "de_DE").money(1234) == "1.234\(nbsp)$")
    }

    @Test func moneyRoundsHalfAwayFromZeroAndSigns() {
        #expect(us.money(1234.5) == "$1,235")
        #expect(us.money(-1234.5) == "-$1,235")
        #expect(us.money(-80_000) == "-$80,000")
        #expect(us.money(-0.4) == "$0")
        #expect(us.money(999) == "$999")
        #expect(us.signedMoney(80_000) == "+$80,000")
        #expect(us.signedMoney(-20_000) == "-$20,000")
        #expect(us.signedMoney(0) == "$0")
        #expect(de.money(-5_000) == "-5.000\(nbsp)€")
    }

    @Test func compactMoney() {
        #expect(gb.compactMoney(1_200_000) == "£1.2m")
        #expect(gb.compactMoney(450_000) == "£450k")
        #expect(gb.compactMoney(3_000_000) == "£3m")
        #expect(gb.compactMoney(2_500_000_000) == "£2.5bn")
        #expect(gb.compactMoney(999_950) == "£1m")
        #expect(gb.compactMoney(999) == "£999")
        #expect(gb.compactMoney(-1_250_000) == "-£1.3m")
        #expect(us.compactMoney(1_200_000) == "$1.2M")
        #expect(us.compactMoney(10_000) == "$10K")
        #expect(de.compactMoney(1_200_000) == "1,2\(nbsp)Mio.\(nbsp)€")
    }

    @Test func dates() {
        let day = Day(iso: "2026-10-31")!
        #expect(gb.day(day) == "31 Oct 2026")
        #expect(us.day(day) == "Oct 31, 2026")
        #expect(de.day(day) == "31. Okt. 2026")
        #expect(fr.day(day) == "31 oct. 2026")
        #expect(gb.day(Day(iso: "2027-01-05")!) == "5 Jan 2027")
        #expect(gb.month(Month(iso: "2026-03")!) == "Mar 2026")
    }

    @Test func numbersAndPercentages() {
        #expect(us.number(1234.5) == "1,234.5")
        #expect(us.number(-1234.567) == "-1,234.57")
        #expect(us.number(-0.004) == "0")
        #expect(us.number(0.5, maxFractionDigits: 0) == "1")
        #expect(de.number(1234.5) == "1.234,5")
        #expect(us.percent(55) == "55%")
        #expect(us.percent(12.25) == "12.3%")
        #expect(de.percent(55) == "55\(nbsp)%")
        #expect(us.probability(0.3) == "30%")
        #expect(us.signedInteger(14) == "+14")
        #expect(us.signedInteger(-5) == "-5")
        #expect(us.integer(-1_234) == "-1,234")
    }

    @Test func localeFallbacks() {
        #expect(SiteFormatter(currency: "AUD", locale: "en_AU").day(Day(iso: "2026-10-31")!) == "31 Oct 2026")
        #expect(SiteFormatter(currency: "AUD", locale: "en_AU").languageTag == "en-AU")
        #expect(SiteFormatter(currency: "USD", locale: "en-GB").languageTag == "en-GB")
        #expect(SiteFormatter(currency: "USD", locale: "xx_YY").languageTag == "en-US")
        #expect(SiteFormatter(currency: "USD", locale: "de_\"><x").languageTag.allSatisfy { $0.isLetter || $0 == "-" })
    }
}
