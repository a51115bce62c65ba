/// `reports.mustache`. Context: `ReportsPage`.
enum ReportTemplates {
    static let reports = #"""
{{<layout}}
{{$content}}
<header class="page-header">
<h1>Reports</h1>
<p class="lede">The dashboard as it stood at the end of each reporting {{period}}, from the first status report to the status date.</p>
</header>
<div class="table-wrap" role="region" aria-label="Reporting dates table" tabindex="0">
<table>
<caption class="visually-hidden">Reporting dates</caption>
<thead>
<tr><th scope="col">Reporting date</th><th scope="col">Fiscal period</th><th scope="col">Portfolio RAG</th><th scope="col">Projects by shown RAG</th><th scope="col" class="num">CPI</th><th scope="col" class="num">SPI</th></tr>
</thead>
<tbody>
{{#rows}}
<tr><th scope="row">{{#link}}{{> partials/link}}{{/link}}</th><td>{{fiscalPeriod}}</td><td>{{#rag}}{{> partials/badge}}{{/rag}}</td><td><ul class="tally">{{#counts}}<li>{{#badge}}{{> partials/badge}}{{/badge}} <span class="tally-count">{{count}}</span></li>{{/counts}}</ul></td><td class="num">{{cpi}}</td><td class="num">{{spi}}</td></tr>
{{/rows}}
</tbody>
</table>
</div>
{{/content}}
{{/layout}}

"""#
}
