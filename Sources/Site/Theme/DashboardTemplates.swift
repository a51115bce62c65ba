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
{{> partials/kpis}}
<section aria-labelledby="headline">
<h2 id="headline">Committed portfolio</h2>
<p class="program-rag">Portfolio RAG {{#portfolioRAG}}{{> partials/badge}}{{/portfolioRAG}} <span class="hint">{{ruleText}}</span></p>
{{#portfolioPanel}}{{> partials/kpis}}{{/portfolioPanel}}
</section>
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
<div class="panels">
<section class="panel" aria-labelledby="by-rating">
<h2 id="by-rating">Projects by overall RAG</h2>
<ul class="tally">
{{#ratingCounts}}
<li>{{#badge}}{{> partials/badge}}{{/badge}} <span class="tally-count">{{count}}</span></li>
{{/ratingCounts}}
</ul>
<p class="hint">Shown rating: the latest status report's, else computed from the figures.</p>
</section>
<section class="panel" aria-labelledby="by-phase">
<h2 id="by-phase">Projects by phase</h2>
<ul class="tally">
{{#phaseCounts}}
<li><span class="phase phase-{{key}}">{{label}}</span> <span class="tally-count">{{count}}</span></li>
{{/phaseCounts}}
</ul>
</section>
</div>
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
