import Analysis
import Portfolio

/// The CSV downloads beside the site's tables (`data/projects.csv`, `data/risks.csv`,
/// `data/changes.csv`, `data/capacity.csv`): RFC 4180, comma-separated, CRLF line ends, a header row, numbers
/// rounded as in data/portfolio.json so a spreadsheet and the site never disagree.
///
/// Free text a content author wrote (names, titles, owners, responses, roles) that starts like a
/// spreadsheet formula (`=`, `+`, `-`, `@`, tab, CR) is written after a `'`, so a spreadsheet
/// shows it as text and never evaluates it (OWASP, "CSV injection"; docs/security.md). Ids,
/// dates and numbers are written as they are.
enum CSVExports {
    static func projects(_ figures: Figures) -> String {
        table(["id", "name", "program", "phase", "manager", "start", "baseline_finish", "forecast_finish", "slip_days",
               "bac", "pv", "ev", "ac", "eac", "etc", "vac", "cpi", "spi", "rag_overall", "rag_reported", "rag_computed", "watermelon",
               "pending_change_cost", "savings_planned", "savings_realised"],
              figures.projects.map { f in
                  let e = f.earnedValue, p = f.project
                  return [p.id, text(p.name), p.program ?? "", p.phase.rawValue, text(p.manager), p.start?.iso ?? "",
                          e.baselineFinish?.iso ?? "", e.forecastFinish?.iso ?? "", e.slipDays.map(String.init) ?? "",
                          money(e.bac), money(e.pv), money(e.ev), money(e.ac), money(e.eac), money(e.etc), money(e.vac),
                          ratio(e.cpi), ratio(e.spi), f.rag.overall?.name ?? "", f.rag.reportedOverall?.name ?? "",
                          f.rag.computedOverall?.name ?? "", f.rag.watermelon ? "true" : "false",
                          money(f.pendingChangeCost), money(p.savingsPlanned), money(p.savingsRealised)]
              })
    }

    static func risks(_ portfolio: Portfolio) -> String {
        table(["project", "id", "title", "status", "probability", "cost_min", "cost_likely", "cost_max",
               "days_min", "days_likely", "days_max", "owner", "response"],
              portfolio.projects.flatMap { project in
                  project.risks.map { r in
                      [project.id, r.id, text(r.title), r.status.rawValue, number(r.probability, 4),
                       number(r.cost?.low, 2), number(r.cost?.likely, 2), number(r.cost?.high, 2),
                       number(r.scheduleDays?.low, 0), number(r.scheduleDays?.likely, 0), number(r.scheduleDays?.high, 0),
                       text(r.owner), text(r.response)]
                  }
              })
    }

    static func changes(_ figures: Figures) -> String {
        table(["id", "project", "title", "status", "submitted", "decided", "cost", "schedule_days"],
              figures.changes.entries.map { entry in
                  let c = entry.change
                  // A decision after the status date is not yet known: no decided date.
                  let decided = entry.status == c.status ? c.decided?.iso ?? "" : ""
                  return [c.id, c.project, text(c.title), entry.status.rawValue, c.submitted?.iso ?? "", decided,
                          money(c.cost), String(c.scheduleDays)]
              })
    }

    /// `data/capacity.csv`: the rows of `capacity` in data/portfolio.json, one per role and month.
    static func capacity(_ figures: Figures) -> String {
        var rows: [[String]] = []
        if let plan = figures.office?.capacity {
            for (r, role) in plan.roles.enumerated() {
                for (m, month) in plan.months.enumerated() {
                    let cell = plan.cells[r][m]
                    rows.append([text(role), month.iso, number(cell.capacity, 2), number(cell.demand, 2), number(cell.pipeline, 2),
                                 ratio(cell.utilisation)])
                }
            }
        }
        return table(["role", "month", "capacity", "demand", "pipeline_demand", "utilisation"], rows)
    }

    // MARK: - Cells

    /// Author-written text, neutralised when a spreadsheet would read it as a formula.
    static func text(_ s: String?) -> String {
        guard let s, let first = s.unicodeScalars.first else { return "" }
        return ["=", "+", "-", "@", "\t", "\r"].contains(first) ? "'" + s : s
    }

    static func money(_ m: Money?) -> String { m.map { JSONValue.format(Rounding.money($0)) } ?? "" }
    static func ratio(_ x: Double?) -> String { x.map { JSONValue.format(Rounding.ratio($0)) } ?? "" }
    static func number(_ x: Double?, _ decimals: Int) -> String { x.map { JSONValue.format(Rounding.round($0, decimals)) } ?? "" }

    /// Header and rows, each cell quoted when it holds a comma, a quote or a line end.
    static func table(_ header: [String], _ rows: [[String]]) -> String {
        ([header] + rows).map { $0.map(quote).joined(separator: ",") + "\r\n" }.joined()
    }

    static func quote(_ cell: String) -> String {
        // Bytes, not Characters: the four are ASCII, and a UTF-8 continuation or lead byte is
        // never one of them, so the test and the doubling of quotes are the same on the bytes
        // (walking Characters, with their grapheme breaks, was most of writing the CSV files).
        guard cell.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else { return cell }
        var out: [UInt8] = [0x22]
        out.reserveCapacity(cell.utf8.count + 8)
        for byte in cell.utf8 {
            out.append(byte)
            if byte == 0x22 { out.append(0x22) }
        }
        out.append(0x22)
        return String(decoding: out, as: UTF8.self)
    }
}
