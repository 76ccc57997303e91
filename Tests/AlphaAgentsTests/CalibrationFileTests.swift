import AlphaAgents
import Foundation
import Testing

/// The model the analyzer uses is the one `alpha-sre eval --fit` wrote: refitting means updating both.
@Suite struct CalibrationFileTests {
    @Test func standardModelMatchesTheCommittedFit() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("calibration/fusion.json")
        let fitted = try JSONDecoder().decode(FusionModel.self, from: Data(contentsOf: url))
        #expect(fitted == FusionModel.standard)
        // A fit, not the uninformed default: both rank groups have knots.
        #expect(fitted.leadingCause.knots.count >= 2)
        #expect(fitted.runnersUp.knots.count >= 2)
    }
}
