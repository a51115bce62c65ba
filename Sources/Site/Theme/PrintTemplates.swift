/// `print.mustache`. Context: `PrintPage`.
enum PrintTemplates {
    static let print = #"""
{{<layout}}
{{$content}}
<header class="page-header print-cover">
<h1>{{title}}</h1>
<p class="lede">Status date {{statusDate}}. Print this page, or save it as PDF, for the board: each program and project starts on a new page.</p>
<nav class="toc" aria-label="Board pack contents">
<ol>
{{#sections}}
<li><a href="#{{anchor}}">{{title}}</a></li>
{{/sections}}
</ol>
</nav>
</header>
{{#sections}}
<section class="print-page print-{{kind}}" id="{{anchor}}" aria-label="{{title}}">
{{{html}}}
</section>
{{/sections}}
{{/content}}
{{/layout}}

"""#
}
