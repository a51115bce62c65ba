/// More rows built directly (see `DirectTemplateValues.swift`): the dashboard's "what changed"
/// and program rows, shown on the dashboard and on each of the archived ones, and the
/// resources page's draws. Through the encoder they were most of the values still encoded
/// field by field (a few thousand rows a build, the slips most).
extension WhatChangedModel {
    var templateValue: TemplateValue {
        .object(["previousDate": .string(previousDate), "moves": .list(moves.map(\.templateValue)),
                 "slips": .list(slips.map(\.templateValue)), "approved": .list(approved.map(\.templateValue)),
                 "newReds": .string(newReds), "hasNewReds": .bool(hasNewReds), "isEmpty": .bool(isEmpty)])
    }
}

extension RAGMoveModel {
    var templateValue: TemplateValue {
        .object(["link": link.templateValue, "from": from.templateValue, "to": to.templateValue, "direction": .string(direction)])
    }
}

extension SlipModel {
    var templateValue: TemplateValue {
        .object(["link": link.templateValue, "days": .string(days), "from": .string(from), "to": .string(to)])
    }
}

extension ApprovedChangeModel {
    var templateValue: TemplateValue {
        .object(["link": link.templateValue, "project": project.templateValue, "title": .string(title), "cost": .string(cost),
                 "days": .string(days)])
    }
}

extension ProgramRowModel {
    var templateValue: TemplateValue {
        .object(["link": link.templateValue, "sponsor": .string(sponsor), "manager": .string(manager),
                 "projectCount": .string(projectCount)])
    }
}

extension ProgramRollupRowModel {
    var templateValue: TemplateValue {
        .object(["link": link.templateValue, "rag": rag.templateValue, "rule": .string(rule), "bac": .string(bac),
                 "ac": .string(ac), "eac": .string(eac), "vac": .string(vac), "cpi": .string(cpi), "spi": .string(spi),
                 "forecastFinish": .string(forecastFinish), "pipeline": .string(pipeline), "pendingChanges": .string(pendingChanges)])
    }
}

extension DrawModel {
    var templateValue: TemplateValue {
        .object(["link": link.templateValue, "fte": .string(fte)])
    }
}
