import Analysis
import Portfolio

extension SiteModel {
    /// The Monte Carlo model in plain words, with this build's settings (SPEC §3.9).
    func riskMethodologySection() -> MethodSection {
        let s = portfolio.settings.simulation
        let triple: (Triple) -> String = { [format] t in
            "\(format.number(t.low)) / \(format.number(t.likely)) / \(format.number(t.high))"
        }
        let distribution = s.distribution == .pert
            ? "PERT (a beta distribution shaped by the three values; its mean is (min + 4 × likely + max) ÷ 6)"
            : "triangular (its mean is (min + likely + max) ÷ 3)"
        let paragraphs = [
            "Each proposed, approved and active project is simulated \(format.integer(s.trials)) times (trials), with seed \(s.seed). In every trial the remaining work takes longer or shorter, and costs more or less, by a multiplier drawn from a min / likely / max estimate — by default \(triple(s.duration)) for duration and \(triple(s.cost)) for cost, unless the project gives its own — and each open risk either happens, with its stated probability, or does not. When it happens, its extra days and cost are drawn from its own min / likely / max estimates. Every estimate is drawn from a \(distribution) distribution.",
            "Finish = the later of the status date and the project's start + the remaining days (from then to the forecast finish) × the duration multiplier + the days of the risks that happened. Cost = actual cost to date + the estimate to complete (ETC) × the cost multiplier + the cost of the risks that happened. A project that has not started starts no earlier than the latest simulated finish of the projects it depends on; a started project is never moved; a predecessor that is not simulated counts with its forecast finish.",
            "P50 is the date (or cost) that half of the trials meet: an even bet. P80 is the date (or cost) that 80% of the trials meet: on the model's assumptions, a four-in-five chance of finishing by then or costing no more — the usual level for a commitment with some contingency. P_k is the value at rank ⌈k × trials ÷ 100⌉ of the sorted trials; a finish percentile is shown as a date, rounded up to the whole day. Probability on time is the share of trials that finish on or before the baseline finish; probability on budget the share that cost no more than the budget at completion (BAC).",
            "The histograms put the trials into bins of equal width: the step of 1, 2 or 5 × a power of ten nearest to the spread of the trials (largest − smallest) ÷ \(format.integer(Histogram.targetBins)) — for finish dates rounded to whole days, at least one — with the first bin starting at a multiple of that width; a bin holds the trials from its start up to, not including, its end (the last one includes the largest). The S-curve joins, at the end of each bin, the share of trials in that bin and below it.",
            "A program finishes, in each trial, when the last of its approved and active projects finishes; its P50 and P80 are compared with the latest baseline finish of those projects. The portfolio's cost in each trial is the simulated cost of its approved and active projects plus the estimate at completion of its on-hold and closed ones (proposed projects are pipeline and are left out); it is compared with the budget, the sum of the BAC of the committed projects.",
            "The tornado charts rank what drives each project: the Spearman rank correlation between each input (the duration or cost multiplier, each risk's days or cost, counted as 0 in the trials where the risk did not happen) and the finish or cost, from −1 to +1; an input that never varies is left out. A risk's exposure is its probability × its mean impact, in money and in days.",
            "What is not simulated: closed risks; on-hold, closed and cancelled projects (their forecasts are taken as they stand); links between projects other than their dependencies (each project's uncertainty is drawn independently, so shared causes — a common supplier, a market shock — are not modelled and the spread of the totals may be understated); pending change requests; limits on resources (see capacity); work already done (actual cost is fixed). The results are only as good as the estimates: they show the consequences of the stated uncertainty, not a forecast of events nobody has named.",
            "The results are reproducible: each project draws from its own random stream, derived from the seed and the project's id (xoshiro256** seeded through SplitMix64), so the same content and seed give the same figures on any machine and whatever the number of threads. A PERT value is drawn as a ratio of two gamma variates (Marsaglia and Tsang's method), whose normal deviates come from the ziggurat method. A version of pmo that draws differently gives different trials from the same seed: its figures then differ from this one's within the simulation's own noise, as they would with another seed.",
        ]
        return MethodSection(id: "risk-simulation", title: "Risk simulation (Monte Carlo)", paragraphs: paragraphs, items: [], hasItems: false)
    }
}
