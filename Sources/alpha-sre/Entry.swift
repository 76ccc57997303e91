import AlphaCLI
import ArgumentParser

@main
struct Entry {
    static func main() async {
        await AlphaSRECommand.runMain()
    }
}
