import Foundation
import Testing
import TestSupport
@testable import Build

/// `pmo serve` as a user runs it: it answers on its port on 127.0.0.1 and rebuilds after a
/// file changes. Bounded: every wait gives up after 60 seconds.
@Suite struct ServeCommandTests {
    @Test func answersAndRebuildsAfterAChange() throws {
        let binary = Fixtures.repositoryRoot().appendingPathComponent(".build/debug/pmo")
        try #require(FileManager.default.isExecutableFile(atPath: binary.path), "build pmo first (swift build)")
        let site = FileManager.default.temporaryDirectory.appendingPathComponent("pmo-serve-\(UUID().uuidString)")
        try Scaffold.write(into: site)
        let port = 20_000 + Int(ProcessInfo.processInfo.processIdentifier % 20_000)
        let process = Process()
        process.executableURL = binary
        process.arguments = ["serve", "--source", site.path, "--port", String(port)]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // SIGKILL: a child of the test runner may inherit a mask that blocks SIGTERM.
        defer { kill(process.processIdentifier, SIGKILL); process.waitUntilExit() }

        func page() -> String? { TestHTTP.get(port: port, path: "/projects/self-service-portal/") }
        func waitFor(_ condition: () -> Bool) -> Bool {
            let deadline = Date().addingTimeInterval(60)
            while Date() < deadline {
                if condition() { return true }
                Thread.sleep(forTimeInterval: 0.25)
            }
            return false
        }
        #expect(waitFor { page()?.contains("Self-service Portal") == true }, "pmo serve did not answer on port \(port)")

        let index = site.appendingPathComponent("content/projects/self-service-portal/index.md")
        let text = try String(contentsOf: index, encoding: .utf8)
        try text.replacingOccurrences(of: "name: Self-service Portal", with: "name: Resident Self-service Portal")
            .write(to: index, atomically: true, encoding: .utf8)
        #expect(waitFor { page()?.contains("Resident Self-service Portal") == true }, "no rebuild after the change")
    }
}
