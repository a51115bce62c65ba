/// Every diagnostic code Ingest reports: stable kebab-case names, each documented in
/// `docs/diagnostics.md` (a test keeps the two in sync).
enum DiagnosticCode: String, CaseIterable, Sendable {
    // MARK: - Errors: files and syntax
    case missingFile = "missing-file"
    case invalidEncoding = "invalid-encoding"
    case controlCharacter = "control-character"
    case symbolicLink = "symbolic-link"
    case missingFrontMatter = "missing-front-matter"
    case unclosedFrontMatter = "unclosed-front-matter"
    case yamlSyntax = "yaml-syntax"
    case csvSyntax = "csv-syntax"
    case raggedRow = "ragged-row"

    // MARK: - Errors: fields and values
    case missingField = "missing-field"
    case missingColumn = "missing-column"
    case wrongType = "wrong-type"
    case invalidDate = "invalid-date"
    case invalidMonth = "invalid-month"
    case invalidEnum = "invalid-enum"
    case outOfRange = "out-of-range"
    case unorderedTriple = "unordered-triple"
    case finishBeforeStart = "finish-before-start"
    case invalidURL = "invalid-url"

    // MARK: - Errors: identity and references
    case invalidID = "invalid-id"
    case duplicateID = "duplicate-id"
    case duplicateMonth = "duplicate-month"
    case unknownProgram = "unknown-program"
    case unknownProject = "unknown-project"
    case unknownObjective = "unknown-objective"
    case unknownBenefit = "unknown-benefit"
    case dependencyCycle = "dependency-cycle"
    case asOfMissing = "as-of-missing"

    // MARK: - Errors: importing
    case missingSnapshotDate = "missing-snapshot-date"
    case duplicateSnapshot = "duplicate-snapshot"
    case invalidPattern = "invalid-pattern"

    // MARK: - Warnings
    case unknownKey = "unknown-key"
    case unknownColumn = "unknown-column"
    case unexpectedFile = "unexpected-file"
    case reportAfterAsOf = "report-after-as-of"
    case unreadableCell = "unreadable-cell"

    // MARK: - Warnings: the capacity plan (found by Analysis, worded by `PlanDiagnostics`)
    case noCapacity = "no-capacity"
    case demandOutsideHorizon = "demand-outside-horizon"
    case undatedDemand = "undated-demand"
}
