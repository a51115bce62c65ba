import Portfolio

/// `pmo.yaml` (SPEC §2.1). Every field is optional; a missing or invalid one keeps the
/// SPEC's default (the error is logged, so no build comes of it).
enum SettingsDecoder {
    static func decode(_ r: inout FieldReader) -> Settings {
        var s = Settings()
        if let v = r.string("title") { s.title = v }
        if let v = r.string("base_url") {
            if BaseURL.isValid(v) {
                s.baseURL = v
            } else if let at = r.locationOf("base_url") {
                r.log.error(.invalidURL, "\(BaseURL.rule), found `\(v)`", at: at)
            }
        }
        s.asOf = r.day("as_of")
        if let v = r.string("currency") { s.currency = v }
        if let v = r.string("locale") { s.locale = v }
        if let v = r.integer("fiscal_year_start") {
            if (1...12).contains(v) {
                s.fiscalYearStart = v
            } else if let at = r.locationOf("fiscal_year_start") {
                r.log.error(.outOfRange, "`fiscal_year_start` must be a month between 1 and 12, found `\(v)`", at: at)
            }
        }
        if let v = r.choice("rollup", RollupRule.self, what: "rollup rule") { s.rollup = v }
        r.mapping("thresholds") { t in
            t.mapping("index") { band in
                if let v = band.number("green") { s.thresholds.indexGreen = v }
                if let v = band.number("amber") { s.thresholds.indexAmber = v }
            }
            t.mapping("variance") { band in
                if let v = band.number("green") { s.thresholds.varianceGreen = v }
                if let v = band.number("amber") { s.thresholds.varianceAmber = v }
            }
        }
        r.mapping("simulation") { m in
            if let v = m.integer("trials", minimum: 1) { s.simulation.trials = v }
            if let v = m.integer("seed", minimum: 0) { s.simulation.seed = UInt64(v) }
            if let v = m.choice("distribution", DistributionKind.self, what: "distribution") { s.simulation.distribution = v }
            if let v = m.triple("duration", minimum: 0) { s.simulation.duration = v }
            if let v = m.triple("cost", minimum: 0) { s.simulation.cost = v }
        }
        r.mapping("markdown") { m in
            if let v = m.bool("unsafe") { s.markdownUnsafe = v }
        }
        r.mapping("reporting") { m in
            if let v = m.choice("period", ReportingPeriod.self, what: "reporting period") { s.reportingPeriod = v }
        }
        return s
    }
}
