import Portfolio

/// `content/projects/<id>/status/<YYYY-MM-DD>.md` (SPEC §2.5); the date is the file name's.
enum StatusReportDecoder {
    static func decode(project: String, date: Day, _ r: inout FieldReader, body: String, path: String) -> StatusReport {
        let note = r.string("overall_note")
        let overall: Rating? = r.value("overall").flatMap { node in
            let source = r.source
            return source.rating(node, note: note, what: "overall rating", log: &r.log)
        }
        let schedule = r.rag("schedule")
        let cost = r.rag("cost")
        let scope = r.rag("scope")
        let resources = r.rag("resources")
        let ratings: [Assessment] = r.list("ratings") { a in
            let by = a.string("by", required: "a rating")
            let note = a.string("note")
            let value = a.value("value")
            if value == nil { a.log.error(.missingField, "a rating has no `value`", at: a.location) }
            let source = a.source
            let rating = value.flatMap { source.rating($0, note: note, what: "rating", log: &a.log) }
            guard let by, let rating else { return nil }
            return Assessment(by: by, value: rating)
        }
        let percentComplete = r.number("percent_complete", in: 0...100)
        let actualCost = r.money("actual_cost")
        let forecastFinish = r.day("forecast_finish")
        let forecastCost = r.money("forecast_cost")
        return StatusReport(project: project, date: date, overall: overall, schedule: schedule, cost: cost, scope: scope,
                            resources: resources, ratings: ratings, percentComplete: percentComplete,
                            actualCost: actualCost, forecastFinish: forecastFinish, forecastCost: forecastCost,
                            body: body, location: SourceLocation(path: path))
    }
}
