/// `dashboard.mustache`. Context: `DashboardPage`.
enum DashboardTemplates {
    static let dashboard = #"""
{{<layout}}
{{$content}}
<header class="page-header">
<h1>{{name}}</h1>
<p class="lede">Portfolio status at <time datetime="{{layout.statusDateISO}}">{{statusDate}}</time></p>
</header>
{{> partials/kpis}}
<div class="panels">
<section class="panel" aria-labelledby="by-rating">
<h2 id="by-rating">Projects by overall RAG</h2>
<ul class="tally">
{{#ratingCounts}}
<li>{{#badge}}{{> partials/badge}}{{/badge}} <span class="tally-count">{{count}}</span></li>
{{/ratingCounts}}
</ul>
<p class="hint">From each project's latest status report.</p>
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
</section>
<section aria-labelledby="all-programs">
<h2 id="all-programs">Programs</h2>
{{> partials/programs-table}}
</section>
{{/content}}
{{/layout}}

"""#
}
