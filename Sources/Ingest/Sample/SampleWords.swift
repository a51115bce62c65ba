/// The word banks `pmo sample` builds names and narratives from: a fictional public body's
/// change portfolio (a county council with shared services), in British English.
enum SampleWords {
    static let areas = [
        "Finance", "Payroll", "HR", "Customer", "Fleet", "Estates", "Housing", "Waste", "Parking",
        "Licensing", "Planning", "Procurement", "Library", "Contact Centre", "Data", "Network", "Cloud",
        "Identity", "Records", "Grants", "Highways", "Social Care", "Education", "Revenues", "Benefits",
        "Cemeteries", "Leisure", "Street Lighting", "Energy", "Transport", "Archives", "Elections",
    ]
    static let systems = [
        "Platform", "System", "Service", "Portal", "Hub", "Network", "Data Warehouse", "Workflow", "App",
        "Case Management", "Telephony", "Booking", "Payments", "Integration",
    ]
    static let actions = [
        "Replacement", "Upgrade", "Migration", "Modernisation", "Consolidation", "Rollout", "Redesign",
        "Automation", "Decommissioning", "Renewal",
    ]
    static let programThemes = [
        "Digital Services", "Core Systems", "Net Zero Estate", "Customer Experience", "Workforce",
        "Data and Insight", "Infrastructure Resilience", "Adult Social Care Reform", "Children's Services",
        "Place and Growth", "Neighbourhoods", "Housing Delivery", "Corporate Efficiency", "Transport",
        "Schools Capital", "Health Integration", "Cyber Security", "Commercial Income",
    ]
    static let categories = ["Transformation", "Corporate systems", "Infrastructure", "Statutory", "Invest to save", "Capital"]
    static let firstNames = [
        "Amara", "Ben", "Chloe", "Dev", "Elena", "Farid", "Grace", "Hamza", "Isla", "Jonah", "Kiran", "Leah",
        "Mateo", "Nadia", "Owen", "Priya", "Quentin", "Rosa", "Samir", "Tess", "Usha", "Victor", "Wen", "Yusuf",
    ]
    static let lastNames = [
        "Adeyemi", "Brennan", "Chowdhury", "Doyle", "Evans", "Fraser", "Gill", "Hughes", "Iqbal", "Jones",
        "Kaur", "Lewis", "Murphy", "Nowak", "O'Brien", "Patel", "Quinn", "Rahman", "Smith", "Thomas",
        "Okafor", "Walsh", "Young", "Zhang",
    ]
    static let sponsors = [
        "Chief Executive", "Director of Resources", "Director of Adult Services", "Director of Children's Services",
        "Director of Place", "Chief Digital Officer", "Director of Housing", "Director of Public Health",
        "Head of Customer Services", "Director of Environment",
    ]
    static let roles = [
        "project-manager", "business-analyst", "developer", "tester", "architect", "data-engineer",
        "change-manager", "energy-engineer",
    ]
    static let objectives: [(id: String, name: String, weight: Int)] = [
        ("residents", "Better services for residents", 4),
        ("net-zero", "Net zero by 2035", 3),
        ("savings", "Financial sustainability", 3),
        ("compliance", "Safe and compliant services", 2),
    ]
    static let stakeholderRoles = [
        "Senior Responsible Owner", "Assurance", "Statutory audit", "System users", "Trade union",
        "Service users", "Elected members", "Supplier", "Finance business partner",
    ]

    // MARK: - Sentences

    static let subjects = [
        "The project team", "The supplier", "The design authority", "The service lead", "The data migration workstream",
        "The change team", "The technical lead", "The programme board", "Our delivery partner", "The testing team",
        "The procurement team", "Service managers",
    ]
    static let verbs = [
        "completed", "reviewed", "signed off", "started", "re-planned", "agreed", "tested", "delivered",
        "documented", "escalated", "baselined", "validated",
    ]
    static let objects = [
        "the integration design", "the second data migration cycle", "user acceptance testing", "the training plan",
        "the cut-over runbook", "the benefits realisation plan", "the supplier's resourcing plan", "the interface specification",
        "the privacy impact assessment", "the business readiness checklist", "the decommissioning plan", "the test strategy",
        "the service design", "the go-live criteria", "the security accreditation", "the records retention schedule",
    ]
    static let clauses = [
        "ahead of the board's deadline", "with two minor actions outstanding", "after a second review",
        "within the agreed tolerance", "a fortnight later than planned", "with the service users' representatives",
        "as the gateway review recommended", "without further cost to the council", "in line with the re-plan",
        "subject to one open defect", "on schedule", "with the finance business partner",
    ]
    static let workstreams = [
        "Data migration", "Integration", "Testing", "Training", "Service design", "Infrastructure",
        "Procurement", "Business change", "Security", "Reporting",
    ]
    static let statusWords = ["on track", "at risk", "late", "complete", "not started"]
}
