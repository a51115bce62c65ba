/// `projects.mustache` (context: `ProjectsIndexPage`), `project.mustache` (`ProjectPage`) and
/// `status.mustache` (`StatusReportPage`).
enum ProjectTemplates {
    static let projects = #"""
{{<layout}}
{{$content}}
<header class="page-header">
<h1>Projects</h1>
</header>
{{> partials/projects-table}}
<p class="download"><a href="{{layout.projectsCSVHref}}" download>Download all projects with their figures (CSV)</a></p>
{{/content}}
{{/layout}}

"""#

    static let project = #"""
{{<layout}}
{{$content}}
<header class="page-header">
<p class="kicker">Project</p>
<h1>{{name}}</h1>
</header>
{{> partials/facts}}
{{#isWatermelon}}
<p class="alert alert-watermelon" role="note"><strong>Watermelon:</strong> {{watermelon}}</p>
{{/isWatermelon}}
<section aria-labelledby="ratings">
<h2 id="ratings">RAG: reported and computed</h2>
<div class="table-wrap" role="region" aria-label="RAG table" tabindex="0">
<table class="rag-table">
<caption class="visually-hidden">RAG per dimension: shown, reported and computed</caption>
<thead>
<tr><th scope="col">Dimension</th><th scope="col">Shown</th><th scope="col">Reported</th><th scope="col">Computed from the figures</th></tr>
</thead>
<tbody>
{{#ragRows}}
<tr><th scope="row">{{dimension}}</th><td>{{#shown}}{{> partials/badge}}{{/shown}}</td><td>{{#reported}}{{> partials/badge}}{{/reported}}</td><td>{{#computed}}{{> partials/badge}}{{/computed}}</td></tr>
{{/ragRows}}
</tbody>
</table>
</div>
{{^empty(assessments)}}
<h3>Assessments</h3>
<div class="ratings">
{{#assessments}}
<dl><dt>{{dimension}}</dt><dd>{{#badge}}{{> partials/badge}}{{/badge}}</dd></dl>
{{/assessments}}
</div>
{{/empty(assessments)}}
<p class="hint">{{ratingsNote}} Shown is the reported value where a report gives one, else the computed value; see the <a href="{{layout.methodologyHref}}">methodology</a>.</p>
</section>
<section aria-labelledby="figures">
<h2 id="figures">Earned value</h2>
{{#hasEarnedValueNote}}
<p class="notice">{{earnedValueNote}}</p>
{{/hasEarnedValueNote}}
{{> partials/kpis}}
</section>
{{> partials/charts}}
{{#confidence}}{{> partials/confidence}}{{/confidence}}
{{#hasNarrative}}
<section aria-labelledby="narrative">
<h2 id="narrative">Narrative</h2>
<div class="prose">
{{{narrativeHTML}}}
</div>
</section>
{{/hasNarrative}}
<section aria-labelledby="milestones">
<h2 id="milestones">Milestones</h2>
{{#empty(milestones)}}
<p class="empty">No milestones recorded.</p>
{{/empty(milestones)}}
{{^empty(milestones)}}
<div class="table-wrap" role="region" aria-label="Milestones table" tabindex="0">
<table>
<caption class="visually-hidden">Milestones</caption>
<thead>
<tr><th scope="col">Milestone</th><th scope="col">Baseline</th><th scope="col">Forecast</th><th scope="col">Actual</th><th scope="col">Deliverable</th></tr>
</thead>
<tbody>
{{#milestones}}
<tr><th scope="row">{{name}}</th><td>{{baseline}}</td><td>{{forecast}}</td><td>{{actual}}</td><td>{{deliverable}}</td></tr>
{{/milestones}}
</tbody>
</table>
</div>
{{/empty(milestones)}}
</section>
<section aria-labelledby="risks">
<h2 id="risks">Risks</h2>
{{#empty(risks)}}
<p class="empty">No risks recorded.</p>
{{/empty(risks)}}
{{^empty(risks)}}
<div class="table-wrap" role="region" aria-label="Risks table" tabindex="0">
<table>
<caption class="visually-hidden">Risks</caption>
<thead>
<tr><th scope="col">ID</th><th scope="col">Risk</th><th scope="col" class="num">Probability</th><th scope="col" class="num">Cost (min / likely / max)</th><th scope="col" class="num">Days (min / likely / max)</th><th scope="col" class="num"><abbr title="Probability × mean cost impact">Cost exposure</abbr></th><th scope="col" class="num"><abbr title="Probability × mean days impact">Days exposure</abbr></th><th scope="col">Owner</th><th scope="col">Response</th><th scope="col">Status</th></tr>
</thead>
<tbody>
{{#risks}}
<tr><td>{{id}}</td><th scope="row">{{title}}</th><td class="num">{{probability}}</td><td class="num">{{cost}}</td><td class="num">{{scheduleDays}}</td><td class="num">{{costExposure}}</td><td class="num">{{daysExposure}}</td><td>{{owner}}</td><td>{{response}}</td><td>{{status}}</td></tr>
{{/risks}}
</tbody>
</table>
</div>
{{/empty(risks)}}
<p class="download"><a href="{{layout.risksCSVHref}}" download>Download the risk register of every project (CSV)</a></p>
</section>
<section aria-labelledby="issues">
<h2 id="issues">Issues</h2>
{{#empty(issues)}}
<p class="empty">No issues recorded.</p>
{{/empty(issues)}}
{{^empty(issues)}}
<div class="table-wrap" role="region" aria-label="Issues table" tabindex="0">
<table>
<caption class="visually-hidden">Issues</caption>
<thead>
<tr><th scope="col">Issue</th><th scope="col">Severity</th><th scope="col">Owner</th><th scope="col">Due</th><th scope="col">Status</th></tr>
</thead>
<tbody>
{{#issues}}
<tr><th scope="row">{{title}}</th><td><span class="severity severity-{{severityKey}}">{{severity}}</span></td><td>{{owner}}</td><td>{{due}}</td><td>{{status}}</td></tr>
{{/issues}}
</tbody>
</table>
</div>
{{/empty(issues)}}
</section>
<section aria-labelledby="dependencies">
<h2 id="dependencies">Depends on</h2>
{{#empty(dependencies)}}
<p class="empty">No dependencies.</p>
{{/empty(dependencies)}}
{{^empty(dependencies)}}
<ul class="link-list">
{{#dependencies}}
<li>{{> partials/link}}</li>
{{/dependencies}}
</ul>
{{/empty(dependencies)}}
</section>
<section aria-labelledby="demand">
<h2 id="demand">Resource demand</h2>
{{#empty(demand)}}
<p class="empty">No resource demand recorded.</p>
{{/empty(demand)}}
{{^empty(demand)}}
<div class="table-wrap" role="region" aria-label="Resource demand table" tabindex="0">
<table>
<caption class="visually-hidden">Resource demand</caption>
<thead>
<tr><th scope="col">Role</th><th scope="col" class="num">FTE</th><th scope="col">From</th><th scope="col">To</th></tr>
</thead>
<tbody>
{{#demand}}
<tr><th scope="row">{{role}}</th><td class="num">{{fte}}</td><td>{{from}}</td><td>{{to}}</td></tr>
{{/demand}}
</tbody>
</table>
</div>
{{/empty(demand)}}
</section>
<section aria-labelledby="changes">
<h2 id="changes">Change requests</h2>
{{#empty(changes)}}
<p class="empty">No change requests.</p>
{{/empty(changes)}}
{{^empty(changes)}}
<div class="table-wrap" role="region" aria-label="Change requests table" tabindex="0">
<table>
<caption class="visually-hidden">Change requests</caption>
<thead>
<tr><th scope="col">ID</th><th scope="col">Title</th><th scope="col">Status</th><th scope="col" class="num">Cost impact</th><th scope="col" class="num">Schedule days</th></tr>
</thead>
<tbody>
{{#changes}}
<tr><th scope="row">{{#link}}{{> partials/link}}{{/link}}</th><td>{{title}}</td><td>{{status}}</td><td class="num">{{cost}}</td><td class="num">{{scheduleDays}}</td></tr>
{{/changes}}
</tbody>
</table>
</div>
{{/empty(changes)}}
</section>
<section aria-labelledby="reports">
<h2 id="reports">Status reports</h2>
{{#empty(reports)}}
<p class="empty">No status reports.</p>
{{/empty(reports)}}
{{^empty(reports)}}
<ul class="report-list">
{{#reports}}
<li><time datetime="{{dateISO}}">{{#link}}{{> partials/link}}{{/link}}</time> {{#badge}}{{> partials/badge}}{{/badge}}</li>
{{/reports}}
</ul>
{{/empty(reports)}}
</section>
{{/content}}
{{/layout}}

"""#

    static let status = #"""
{{<layout}}
{{$content}}
<header class="page-header">
<p class="kicker">Status report · {{#project}}{{> partials/link}}{{/project}}</p>
<h1>{{project.text}}: <time datetime="{{dateISO}}">{{date}}</time></h1>
</header>
<section aria-labelledby="ratings">
<h2 id="ratings">RAG</h2>
<div class="ratings">
<dl><dt>Overall</dt><dd>{{#overall}}{{> partials/badge}}{{/overall}}{{#hasOverallChange}} <span class="hint">{{overallChange}}</span>{{/hasOverallChange}}</dd></dl>
{{#ratings}}
<dl><dt>{{dimension}}</dt><dd>{{#badge}}{{> partials/badge}}{{/badge}}</dd></dl>
{{/ratings}}
</div>
{{^empty(assessments)}}
<h3>Assessments</h3>
<div class="ratings">
{{#assessments}}
<dl><dt>{{dimension}}</dt><dd>{{#badge}}{{> partials/badge}}{{/badge}}</dd></dl>
{{/assessments}}
</div>
{{/empty(assessments)}}
</section>
{{^empty(figures)}}
<section class="kpis" aria-labelledby="figures">
<h2 id="figures">Figures reported</h2>
<div class="kpi-grid">
{{#figures}}
<dl class="kpi"><dt>{{label}}</dt><dd><span class="kpi-value{{#hasTone}} kpi-{{tone}}{{/hasTone}}">{{value}}</span>{{#hasNote}}<span class="kpi-note">{{note}}</span>{{/hasNote}}</dd></dl>
{{/figures}}
</div>
</section>
{{/empty(figures)}}
{{#hasNarrative}}
<section aria-labelledby="narrative">
<h2 id="narrative">Narrative</h2>
<div class="prose">
{{{narrativeHTML}}}
</div>
</section>
{{/hasNarrative}}
<nav class="pager" aria-label="Other status reports">
<ul>
{{#previous}}
<li class="pager-previous"><a href="{{href}}" rel="prev">← Previous: {{text}}</a></li>
{{/previous}}
{{#next}}
<li class="pager-next"><a href="{{href}}" rel="next">Next: {{text}} →</a></li>
{{/next}}
</ul>
</nav>
{{/content}}
{{/layout}}

"""#
}
