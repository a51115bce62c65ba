/// `changes.mustache`. Context: `ChangeLogPage`.
enum ChangeTemplates {
    static let changes = #"""
{{<layout}}
{{$content}}
<header class="page-header">
<h1>Change requests</h1>
<p class="lede">Every change request submitted on or before the status date, with the status in force then.</p>
</header>
<ul class="tally">
{{#statusCounts}}
<li><span class="status status-{{key}}">{{label}}</span> <span class="tally-count">{{count}}</span></li>
{{/statusCounts}}
</ul>
<section aria-labelledby="exposure">
<h2 id="exposure">Pending exposure</h2>
<p>Submitted requests awaiting a decision; their cost and days are not in any baseline. Approved requests have moved baselines by {{approvedCost}} and {{approvedDays}} days in all.</p>
{{#hasExposure}}
<div class="table-wrap" role="region" aria-label="Pending exposure table" tabindex="0">
<table>
<caption class="visually-hidden">Pending change exposure by project, program and portfolio</caption>
<thead>
<tr><th scope="col">Level</th><th scope="col">Name</th><th scope="col" class="num">Requests</th><th scope="col" class="num">Cost</th><th scope="col" class="num">Schedule days</th></tr>
</thead>
<tbody>
{{#exposure}}
<tr{{#isTotal}} class="total"{{/isTotal}}><td>{{level}}</td><th scope="row">{{#link}}{{> partials/link}}{{/link}}</th><td class="num">{{count}}</td><td class="num">{{cost}}</td><td class="num">{{days}}</td></tr>
{{/exposure}}
</tbody>
</table>
</div>
{{/hasExposure}}
{{^hasExposure}}
<p class="empty">No change request is awaiting a decision.</p>
{{/hasExposure}}
</section>
<h2 id="log">Log</h2>
{{#empty(changes)}}
<p class="empty">No change requests.</p>
{{/empty(changes)}}
{{^empty(changes)}}
<div class="table-wrap" role="region" aria-label="Change log table" tabindex="0">
<table>
<caption class="visually-hidden">Change log</caption>
<thead>
<tr><th scope="col">ID</th><th scope="col">Project</th><th scope="col">Title</th><th scope="col">Status</th><th scope="col">Submitted</th><th scope="col">Decided</th><th scope="col" class="num">Cost impact</th><th scope="col" class="num">Schedule days</th></tr>
</thead>
<tbody>
{{#changes}}
<tr id="{{anchor}}"><th scope="row">{{id}}</th><td>{{#project}}{{> partials/link}}{{/project}}</td><td>{{title}}</td><td><span class="status status-{{statusKey}}">{{status}}</span></td><td>{{submitted}}</td><td>{{decided}}</td><td class="num">{{cost}}</td><td class="num">{{scheduleDays}}</td></tr>
{{/changes}}
</tbody>
</table>
</div>
{{/empty(changes)}}
<p class="download"><a href="{{layout.changesCSVHref}}" download>Download the change log (CSV)</a></p>
{{/content}}
{{/layout}}

"""#
}
