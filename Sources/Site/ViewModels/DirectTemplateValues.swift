/// Template values of the view models every page repeats, built directly instead of through
/// their synthesized `encode(to:)` (`TemplateEncoding.value` picks these by type). Each is the
/// value the encoder would make, field for field and in declaration order, as
/// `DirectTemplateValueTests` checks against the encoder on real pages. A field added to one
/// of these structs must be added here too; that test fails until it is.
extension LinkModel {
    var templateValue: TemplateValue {
        .object(["text": .string(text), "href": .string(href), "isLink": .bool(isLink)])
    }
}

extension BadgeModel {
    var templateValue: TemplateValue {
        .object(["key": .string(key), "letter": .string(letter), "label": .string(label), "coloured": .bool(coloured),
                 "note": .string(note), "hasNote": .bool(hasNote)])
    }
}

extension KPIModel {
    var templateValue: TemplateValue {
        .object(["label": .string(label), "value": .string(value), "note": .string(note), "hasNote": .bool(hasNote),
                 "title": .string(title), "hasTitle": .bool(hasTitle), "tone": .string(tone), "hasTone": .bool(hasTone)])
    }
}

extension LayoutModel {
    var templateValue: TemplateValue {
        .object([
            "lang": .string(lang), "title": .string(title), "siteTitle": .string(siteTitle),
            "homeHref": .string(homeHref), "stylesheetHref": .string(stylesheetHref),
            "nav": .list(nav.map { .object(["text": .string($0.text), "href": .string($0.href),
                                            "ariaCurrent": .string($0.ariaCurrent), "isCurrent": .bool($0.isCurrent)]) }),
            "breadcrumbs": .list(breadcrumbs.map { .object(["text": .string($0.text), "href": .string($0.href), "isLink": .bool($0.isLink)]) }),
            "hasBreadcrumbs": .bool(hasBreadcrumbs), "statusDate": .string(statusDate), "statusDateISO": .string(statusDateISO),
            "methodologyHref": .string(methodologyHref), "dataHref": .string(dataHref), "feedHref": .string(feedHref),
            "projectsCSVHref": .string(projectsCSVHref), "risksCSVHref": .string(risksCSVHref),
            "changesCSVHref": .string(changesCSVHref), "capacityCSVHref": .string(capacityCSVHref),
        ])
    }
}

extension DimensionModel {
    var templateValue: TemplateValue { .object(["dimension": .string(dimension), "badge": badge.templateValue]) }
}

extension ProjectRowModel {
    var templateValue: TemplateValue {
        .object(["link": link.templateValue, "program": program.templateValue, "phase": .string(phase), "phaseKey": .string(phaseKey),
                 "manager": .string(manager), "budget": .string(budget), "budgetFull": .string(budgetFull),
                 "rating": rating.templateValue, "reportDate": .string(reportDate)])
    }
}

extension ReportRefModel {
    var templateValue: TemplateValue {
        .object(["link": link.templateValue, "dateISO": .string(dateISO), "badge": badge.templateValue])
    }
}

/// A status report page, the most numerous page of a site (ten thousand at a thousand projects).
extension StatusReportPage {
    var templateValue: TemplateValue {
        .object([
            "layout": layout.templateValue, "project": project.templateValue, "date": .string(date), "dateISO": .string(dateISO),
            "overall": overall.templateValue, "ratings": .list(ratings.map(\.templateValue)),
            "assessments": .list(assessments.map(\.templateValue)), "figures": .list(figures.map(\.templateValue)),
            "overallChange": .string(overallChange), "hasOverallChange": .bool(hasOverallChange),
            "narrativeHTML": .string(narrativeHTML), "hasNarrative": .bool(hasNarrative),
            "previous": .list(previous.map(\.templateValue)), "next": .list(next.map(\.templateValue)),
        ])
    }
}

/// A project page (a thousand at a thousand projects), its rows and its confidence panel.
extension ProjectPage {
    var templateValue: TemplateValue {
        .object([
            "layout": layout.templateValue, "name": .string(name), "facts": .list(facts.map(\.templateValue)),
            "kpis": .list(kpis.map(\.templateValue)), "earnedValueNote": .string(earnedValueNote),
            "hasEarnedValueNote": .bool(hasEarnedValueNote), "ragRows": .list(ragRows.map(\.templateValue)),
            "watermelon": .string(watermelon), "isWatermelon": .bool(isWatermelon),
            "assessments": .list(assessments.map(\.templateValue)), "ratingsNote": .string(ratingsNote),
            "narrativeHTML": .string(narrativeHTML), "hasNarrative": .bool(hasNarrative),
            "charts": .list(charts.map(\.templateValue)), "confidence": confidence.templateValue,
            "milestones": .list(milestones.map(\.templateValue)), "risks": .list(risks.map(\.templateValue)),
            "issues": .list(issues.map(\.templateValue)), "dependencies": .list(dependencies.map(\.templateValue)),
            "demand": .list(demand.map(\.templateValue)), "changes": .list(changes.map(\.templateValue)),
            "reports": .list(reports.map(\.templateValue)),
        ])
    }
}

extension FactModel {
    var templateValue: TemplateValue { .object(["label": .string(label), "value": value.templateValue]) }
}

extension RAGRowModel {
    var templateValue: TemplateValue {
        .object(["dimension": .string(dimension), "shown": shown.templateValue, "reported": reported.templateValue,
                 "computed": computed.templateValue, "isComputed": .bool(isComputed)])
    }
}

extension ConfidenceModel {
    var templateValue: TemplateValue {
        .object(["hasSimulation": .bool(hasSimulation), "kpis": .list(kpis.map(\.templateValue)),
                 "charts": .list(charts.map(\.templateValue)), "note": .string(note)])
    }
}

extension MilestoneRowModel {
    var templateValue: TemplateValue {
        .object(["name": .string(name), "baseline": .string(baseline), "forecast": .string(forecast), "actual": .string(actual),
                 "deliverable": .string(deliverable)])
    }
}

extension RiskRowModel {
    var templateValue: TemplateValue {
        .object(["id": .string(id), "title": .string(title), "probability": .string(probability), "cost": .string(cost),
                 "scheduleDays": .string(scheduleDays), "costExposure": .string(costExposure), "daysExposure": .string(daysExposure),
                 "owner": .string(owner), "response": .string(response), "status": .string(status)])
    }
}

extension IssueRowModel {
    var templateValue: TemplateValue {
        .object(["title": .string(title), "severity": .string(severity), "severityKey": .string(severityKey), "owner": .string(owner),
                 "due": .string(due), "status": .string(status)])
    }
}

extension DemandRowModel {
    var templateValue: TemplateValue { .object(["role": .string(role), "fte": .string(fte), "from": .string(from), "to": .string(to)]) }
}

extension ChangeRefModel {
    var templateValue: TemplateValue {
        .object(["link": link.templateValue, "title": .string(title), "status": .string(status), "cost": .string(cost),
                 "scheduleDays": .string(scheduleDays)])
    }
}
