/// Reason phrases of the statuses the categorizer reads (an access line says `502`, the table says "bad gateway").
enum LogHTTPReason {
    static func phrase(_ status: Int) -> String {
        switch status {
        case 429: "too many requests"
        case 500: "internal server error"
        case 502: "bad gateway"
        case 503: "service unavailable"
        case 504: "gateway timeout"
        default: ""
        }
    }
}
