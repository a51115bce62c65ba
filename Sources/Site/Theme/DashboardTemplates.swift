/// `dashboard.mustache`. Context: `DashboardPage`.
enum DashboardTemplates {
    static let dashboard = #"""
{{<layout}}
{{$content}}
<header class="page-header">
<h1>{{name}}</h1>
<p class="lede">Portfolio status at <time datetime="{{statusDateISO}}">{{statusDate}}</time></p>
</header>
{{#isArchive}}<p class="alert alert-archive" role="note">{{archiveNote}} <a href="{{layout.homeHref}}">Today's dashboard</a>.</p>{{/isArchive}}
<section aria-labelledby="at-a-glance" class="at-a-glance">
<h2 id="at-a-glance" class="visually-hidden">At a glance</h2>
<p class="counts-line">{{countsLine}}</p>
<div class="glance">
<div class="glance-rag">
<p class="glance-label">Projects by overall RAG</p>
<ul class="tally tally-big">
{{#ratingCounts}}
<li>{{#badge}}{{> partials/badge}}{{/badge}} <span class="tally-count">{{count}}</span></li>
{{/ratingCounts}}
</ul>
</div>
<div class="glance-portfolio">
<p class="glance-label">Portfolio RAG</p>
<p>{{#portfolioRAG}}{{> partials/badge}}{{/portfolioRAG}}</p>
<p class="hint">{{ruleText}}</p>
</div>
</div>
</section>
{{^empty(attention)}}
<section aria-labelledby="attention" class="alert">
<h2 id="attention">Red projects, and why</h2>
<ul>
{{#attention}}
<li>{{#badge}}{{> partials/badge}}{{/badge}} <strong>{{#link}}{{> partials/link}}{{/link}}</strong>: {{reason}}</li>
{{/attention}}
</ul>
</section>
{{/empty(attention)}}
{{^empty(watermelons)}}
<section aria-labelledby="watermelons" class="alert alert-watermelon">
<h2 id="watermelons">Watermelons: reported better than the figures say</h2>
<ul>
{{#watermelons}}
<li>{{#link}}{{> partials/link}}{{/link}}: reported {{#reported}}{{> partials/badge}}{{/reported}}, computed {{#computed}}{{> partials/badge}}{{/computed}} <span class="hint">{{why}}</span></li>
{{/watermelons}}
</ul>
</section>
{{/empty(watermelons)}}
<section aria-labelledby="headline">
<h2 id="headline">Committed portfolio</h2>
{{#portfolioPanel}}{{> partials/kpis}}{{/portfolioPanel}}
</section>
{{#whatChanged}}
<section aria-labelledby="what-changed" class="what-changed">
<h2 id="what-changed">What changed since {{previousDate}}</h2>
{{#isEmpty}}<p class="empty">No RAG moves, slips or newly approved changes since the previous report.</p>{{/isEmpty}}
{{#hasNewReds}}<p class="alert"><strong>New reds:</strong> {{newReds}}</p>{{/hasNewReds}}
{{^empty(moves)}}
<h3>RAG moves</h3>
<ul class="change-list">
{{#moves}}
<li>{{#link}}{{> partials/link}}{{/link}}: {{#from}}{{> partials/badge}}{{/from}} → {{#to}}{{> partials/badge}}{{/to}} <span class="hint">{{direction}}</span></li>
{{/moves}}
</ul>
{{/empty(moves)}}
{{^empty(slips)}}
<h3>Slips</h3>
<ul class="change-list">
{{#slips}}
<li>{{#link}}{{> partials/link}}{{/link}}: forecast finish {{to}}, {{days}} days later than {{from}}</li>
{{/slips}}
</ul>
{{/empty(slips)}}
{{^empty(approved)}}
<h3>Newly approved changes</h3>
<ul class="change-list">
{{#approved}}
<li>{{#link}}{{> partials/link}}{{/link}} {{title}} ({{#project}}{{> partials/link}}{{/project}}): {{cost}}, {{days}} days</li>
{{/approved}}
</ul>
{{/empty(approved)}}
</section>
{{/whatChanged}}
{{> partials/charts}}
<section aria-labelledby="milestones">
<h2 id="milestones">Milestones</h2>
{{^empty(milestonesMissed)}}
<h3>Missed: past their date, not achieved</h3>
<div class="table-wrap" role="region" aria-label="Missed milestones table" tabindex="0">
<table>
<caption class="visually-hidden">Missed milestones</caption>
<thead><tr><th scope="col">Project</th><th scope="col">Milestone</th><th scope="col">Due</th><th scope="col">Baseline</th><th scope="col">Late by</th></tr></thead>
<tbody>
{{#milestonesMissed}}
<tr><td>{{#project}}{{> partials/link}}{{/project}}</td><th scope="row">{{name}}{{#deliverable}} <span class="hint">(deliverable)</span>{{/deliverable}}</th><td>{{due}}</td><td>{{baseline}}</td><td>{{when}}</td></tr>
{{/milestonesMissed}}
</tbody>
</table>
</div>
{{/empty(milestonesMissed)}}
<h3>Due in the next {{milestoneWindow}} days</h3>
{{#empty(milestonesDue)}}<p class="empty">None.</p>{{/empty(milestonesDue)}}
{{^empty(milestonesDue)}}
<div class="table-wrap" role="region" aria-label="Milestones due table" tabindex="0">
<table>
<caption class="visually-hidden">Milestones due in the next {{milestoneWindow}} days</caption>
<thead><tr><th scope="col">Project</th><th scope="col">Milestone</th><th scope="col">Due</th><th scope="col">Baseline</th><th scope="col">When</th></tr></thead>
<tbody>
{{#milestonesDue}}
<tr><td>{{#project}}{{> partials/link}}{{/project}}</td><th scope="row">{{name}}{{#deliverable}} <span class="hint">(deliverable)</span>{{/deliverable}}</th><td>{{due}}</td><td>{{baseline}}</td><td>{{when}}</td></tr>
{{/milestonesDue}}
</tbody>
</table>
</div>
{{/empty(milestonesDue)}}
</section>
{{^empty(ragMatrix)}}
<section aria-labelledby="rag-matrix">
<h2 id="rag-matrix">RAG matrix: active and on-hold projects</h2>
<div class="table-wrap" role="region" aria-label="RAG matrix" tabindex="0">
<table class="rag-matrix">
<caption class="visually-hidden">Shown RAG of each active and on-hold project by dimension</caption>
<thead><tr><th scope="col">Project</th><th scope="col">Overall</th><th scope="col">Schedule</th><th scope="col">Cost</th><th scope="col">Scope</th><th scope="col">Resources</th></tr></thead>
<tbody>
{{#ragMatrix}}
<tr><th scope="row">{{#link}}{{> partials/link}}{{/link}} <span class="hint">{{phase}}</span></th><td>{{#overall}}{{> partials/badge}}{{/overall}}</td><td>{{#schedule}}{{> partials/badge}}{{/schedule}}</td><td>{{#cost}}{{> partials/badge}}{{/cost}}</td><td>{{#scope}}{{> partials/badge}}{{/scope}}</td><td>{{#resources}}{{> partials/badge}}{{/resources}}</td></tr>
{{/ragMatrix}}
</tbody>
</table>
</div>
<p class="hint">Shown rating: the latest status report's, else computed from the figures (scope and resources are reported only).</p>
</section>
{{/empty(ragMatrix)}}
<section aria-labelledby="by-phase">
<h2 id="by-phase">Projects by phase</h2>
<ul class="tally">
{{#phaseCounts}}
<li><span class="phase phase-{{key}}">{{label}}</span> <span class="tally-count">{{count}}</span></li>
{{/phaseCounts}}
</ul>
</section>
{{#hasSummary}}
<section aria-labelledby="summary">
<h2 id="summary">Executive summary</h2>
<div class="prose">
{{{summaryHTML}}}
</div>
</section>
{{/hasSummary}}
<section aria-labelledby="all-projects">
<h2 id="all-projects">Projects</h2>
{{> partials/projects-table}}
<p class="download"><a href="{{layout.projectsCSVHref}}" download>Download all projects with their figures (CSV)</a></p>
</section>
<section aria-labelledby="all-programs">
<h2 id="all-programs">Programs</h2>
{{^empty(programRollups)}}
<div class="table-wrap" role="region" aria-label="Program rollup table" tabindex="0">
<table>
<caption class="visually-hidden">Program rollup: committed projects</caption>
<thead>
<tr><th scope="col">Program</th><th scope="col">RAG</th><th scope="col" class="num">BAC</th><th scope="col" class="num">AC</th><th scope="col" class="num">EAC</th><th scope="col" class="num">VAC</th><th scope="col" class="num">CPI</th><th scope="col" class="num">SPI</th><th scope="col">Forecast finish</th><th scope="col" class="num">Pipeline</th><th scope="col" class="num">Pending changes</th></tr>
</thead>
<tbody>
{{#programRollups}}
<tr><th scope="row">{{#link}}{{> partials/link}}{{/link}}</th><td>{{#rag}}{{> partials/badge}}{{/rag}}</td><td class="num">{{bac}}</td><td class="num">{{ac}}</td><td class="num">{{eac}}</td><td class="num">{{vac}}</td><td class="num">{{cpi}}</td><td class="num">{{spi}}</td><td>{{forecastFinish}}</td><td class="num">{{pipeline}}</td><td class="num">{{pendingChanges}}</td></tr>
{{/programRollups}}
</tbody>
</table>
</div>
{{/empty(programRollups)}}
{{#empty(programRollups)}}
<p class="empty">No programs.</p>
{{/empty(programRollups)}}
</section>
{{/content}}
{{/layout}}

"""#
}
