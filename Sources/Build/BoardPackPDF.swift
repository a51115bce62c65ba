import Foundation
import Site

/// `pmo build --pdf`: prints the board pack (`print/index.html`) to `board-pack.pdf` with a
/// locally installed Chromium in headless mode. The PDF is made from the rendered files in
/// a temporary folder, before publishing, so the site and its PDF are swapped in together.
enum BoardPackPDF {
    static let names = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]

    /// The first Chromium on the PATH.
    static func chromium(path: String? = ProcessInfo.processInfo.environment["PATH"]) -> URL? {
        for folder in (path ?? "/usr/bin:/bin").split(separator: ":") {
            for name in names {
                let url = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
                if FileManager.default.isExecutableFile(atPath: url.path) { return url }
            }
        }
        return nil
    }

    static let missing = "--pdf needs Chromium to print the board pack, and none was found on the PATH (looked for \(names.joined(separator: ", "))). Install it (Debian: sudo apt-get install chromium), or build without --pdf and use your browser's Print → Save as PDF on print/index.html."

    /// The PDF of the board pack in `files`.
    static func render(_ files: [OutputFile], with chromium: URL) throws(BuildError) -> OutputFile {
        let fm = FileManager.default
        let folder = fm.temporaryDirectory.appendingPathComponent("pmo-pdf-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)")
        defer { try? fm.removeItem(at: folder) }
        do {
            // The pack needs its page and the stylesheet; its charts are inline SVG.
            for file in files where file.path == "print/index.html" || file.path == "style.css" {
                let url = folder.appendingPathComponent(file.path)
                try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(file.bytes).write(to: url)
            }
            let pdf = folder.appendingPathComponent("board-pack.pdf")
            let process = Process()
            process.executableURL = chromium
            process.arguments = ["--headless=new", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                                 "--user-data-dir=\(folder.appendingPathComponent("profile").path)",
                                 "--print-to-pdf=\(pdf.path)", folder.appendingPathComponent("print/index.html").absoluteString]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            guard process.terminationStatus == 0, let data = fm.contents(atPath: pdf.path), data.starts(with: Array("%PDF".utf8)) else {
                throw BuildError.publish("Chromium (\(chromium.path)) did not print the board pack (exit status \(process.terminationStatus))")
            }
            return OutputFile(path: "board-pack.pdf", bytes: Array(data))
        } catch let error as BuildError {
            throw error
        } catch {
            throw BuildError.publish("cannot print the board pack: \(error.localizedDescription)")
        }
    }
}
