/// `methodology.mustache`. Context: `MethodologyPage`.
enum MethodologyTemplates {
    static let methodology = #"""
{{<layout}}
{{$content}}
<header class="page-header">
<h1>Methodology</h1>
<p class="lede">How every figure on this site is computed, with the thresholds and rules in force for this build (status date <time datetime="{{layout.statusDateISO}}">{{layout.statusDate}}</time>).</p>
</header>
<nav class="toc" aria-label="Contents">
<ol>
{{#sections}}
<li><a href="#{{id}}">{{title}}</a></li>
{{/sections}}
</ol>
</nav>
{{#sections}}
<section aria-labelledby="{{id}}">
<h2 id="{{id}}">{{title}}</h2>
{{#paragraphs}}
<p>{{.}}</p>
{{/paragraphs}}
{{#hasItems}}
<div class="glossary">
{{#items}}
<dl><dt><abbr title="{{name}}">{{term}}</abbr> — {{name}}</dt><dd>{{meaning}} <code>{{formula}}</code></dd></dl>
{{/items}}
</div>
{{/hasItems}}
</section>
{{/sections}}
<p class="hint">The same figures, unrounded only by the published rounding, are in <a href="{{layout.dataHref}}">data/portfolio.json</a>.</p>
{{/content}}
{{/layout}}

"""#
}
