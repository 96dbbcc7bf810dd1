/// What the preview server knows about the latest build: a generation number that changes on
/// every rebuild (open pages poll it and reload), and the problems to show in the page.
public actor PreviewState {
    /// Increases with every finished rebuild, successful or not.
    public private(set) var generation = 0
    /// Errors of the latest build as `path:line: error: message [code]` lines; empty when clean.
    public private(set) var problems: [String] = []

    /// Creates a state.
    public init() {}

    /// Records a finished rebuild and its problems.
    public func finishBuild(problems: [String]) {
        generation += 1
        self.problems = problems
    }

    /// A snapshot for one response.
    public var snapshot: (generation: Int, problems: [String]) { (generation, problems) }
}
