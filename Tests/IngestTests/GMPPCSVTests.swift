import Foundation
import Ingest
import Testing
import TestSupport

/// The CSV reader on real exports: the UK GMPP files in `shared/data/gmpp` (`;`-separated,
/// Latin-1, narratives with quoted line ends). Row counts are those of the data's README.
@Suite struct GMPPCSVTests {
    static func latin1(_ name: String) throws -> String {
        let url = Fixtures.sharedFolder().appendingPathComponent("data/gmpp").appendingPathComponent(name)
        let bytes = try Data(contentsOf: url)
        return String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) }))
    }

    @Test(arguments: [("uk_2021.csv", 184), ("uk_2022.csv", 235)])
    func readsEveryRow(file: String, rows: Int) throws {
        let (records, problems) = CSVReader(separator: ";").read(try Self.latin1(file))
        #expect(problems.isEmpty)
        #expect(records.count == rows + 1)  // the header, then one record per project
        let width = try #require(records.first).fields.count
        #expect(records.allSatisfy { $0.fields.count == width })
        #expect(records.map(\.line) == records.map(\.line).sorted())
    }
}
