import Portfolio

extension Figures {
    /// These figures with the Monte Carlo results of SPEC §3.9, run with the portfolio's
    /// `simulation` settings on up to `threads` threads (the results do not depend on it);
    /// the draws themselves are kept only with `keepingDraws` (see `Simulation.run`, with `drawn`).
    public func simulated(_ settings: SimulationSettings, threads: Int, keepingDraws: Bool = false,
                          drawn: ((Int, Int) -> Void)? = nil) -> Figures {
        var copy = self
        copy.simulation = Simulation.run(self, settings: settings, threads: threads, keepingDraws: keepingDraws, drawn: drawn)
        return copy
    }
}
