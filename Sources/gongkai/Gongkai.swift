import ArgumentParser

/// The `gongkai` command: parse 政府信息公开工作年度报告 and publish them as a static portal.
@main
struct Gongkai: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gongkai",
        abstract: "Parse government information disclosure annual reports (政府信息公开工作年度报告) and check them.",
        subcommands: [BuildCommand.self, ServeCommand.self, ParseCommand.self, CheckCommand.self, InitCommand.self]
    )
}
