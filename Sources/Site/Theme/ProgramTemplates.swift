/// `programs.mustache` (context: `ProgramsIndexPage`) and `program.mustache` (context: `ProgramPage`).
enum ProgramTemplates {
    static let programs = #"""
{{<layout}}
{{$content}}
<header class="page-header">
<h1>Programs</h1>
</header>
{{> partials/programs-table}}
{{^empty(unassigned)}}
<section aria-labelledby="unassigned">
<h2 id="unassigned">Projects outside any program</h2>
<ul class="link-list">
{{#unassigned}}
<li>{{#link}}{{> partials/link}}{{/link}} {{#rating}}{{> partials/badge}}{{/rating}}</li>
{{/unassigned}}
</ul>
</section>
{{/empty(unassigned)}}
{{/content}}
{{/layout}}

"""#

    static let program = #"""
{{<layout}}
{{$content}}
<header class="page-header">
<p class="kicker">Program</p>
<h1>{{name}}</h1>
</header>
{{> partials/facts}}
{{> partials/kpis}}
<section aria-labelledby="objectives">
<h2 id="objectives">Strategic objectives</h2>
{{#empty(objectives)}}
<p class="empty">No objectives linked.</p>
{{/empty(objectives)}}
{{^empty(objectives)}}
<ul>
{{#objectives}}
<li>{{.}}</li>
{{/objectives}}
</ul>
{{/empty(objectives)}}
</section>
<section aria-labelledby="rollup">
<h2 id="rollup">Program RAG</h2>
<p class="program-rag">{{#rag}}{{> partials/badge}}{{/rag}} <span class="hint">{{ragBasis}}</span></p>
<p>{{rollupRule}}</p>
<p class="hint">Projects by shown overall RAG:</p>
<ul class="tally">
{{#ratingCounts}}
<li>{{#badge}}{{> partials/badge}}{{/badge}} <span class="tally-count">{{count}}</span></li>
{{/ratingCounts}}
</ul>
</section>
{{> partials/charts}}
{{#confidence}}{{> partials/confidence}}{{/confidence}}
<section aria-labelledby="program-projects">
<h2 id="program-projects">Projects</h2>
{{> partials/projects-table}}
</section>
<section aria-labelledby="benefits">
<h2 id="benefits">Benefits</h2>
{{#empty(benefits)}}
<p class="empty">No benefits recorded.</p>
{{/empty(benefits)}}
{{^empty(benefits)}}
<div class="table-wrap" role="region" aria-label="Benefits table" tabindex="0">
<table>
<caption class="visually-hidden">Benefits</caption>
<thead>
<tr><th scope="col">Benefit</th><th scope="col">Unit</th><th scope="col">Owner</th><th scope="col" class="num">Baseline</th><th scope="col" class="num">Target</th><th scope="col">Target date</th><th scope="col" class="num">Planned by now</th><th scope="col" class="num">Realised</th><th scope="col" class="num"><abbr title="(realised − baseline) ÷ (target − baseline)">Realisation</abbr></th><th scope="col"><abbr title="(realised − baseline) ÷ (planned by now − baseline), banded like an index">On track</abbr></th></tr>
</thead>
<tbody>
{{#benefits}}
<tr><th scope="row">{{name}}</th><td>{{unit}}</td><td>{{owner}}</td><td class="num">{{baseline}}</td><td class="num">{{target}}</td><td>{{targetDate}}</td><td class="num">{{planned}}</td><td class="num">{{latest}} <span class="cell-note">{{latestDate}}</span></td><td class="num">{{realisation}}</td><td>{{onTrack}} {{#onTrackBadge}}{{> partials/badge}}{{/onTrackBadge}}</td></tr>
{{/benefits}}
</tbody>
</table>
</div>
{{/empty(benefits)}}
</section>
<section aria-labelledby="stakeholders">
<h2 id="stakeholders">Stakeholders</h2>
{{#empty(stakeholders)}}
<p class="empty">No stakeholders recorded.</p>
{{/empty(stakeholders)}}
{{^empty(stakeholders)}}
<div class="table-wrap" role="region" aria-label="Stakeholders table" tabindex="0">
<table>
<caption class="visually-hidden">Stakeholders</caption>
<thead>
<tr><th scope="col">Name</th><th scope="col">Role</th><th scope="col">Power</th><th scope="col">Interest</th></tr>
</thead>
<tbody>
{{#stakeholders}}
<tr><th scope="row">{{name}}</th><td>{{role}}</td><td>{{power}}</td><td>{{interest}}</td></tr>
{{/stakeholders}}
</tbody>
</table>
</div>
{{/empty(stakeholders)}}
</section>
{{#hasNarrative}}
<section aria-labelledby="narrative">
<h2 id="narrative">Narrative</h2>
<div class="prose">
{{{narrativeHTML}}}
</div>
</section>
{{/hasNarrative}}
{{/content}}
{{/layout}}

"""#
}
