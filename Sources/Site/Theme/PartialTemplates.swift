/// Small partials shared by the pages. Each documents the object it expects as context.
enum PartialTemplates {
    /// Context: a link (`text`, `href`, `isLink`).
    static let link = #"{{#isLink}}<a href="{{href}}">{{text}}</a>{{/isLink}}{{^isLink}}{{text}}{{/isLink}}"#

    /// Context: a badge. A RAG value shows colour, letter and words; other ratings words only.
    static let badge = #"{{#coloured}}<span class="rag rag-{{key}}"><span class="rag-letter" aria-hidden="true">{{letter}}</span> <span class="rag-label">{{label}}</span></span>{{/coloured}}{{^coloured}}<span class="rating rating-{{key}}">{{label}}</span>{{/coloured}}{{#hasNote}} <span class="rating-note">({{note}})</span>{{/hasNote}}"#

    /// Context: a page with `kpis`.
    static let kpis = #"""
{{^empty(kpis)}}
<section class="kpis" aria-label="Key figures">
<div class="kpi-grid">
{{#kpis}}
<dl class="kpi"><dt>{{#hasTitle}}<abbr title="{{title}}">{{label}}</abbr>{{/hasTitle}}{{^hasTitle}}{{label}}{{/hasTitle}}</dt><dd><span class="kpi-value{{#hasTone}} kpi-{{tone}}{{/hasTone}}">{{value}}</span>{{#hasNote}}<span class="kpi-note">{{note}}</span>{{/hasNote}}</dd></dl>
{{/kpis}}
</div>
</section>
{{/empty(kpis)}}

"""#

    /// Context: a chart (`svg` drawn and escaped by the chart kit; its data table escaped here).
    static let chart = #"""
<figure class="chart-figure">
<div class="chart-scroll">{{{svg}}}</div>
<details class="chart-data">
<summary>Data: {{caption}}</summary>
<div class="table-wrap">
<table>
<caption class="visually-hidden">{{caption}}</caption>
<thead><tr>{{#columns}}<th scope="col"{{#numeric}} class="num"{{/numeric}}>{{header}}</th>{{/columns}}</tr></thead>
<tbody>
{{{rowsHTML}}}</tbody>
</table>
</div>
{{#notes}}
<p class="hint">{{.}}</p>
{{/notes}}
</details>
</figure>

"""#

    /// Context: a page with `charts`.
    static let charts = #"""
{{^empty(charts)}}
<section class="charts" aria-labelledby="charts">
<h2 id="charts">Charts</h2>
<div class="chart-grid">
{{#charts}}
{{> partials/chart}}
{{/charts}}
</div>
</section>
{{/empty(charts)}}

"""#

    /// Context: a page with `facts`.
    static let facts = #"""
<div class="facts">
{{#facts}}
<dl><dt>{{label}}</dt><dd>{{#value}}{{> partials/link}}{{/value}}</dd></dl>
{{/facts}}
</div>
"""#

    /// Context: an object with `projects` (project rows).
    static let projectsTable = #"""
{{#empty(projects)}}
<p class="empty">No projects.</p>
{{/empty(projects)}}
{{^empty(projects)}}
<div class="table-wrap" role="region" aria-label="Projects table" tabindex="0">
<table>
<caption class="visually-hidden">Projects</caption>
<thead>
<tr><th scope="col">Project</th><th scope="col">Program</th><th scope="col">Phase</th><th scope="col">Manager</th><th scope="col" class="num">Budget</th><th scope="col">Overall RAG</th><th scope="col">Latest report</th></tr>
</thead>
<tbody>
{{#projects}}
<tr><th scope="row">{{#link}}{{> partials/link}}{{/link}}</th><td>{{#program}}{{> partials/link}}{{/program}}</td><td><span class="phase phase-{{phaseKey}}">{{phase}}</span></td><td>{{manager}}</td><td class="num"><span title="{{budgetFull}}">{{budget}}</span></td><td>{{#rating}}{{> partials/badge}}{{/rating}}</td><td>{{reportDate}}</td></tr>
{{/projects}}
</tbody>
</table>
</div>
{{/empty(projects)}}

"""#

    /// Context: an object with `programs` (program rows).
    static let programsTable = #"""
{{#empty(programs)}}
<p class="empty">No programs.</p>
{{/empty(programs)}}
{{^empty(programs)}}
<div class="table-wrap" role="region" aria-label="Programs table" tabindex="0">
<table>
<caption class="visually-hidden">Programs</caption>
<thead>
<tr><th scope="col">Program</th><th scope="col">Sponsor</th><th scope="col">Manager</th><th scope="col" class="num">Projects</th></tr>
</thead>
<tbody>
{{#programs}}
<tr><th scope="row">{{#link}}{{> partials/link}}{{/link}}</th><td>{{sponsor}}</td><td>{{manager}}</td><td class="num">{{projectCount}}</td></tr>
{{/programs}}
</tbody>
</table>
</div>
{{/empty(programs)}}

"""#
}
