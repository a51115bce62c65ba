/// Failures that are not content diagnostics: usage problems (exit status 2) and file-system
/// failures while reading or publishing.
public enum BuildError: Error, Equatable, CustomStringConvertible {
    /// A refused or impossible request, e.g. an output folder pmo does not own (exit 2).
    case usage(String)
    /// The source folder could not be read.
    case read(String)
    /// The new site could not be published; the previous output is untouched.
    case publish(String)

    public var description: String {
        switch self {
        case .usage(let m): "error: \(m)"
        case .read(let m): "error: cannot read the site: \(m)"
        case .publish(let m): "error: cannot publish the site: \(m)"
        }
    }

    /// The process exit status for this failure (SPEC §1).
    public var exitStatus: Int32 {
        switch self {
        case .usage: 2
        case .read, .publish: 1
        }
    }
}
