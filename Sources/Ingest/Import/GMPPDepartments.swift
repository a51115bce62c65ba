/// The departments named in the GMPP files, by the abbreviation the files use, with their
/// names at the time of the 2021–2023 reports (gov.uk). An abbreviation not listed here is
/// shown as written.
enum GMPPDepartments {
    static let names: [String: String] = [
        "BEIS": "Department for Business, Energy and Industrial Strategy",
        "CO": "Cabinet Office",
        "DBT": "Department for Business and Trade",
        "DCMS": "Department for Culture, Media and Sport",
        "DEFRA": "Department for Environment, Food and Rural Affairs",
        "DESNZ": "Department for Energy Security and Net Zero",
        "DFE": "Department for Education",
        "DFT": "Department for Transport",
        "DHSC": "Department of Health and Social Care",
        "DLUHC": "Department for Levelling Up, Housing and Communities",
        "DSIT": "Department for Science, Innovation and Technology",
        "DWP": "Department for Work and Pensions",
        "FCDO": "Foreign, Commonwealth and Development Office",
        "HMLR": "HM Land Registry",
        "HMRC": "HM Revenue and Customs",
        "HMT": "HM Treasury",
        "HO": "Home Office",
        "MHCLG": "Ministry of Housing, Communities and Local Government",
        "MOD": "Ministry of Defence",
        "MOJ": "Ministry of Justice",
        "NCA": "National Crime Agency",
        "ONS": "Office for National Statistics",
        "VOA": "Valuation Office Agency",
    ]

    /// "Ministry of Defence (MOD)"; a joint entry `DEFRA & DFT` reads "DEFRA & DFT (joint)".
    static func displayName(_ abbreviation: String) -> String {
        if let name = names[abbreviation.uppercased()] { return "\(name) (\(abbreviation))" }
        if abbreviation.contains("&") { return "\(abbreviation) (joint)" }
        return abbreviation
    }
}
