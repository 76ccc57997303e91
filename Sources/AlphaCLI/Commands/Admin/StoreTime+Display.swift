import AlphaStore
import Foundation

extension StoreTime {
    /// ISO 8601 in UTC to the second, for tables and JSON listings.
    var iso8601: String {
        Date(timeIntervalSince1970: Double(microseconds) / 1_000_000).formatted(.iso8601)
    }
}
