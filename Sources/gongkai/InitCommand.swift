import ArgumentParser
import GongkaiCore

/// `gongkai init DIR`: a new portal folder an office can build at once; never overwrites.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a portal folder: a commented gongkai.yaml, Content/ with one example report, and a README for the office. Refuses a folder that is not empty."
    )

    @Argument(help: "The portal folder to create (new or empty).")
    var folder: String

    func run() throws {
        let written: [String]
        do {
            written = try PortalStarter.create(in: folder)
        } catch {
            printError(error.formatted)
            throw ExitCode(1)
        }
        for path in written { print("created \(path)") }
        print("下一步：cd \(folder) && gongkai build（或 gongkai serve 预览）；请先编辑 gongkai.yaml。")
    }
}
