/// The dashboard (one for the status date and one archived at each earlier reporting date,
/// 18 at a thousand projects) and its rows of one per project, built as template values
/// directly, as `DirectTemplateValues` does for other pages: field for field and in
/// declaration order, as `DirectTemplateValueTests` checks against the encoder. Nested values
/// that are not per-project rows go through `TemplateEncoding.value`.
extension DashboardPage {
    var templateValue: TemplateValue {
        .object([
            "layout": layout.templateValue, "name": .string(name), "statusDate": .string(statusDate),
            "statusDateISO": .string(statusDateISO), "countsLine": .string(countsLine),
            "attention": .list(attention.map(\.templateValue)), "ragMatrix": .list(ragMatrix.map(\.templateValue)),
            "milestonesDue": .list(milestonesDue.map(\.templateValue)),
            "milestonesMissed": .list(milestonesMissed.map(\.templateValue)), "milestoneWindow": .string(milestoneWindow),
            "portfolioPanel": TemplateEncoding.value(portfolioPanel), "portfolioRAG": portfolioRAG.templateValue,
            "ruleText": .string(ruleText), "programRollups": TemplateEncoding.value(programRollups),
            "watermelons": .list(watermelons.map(\.templateValue)), "phaseCounts": TemplateEncoding.value(phaseCounts),
            "ratingCounts": TemplateEncoding.value(ratingCounts), "projects": TemplateEncoding.value(projects),
            "programs": TemplateEncoding.value(programs), "summaryHTML": .string(summaryHTML), "hasSummary": .bool(hasSummary),
            "whatChanged": TemplateEncoding.value(whatChanged), "charts": .list(charts.map(\.templateValue)),
            "isArchive": .bool(isArchive), "archiveNote": .string(archiveNote),
        ])
    }
}

extension AttentionRowModel {
    var templateValue: TemplateValue {
        .object(["link": link.templateValue, "badge": badge.templateValue, "reason": .string(reason)])
    }
}

extension RAGMatrixRowModel {
    var templateValue: TemplateValue {
        .object(["link": link.templateValue, "phase": .string(phase), "overall": overall.templateValue,
                 "schedule": schedule.templateValue, "cost": cost.templateValue, "scope": scope.templateValue,
                 "resources": resources.templateValue])
    }
}

extension MilestoneDueModel {
    var templateValue: TemplateValue {
        .object(["project": project.templateValue, "name": .string(name), "due": .string(due), "baseline": .string(baseline),
                 "when": .string(when), "deliverable": .bool(deliverable)])
    }
}

extension WatermelonRowModel {
    var templateValue: TemplateValue {
        .object(["link": link.templateValue, "reported": reported.templateValue, "computed": computed.templateValue,
                 "why": .string(why)])
    }
}
