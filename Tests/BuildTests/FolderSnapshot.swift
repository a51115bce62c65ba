import Foundation

/// Every file of a folder, relative path → bytes: what the tests compare sites and source
/// folders by.
func folderSnapshot(_ folder: URL) -> [String: Data] {
    var files: [String: Data] = [:]
    let root = folder.standardizedFileURL.path
    for case let url as URL in FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)! {
        let path = url.standardizedFileURL.path
        if !url.hasDirectoryPath, let data = FileManager.default.contents(atPath: path) {
            files[String(path.dropFirst(root.count + 1))] = data
        }
    }
    return files
}
