/// `risks.mustache` (context: `RisksPage`) and `partials/confidence.mustache` (context: a
/// `ConfidenceModel`, on project and program pages).
enum RiskTemplates {
    static let confidence = #"""
<section class="confidence" aria-labelledby="confidence">
<h2 id="confidence">Risk confidence</h2>
<p class="hint">{{note}} P80 is the date or cost that four trials in five meet; see the <a href="{{layout.methodologyHref}}#risk-simulation">methodology</a> for the model and what it leaves out.</p>
{{#hasSimulation}}
{{> partials/kpis}}
<div class="chart-grid">
{{#charts}}
{{> partials/chart}}
{{/charts}}
</div>
{{/hasSimulation}}
</section>

"""#

    static let risks = #"""
{{<layout}}
{{$content}}
<header class="page-header">
<h1>Risks</h1>
<p class="lede">Confidence in the committed portfolio's cost, the largest risk exposures, and each simulated project's chance of finishing on time.</p>
</header>
<section aria-labelledby="portfolio-confidence">
<h2 id="portfolio-confidence">Portfolio cost confidence</h2>
<p class="hint">{{note}} See the <a href="{{layout.methodologyHref}}#risk-simulation">methodology</a> for what P50 and P80 mean and what is not simulated.</p>
{{#hasSimulation}}
{{> partials/kpis}}
<div class="chart-grid">
{{#charts}}
{{> partials/chart}}
{{/charts}}
</div>
{{/hasSimulation}}
</section>
<section aria-labelledby="top-risks">
<h2 id="top-risks">Top risks by exposure</h2>
{{#empty(topRisks)}}
<p class="empty">No open risks.</p>
{{/empty(topRisks)}}
{{^empty(topRisks)}}
<p class="hint">{{riskCount}}, largest cost exposure first. Exposure = probability × mean impact.</p>
<div class="table-wrap" role="region" aria-label="Top risks table" tabindex="0">
<table>
<caption class="visually-hidden">Top risks by exposure</caption>
<thead>
<tr><th scope="col" class="num">#</th><th scope="col">Risk</th><th scope="col">Project</th><th scope="col" class="num">Probability</th><th scope="col" class="num"><abbr title="Probability × mean cost impact">Cost exposure</abbr></th><th scope="col" class="num"><abbr title="Probability × mean days impact">Days exposure</abbr></th><th scope="col">Owner</th><th scope="col">Response</th></tr>
</thead>
<tbody>
{{#topRisks}}
<tr><td class="num">{{rank}}</td><th scope="row">{{id}}: {{title}}</th><td>{{#project}}{{> partials/link}}{{/project}}</td><td class="num">{{probability}}</td><td class="num">{{costExposure}}</td><td class="num">{{daysExposure}}</td><td>{{owner}}</td><td>{{response}}</td></tr>
{{/topRisks}}
</tbody>
</table>
</div>
{{/empty(topRisks)}}
</section>
<section aria-labelledby="on-time">
<h2 id="on-time">Projects by probability of finishing on time</h2>
{{#empty(projects)}}
<p class="empty">No simulated projects.</p>
{{/empty(projects)}}
{{^empty(projects)}}
<p class="hint">Proposed, approved and active projects, least likely to finish by their baseline first.</p>
<div class="table-wrap" role="region" aria-label="Projects by probability on time" tabindex="0">
<table>
<caption class="visually-hidden">Projects by probability of finishing on time</caption>
<thead>
<tr><th scope="col">Project</th><th scope="col">Phase</th><th scope="col">Baseline finish</th><th scope="col">Finish P50</th><th scope="col">Finish P80</th><th scope="col" class="num">On time</th><th scope="col" class="num">BAC</th><th scope="col" class="num">Cost P80</th><th scope="col" class="num">On budget</th></tr>
</thead>
<tbody>
{{#projects}}
<tr><th scope="row">{{#project}}{{> partials/link}}{{/project}}</th><td><span class="phase phase-{{phaseKey}}">{{phase}}</span></td><td>{{baselineFinish}}</td><td>{{finishP50}}</td><td>{{finishP80}}</td><td class="num">{{probOnTime}}</td><td class="num">{{bac}}</td><td class="num">{{costP80}}</td><td class="num">{{probOnBudget}}</td></tr>
{{/projects}}
</tbody>
</table>
</div>
{{/empty(projects)}}
</section>
{{/content}}
{{/layout}}

"""#
}
