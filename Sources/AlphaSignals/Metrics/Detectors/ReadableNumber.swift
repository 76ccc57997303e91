/// Short, stable number formatting for explanations without Foundation: 3 significant digits for small numbers,
/// whole numbers from 100, thousands separated by nothing (machine-friendly), `nan`/`inf` spelled out.
public enum ReadableNumber {
    /// Formats `x` for a sentence: `0.97`, `4.3`, `132`, `1250000`.
    public static func format(_ x: Double) -> String {
        guard x.isFinite else { return x.isNaN ? "nan" : (x > 0 ? "inf" : "-inf") }
        let sign = x < 0 ? "-" : ""
        let a = abs(x)
        if a >= 1e15 { return sign + "\(a)" }
        let decimals = a >= 100 ? 0 : (a >= 10 ? 1 : 2)
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = Int64((a * scale).rounded())
        if scaled == 0 { return "0" }
        let whole = scaled / Int64(scale)
        var fraction = scaled % Int64(scale)
        guard decimals > 0, fraction != 0 else { return sign + String(whole) }
        var digits = decimals
        while fraction % 10 == 0 {
            fraction /= 10
            digits -= 1
        }
        var fractionText = String(fraction)
        while fractionText.utf8.count < digits { fractionText = "0" + fractionText }
        return sign + String(whole) + "." + fractionText
    }
}
