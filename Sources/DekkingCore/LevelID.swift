/// The identifier of a level of professional practice that a framework distinguishes, such as
/// `hbo` or `mbo`.
///
/// Levels are data: a framework file declares its levels, and every other stage refers to them by
/// this identifier, so a framework with other levels needs no code change.
public struct LevelID: RawRepresentable, Hashable, Comparable, Sendable, Codable,
    ExpressibleByStringLiteral, CustomStringConvertible
{
    public let rawValue: String

    /// Creates a level identifier; the value is lower-cased so that `HBO` and `hbo` are the same level.
    public init(rawValue: String) { self.rawValue = rawValue.lowercased() }
    public init(_ rawValue: String) { self.init(rawValue: rawValue) }
    public init(stringLiteral value: String) { self.init(rawValue: value) }

    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public var description: String { rawValue }
    public static func < (lhs: LevelID, rhs: LevelID) -> Bool { lhs.rawValue < rhs.rawValue }
}
