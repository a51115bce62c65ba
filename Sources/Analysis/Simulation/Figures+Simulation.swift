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

    /// `Figures(portfolio:at:threads:).simulated(settings, threads:drawn:)`, the office (SPEC
    /// §3.7–3.8) worked out on another thread while the simulation runs, not before it: the
    /// simulation does not read it, and the selection's last levels left a core idle for about
    /// 20 ms of a thousand-project build. The same figures whatever the threads.
    public static func simulated(_ portfolio: Portfolio, at date: Day, threads: Int,
                                 drawn: ((Int, Int) -> Void)? = nil) -> Figures {
        var figures = Figures(portfolio: portfolio, at: date, office: false, threads: threads)
        let projects = figures.projects
        let office = Background(threads: threads) { PortfolioOffice(portfolio: portfolio, projects: projects, at: date, threads: threads) }
        figures.simulation = Simulation.run(figures, settings: portfolio.settings.simulation, threads: threads, drawn: drawn)
        figures.office = office.value()
        return figures
    }
}
