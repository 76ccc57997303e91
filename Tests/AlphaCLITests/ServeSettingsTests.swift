import AlphaServer
import ArgumentParser
import Foundation
import Testing

@testable import AlphaCLI

@Suite("serve settings: flags over environment over file")
struct ServeSettingsTests {
    @Test func precedenceIsFlagsThenEnvironmentThenFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("alpha-sre-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("serve.yaml")
        try "host: 0.0.0.0\nport: 9000\nworkers: 3\nmax_body_bytes: 2048\nlog_format: text\n".write(to: file, atomically: true, encoding: .utf8)

        let command = try ServeCommand.parse(["--config", file.path, "--port", "9100"])
        let settings = try command.resolveSettings(environment: ["ALPHA_SRE_WORKERS": "5", "ALPHA_SRE_PORT": "9050"])
        #expect(settings.host == "0.0.0.0")  // file
        #expect(settings.workers == 5)  // environment over file
        #expect(settings.port == 9100)  // flag over environment
        #expect(settings.maxBodyBytes == 2048)
        #expect(settings.logFormat == "text")
        let configuration = settings.serverConfiguration(requeueRunningJobsAtStart: true)
        #expect(configuration.maxBodyBytes == 2048)
        #expect(configuration.workers == 5)
    }

    @Test func badValuesNameTheirSource() throws {
        let command = try ServeCommand.parse([])
        #expect(throws: ServeSettings.Invalid.self) { try command.resolveSettings(environment: ["ALPHA_SRE_PORT": "eighty"]) }
        do {
            _ = try command.resolveSettings(environment: ["ALPHA_SRE_LOG_LEVEL": "loud"])
            Issue.record("expected an error")
        } catch let error as ServeSettings.Invalid {
            #expect(error.description.hasPrefix("ALPHA_SRE_LOG_LEVEL: expected trace"))
        }
        var settings = ServeSettings()
        #expect(throws: ServeSettings.Invalid.self) { try settings.apply(file: "colour: blue\n", path: "serve.yaml") }
        #expect(throws: ServeSettings.Invalid.self) { try settings.apply(file: "- 1\n- 2\n", path: "serve.yaml") }
        #expect(throws: ServeSettings.Invalid.self) { try settings.apply(file: "port: 70000\n", path: "serve.yaml") }
    }

    @Test func printOpenAPIWritesTheDocument() throws {
        let run = try CLIProcess.run(["serve", "--print-openapi"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("\"openapi\""))
    }
}
