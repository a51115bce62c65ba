/// An amount in the portfolio currency. Content gives plain numbers; sums are taken over
/// unrounded values and rounded once, on output (SPEC §3).
public struct Money: Hashable, Comparable, Sendable, CustomStringConvertible,
                     ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral, AdditiveArithmetic {
    public let amount: Double

    public init(_ amount: Double) { self.amount = amount }
    public init(integerLiteral value: Int) { amount = Double(value) }
    public init(floatLiteral value: Double) { amount = value }

    public static let zero = Money(0)
    public var description: String { String(amount) }

    public static func < (a: Money, b: Money) -> Bool { a.amount < b.amount }
    public static func + (a: Money, b: Money) -> Money { Money(a.amount + b.amount) }
    public static func - (a: Money, b: Money) -> Money { Money(a.amount - b.amount) }
    public static prefix func - (a: Money) -> Money { Money(-a.amount) }
    public static func * (a: Money, k: Double) -> Money { Money(a.amount * k) }
    public static func * (k: Double, a: Money) -> Money { Money(a.amount * k) }
    public static func / (a: Money, k: Double) -> Money { Money(a.amount / k) }
    /// The ratio of two amounts; nil when the divisor is zero.
    public static func / (a: Money, b: Money) -> Double? { b.amount == 0 ? nil : a.amount / b.amount }
}

extension Sequence where Element == Money {
    public func sum() -> Money { reduce(.zero, +) }
}
