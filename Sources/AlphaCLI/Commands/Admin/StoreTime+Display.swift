import AlphaStore
import Foundation

extension StoreTime {
    /// ISO 8601 in UTC to the second, for tables and JSON listings.
    var iso8601: String {
        Date(timeIntervalSince1970: seconds).formatted(.iso8601)
    }
}
