/// `resources.mustache` (context: `ResourcesPage`) and `strategy.mustache` (`StrategyPage`).
enum OfficeTemplates {
    static let resources = #"""
{{<layout}}
{{$content}}
<header class="page-header">
<h1>Resources</h1>
<p class="lede">Can the portfolio be delivered with the people it has, in the time given? Capacity against the demand of approved and active projects{{#hasPlan}}, {{horizon}}{{/hasPlan}}, and the plan that fits every project into it.</p>
</header>
{{^hasPlan}}
<p class="empty">{{noPlan}}</p>
{{/hasPlan}}
{{#hasPlan}}
{{> partials/kpis}}
{{^empty(warnings)}}
<div class="alert" role="note">
<h2 id="warnings">Gaps in the plan's inputs</h2>
<ul>
{{#warnings}}
<li>{{.}}</li>
{{/warnings}}
</ul>
</div>
{{/empty(warnings)}}
{{^empty(infeasible)}}
<div class="alert" role="note">
<h2 id="infeasible">Cannot be delivered within the horizon</h2>
<ul>
{{#infeasible}}
<li>{{#link}}{{> partials/link}}{{/link}} ({{phase}}, priority {{priority}}, planned {{plannedStart}}) — blocked by {{blocker}}.</li>
{{/infeasible}}
</ul>
</div>
{{/empty(infeasible)}}
<section aria-labelledby="heatmap">
<h2 id="heatmap">Capacity heatmap</h2>
<p>Each cell is the demand of approved and active projects (with their approved change requests) divided by the capacity of the role that month. Over 100% is an over-allocation.</p>
{{#heatmap}}
{{> partials/chart}}
{{/heatmap}}
<p class="download"><a href="{{layout.capacityCSVHref}}" download>Download capacity, demand and utilisation by role and month (CSV)</a></p>
</section>
<section aria-labelledby="overallocations">
<h2 id="overallocations">Over-allocations</h2>
{{#empty(overallocations)}}
<p class="empty">No role is over-allocated in any month of the horizon.</p>
{{/empty(overallocations)}}
{{^empty(overallocations)}}
<div class="table-wrap" role="region" aria-label="Over-allocations table" tabindex="0">
<table>
<caption class="visually-hidden">Over-allocations: role, month, shortfall and the projects drawing on it</caption>
<thead>
<tr><th scope="col">Role</th><th scope="col">Months</th><th scope="col" class="num">Capacity (FTE)</th><th scope="col" class="num">Demand (FTE)</th><th scope="col" class="num">Shortfall (FTE)</th><th scope="col">Projects drawing on it (FTE)</th></tr>
</thead>
<tbody>
{{#overallocations}}
<tr><th scope="row">{{role}}</th><td>{{month}}</td><td class="num">{{capacity}}</td><td class="num">{{demand}}</td><td class="num"><strong>{{shortfall}}</strong></td><td>{{#draws}}<span class="draw">{{#link}}{{> partials/link}}{{/link}} {{fte}}</span>{{^last()}}, {{/last()}}{{/draws}}</td></tr>
{{/overallocations}}
</tbody>
</table>
</div>
{{/empty(overallocations)}}
</section>
<section aria-labelledby="plan">
<h2 id="plan">Feasibility plan</h2>
<p>Active projects are fixed and use capacity first. Then approved and proposed projects, in priority order, each start in the earliest month from their planned start (and not before this month) in which every role they need fits in every month, finishing within the horizon. A project that cannot is infeasible and uses nothing.</p>
<div class="table-wrap" role="region" aria-label="Feasibility plan table" tabindex="0">
<table>
<caption class="visually-hidden">Feasibility plan: planned and feasible start, delay and what blocks a project</caption>
<thead>
<tr><th scope="col">Project</th><th scope="col">Phase</th><th scope="col" class="num">Priority</th><th scope="col">Planned start</th><th scope="col">Feasible start</th><th scope="col" class="num">Delay (months)</th><th scope="col">Plan</th><th scope="col">Blocked by</th></tr>
</thead>
<tbody>
{{#plan}}
<tr><th scope="row">{{#link}}{{> partials/link}}{{/link}}</th><td><span class="phase phase-{{phaseKey}}">{{phase}}</span></td><td class="num">{{priority}}</td><td>{{plannedStart}}</td><td>{{feasibleStart}}</td><td class="num">{{delay}}</td><td><span class="status plan-{{statusKey}}">{{status}}</span></td><td>{{blocker}}</td></tr>
{{/plan}}
</tbody>
</table>
</div>
</section>
<section aria-labelledby="by-role">
<h2 id="by-role">Demand against capacity by role</h2>
<p>Demand of approved and active projects as planned, stacked by project, against capacity (the dashed line). Hatching marks demand over capacity. Where more than 12 projects draw on a role, the 11 largest are shown one by one and the rest as one layer.</p>
<div class="chart-grid">
{{#roleCharts}}
{{> partials/chart}}
{{/roleCharts}}
</div>
</section>
<section aria-labelledby="pipeline">
<h2 id="pipeline">Pipeline demand</h2>
<p>Proposed projects' demand at their planned dates, apart from the demand above: what the pipeline would add if approved as planned.</p>
{{#empty(pipeline)}}
<p class="empty">No proposed project needs any role within the horizon.</p>
{{/empty(pipeline)}}
{{^empty(pipeline)}}
<div class="table-wrap" role="region" aria-label="Pipeline demand table" tabindex="0">
<table>
<caption class="visually-hidden">Pipeline demand per role</caption>
<thead>
<tr><th scope="col">Role</th><th scope="col" class="num">Peak pipeline (FTE)</th><th scope="col">Peak month</th><th scope="col" class="num">Months over capacity with it</th><th scope="col">Proposed projects</th></tr>
</thead>
<tbody>
{{#pipeline}}
<tr><th scope="row">{{role}}</th><td class="num">{{peak}}</td><td>{{peakMonth}}</td><td class="num">{{overMonths}}</td><td>{{#projects}}{{> partials/link}}{{^last()}}, {{/last()}}{{/projects}}</td></tr>
{{/pipeline}}
</tbody>
</table>
</div>
{{/empty(pipeline)}}
</section>
{{/hasPlan}}
<p class="hint">How this is computed: <a href="{{layout.methodologyHref}}#capacity">methodology</a>. The figures are in <a href="{{layout.dataHref}}">data/portfolio.json</a> under <code>capacity</code>.</p>
{{/content}}
{{/layout}}

"""#

    static let strategy = #"""
{{<layout}}
{{$content}}
<header class="page-header">
<h1>Strategy</h1>
<p class="lede">Each project's value against the strategic objectives, the priority order, and which candidates the funding can carry.</p>
</header>
<section aria-labelledby="objectives">
<h2 id="objectives">Objectives and weights</h2>
{{^hasObjectives}}
<p class="empty">The portfolio sets no strategic objectives: every project's strategic value is 0.</p>
{{/hasObjectives}}
{{#hasObjectives}}
<div class="table-wrap" role="region" aria-label="Objectives table" tabindex="0">
<table>
<caption class="visually-hidden">Strategic objectives and their weights</caption>
<thead>
<tr><th scope="col">Objective</th><th scope="col">ID</th><th scope="col" class="num">Weight</th><th scope="col" class="num">Normalised weight</th></tr>
</thead>
<tbody>
{{#objectives}}
<tr><th scope="row">{{name}}</th><td><code>{{id}}</code></td><td class="num">{{weight}}</td><td class="num">{{share}}</td></tr>
{{/objectives}}
</tbody>
</table>
</div>
{{/hasObjectives}}
</section>
<section aria-labelledby="scoring">
<h2 id="scoring">Scoring matrix</h2>
<p>Scores from 0 to 5 per objective (a missing score is 0) of proposed, approved and active projects, by strategic value. Strategic value = 100 × Σ normalised weight × score ÷ 5: a project scoring 5 on every objective is worth 100.</p>
{{#empty(matrix)}}
<p class="empty">No proposed, approved or active project.</p>
{{/empty(matrix)}}
{{^empty(matrix)}}
<div class="table-wrap" role="region" aria-label="Scoring matrix" tabindex="0">
<table>
<caption class="visually-hidden">Scores per objective and strategic value</caption>
<thead>
<tr><th scope="col">Project</th><th scope="col">Phase</th>{{#objectiveColumns}}<th scope="col" class="num"><abbr title="{{name}}">{{id}}</abbr></th>{{/objectiveColumns}}<th scope="col" class="num">Strategic value</th></tr>
</thead>
<tbody>
{{#matrix}}
<tr><th scope="row">{{#link}}{{> partials/link}}{{/link}}</th><td><span class="phase phase-{{phaseKey}}">{{phase}}</span></td>{{#scores}}<td class="num">{{.}}</td>{{/scores}}<td class="num"><strong>{{value}}</strong></td></tr>
{{/matrix}}
</tbody>
</table>
</div>
{{/empty(matrix)}}
</section>
<section aria-labelledby="selection">
<h2 id="selection">Funding selection and cut line</h2>
{{^hasSelection}}
<p class="empty">{{noSelection}}</p>
{{/hasSelection}}
{{#hasSelection}}
{{> partials/kpis}}
<p>{{fixedNote}} Among approved and proposed projects (the candidates), the selection is the set with the greatest total strategic value whose budget fits in the funding left; ties go to the smaller total budget, then to the higher-priority candidate. Candidates are ranked by strategic value, then value per unit of budget, then id.</p>
<div class="table-wrap" role="region" aria-label="Ranked candidates" tabindex="0">
<table class="ranking">
<caption class="visually-hidden">Candidates in priority order, funded above the cut line and not funded below it</caption>
<thead>
<tr><th scope="col" class="num">Priority</th><th scope="col">Project</th><th scope="col">Phase</th><th scope="col" class="num">Strategic value</th><th scope="col" class="num">BAC</th><th scope="col" class="num">{{perUnitLabel}}</th><th scope="col">Selection</th><th scope="col">Note</th></tr>
</thead>
<tbody>
{{#funded}}
<tr class="funded"><td class="num">{{priority}}</td><th scope="row">{{#link}}{{> partials/link}}{{/link}}</th><td><span class="phase phase-{{phaseKey}}">{{phase}}</span></td><td class="num">{{value}}</td><td class="num">{{bac}}</td><td class="num">{{perUnit}}</td><td><span class="status plan-on-plan">{{selected}}</span></td><td>{{note}}</td></tr>
{{/funded}}
<tr class="cut-line-row"><td colspan="8">{{cutLine}}</td></tr>
{{#unfunded}}
<tr class="unfunded"><td class="num">{{priority}}</td><th scope="row">{{#link}}{{> partials/link}}{{/link}}</th><td><span class="phase phase-{{phaseKey}}">{{phase}}</span></td><td class="num">{{value}}</td><td class="num">{{bac}}</td><td class="num">{{perUnit}}</td><td><span class="status plan-infeasible">{{selected}}</span></td><td>{{note}}</td></tr>
{{/unfunded}}
</tbody>
</table>
</div>
{{#hasUncosted}}
<p class="hint">{{uncostedNote}}</p>
{{/hasUncosted}}
{{#frontier}}
{{> partials/chart}}
{{/frontier}}
{{/hasSelection}}
</section>
<p class="hint">How this is computed: <a href="{{layout.methodologyHref}}#strategy">methodology</a>. The figures are in <a href="{{layout.dataHref}}">data/portfolio.json</a>: <code>strategic_value</code>, <code>priority</code>, <code>selected</code>, <code>selected_value</code> and <code>frontier</code>.</p>
{{/content}}
{{/layout}}

"""#
}
