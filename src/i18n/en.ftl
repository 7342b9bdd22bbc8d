# English messages, in Fluent (https://projectfluent.org/fluent/guide/): `{ $name }` is
# replaced by the value the code gives, `{ $count -> [one] … *[other] … }` chooses the words
# that agree with a number by English's plural rule. Every id here is in fr.ftl too, with the
# same variables (a test checks both; the compiler checks each `msg!` against this catalogue).
# A native rule's own messages are in its rule file (`[messages]`, `[fr.messages]`); build.rs
# adds them to this catalogue, and an id defined twice stops the build.

# Counts and summaries
count-files =
    { $count } { $count ->
        [one] file
       *[other] files
    }
count-datasets =
    { $count } { $count ->
        [one] dataset
       *[other] datasets
    }
count-errors =
    { $count } { $count ->
        [one] error
       *[other] errors
    }
count-warnings =
    { $count } { $count ->
        [one] warning
       *[other] warnings
    }
count-infos =
    { $count } { $count ->
        [one] info
       *[other] infos
    }
summary-checked = Checked { $inputs }: { $counts } ({ $clean } clean)
summary-nothing-checked =
    Nothing checked: { $count } { $count ->
        [one] input
       *[other] inputs
    } could not be read or held no manifest (below)
summary-skipped = Skipped { $count } ({ $reason })
skip-archived = archived
skip-deleted = deleted
skip-unreadable = listed on a page that could not be read
skip-broken-record = records that are not whole, each reported as DG001
skip-other-organization = other organization
or = {" "}or{" "}

# Reading the file (DG001)
yaml-syntax-error = YAML syntax error: { $detail }
yaml-second-document = a manifest holds one YAML document, this is a second one
json-syntax-error = JSON syntax error: { $detail }
alias-bomb = the document expands to more than { $max } nodes (an alias bomb?); manifests are small, so it is not read further
duplicate-key-line = duplicate key `{ $name }`: it is already defined on line { $line }, and only the last one is kept
duplicate-key = duplicate key `{ $name }`: it is already defined above, and only the last one is kept
nesting-too-deep = nesting is deeper than { $max } levels; manifests need a handful
complex-key = a mapping key must be a plain value, not a list or a mapping
unknown-anchor = alias to an unknown anchor
file-too-large = the file is { $size } bytes, over the { $max }-byte limit for a manifest; it was not read
invalid-utf8 = the file is not valid UTF-8 (byte { $byte } at offset { $offset })
catalogue-in-check = a catalogue export is read with `dglint audit --catalog`

# What the YAML parser (saphyr) found wrong: its own words in English
yaml-mapping-value-here = mapping values are not allowed in this context
yaml-list-item-here = block sequence entries are not allowed in this context
yaml-tab-in-plain = while scanning a plain scalar, found a tab
yaml-tab-indentation = tabs disallowed within this context (block indentation)
yaml-quoted-unterminated = while scanning a quoted scalar, found unexpected end of stream
yaml-unknown-escape = while parsing a quoted scalar, found unknown escape character
yaml-after-quoted = invalid trailing content after double-quoted scalar
yaml-flow-list-unclosed = while parsing a flow sequence, expected ',' or ']'
yaml-flow-mapping-unclosed = while parsing a flow mapping, did not find expected ',' or '{"}"}'
yaml-list-dash-expected = while parsing a block collection, did not find expected '-' indicator
yaml-key-expected = while parsing a block mapping, did not find expected key
yaml-value-expected = while parsing a node, did not find expected node content
yaml-misplaced-bracket = misplaced bracket
yaml-invalid-indentation = invalid indentation
yaml-quoted-indentation = invalid indentation in quoted scalar
yaml-colon-expected = simple key expect ':'
yaml-misplaced-colon = illegal placement of ':' indicator
yaml-document-start = did not find expected <document start>
yaml-unexpected-character = unexpected character: `{ $character }'

# What the JSON parser (jsonc-parser) found wrong: its own words in English
json-bare-decimal-point = Leading or trailing decimal points on numbers are not allowed
json-comment = Comments are not allowed
json-colon-expected = Expected colon after the string or word in object property
json-value-expected = Expected value after colon in object property
json-digit-expected = Expected digit
json-digit-after-minus = Expected digit following negative sign
json-exponent-expected = Expected plus, minus, or digit in number literal
json-property-name-expected = Expected string for object property
json-hexadecimal = Hexadecimal numbers are not allowed
json-comma-expected = Expected comma
json-several-values = Text cannot contain more than one JSON value
json-non-finite = Infinity and NaN are not allowed
json-single-quotes = Single-quoted strings are not allowed
json-trailing-comma = Trailing commas are not allowed
json-unary-plus = Unary plus on numbers is not allowed
json-unexpected-close-brace = Unexpected close brace
json-unexpected-close-bracket = Unexpected close bracket
json-unexpected-colon = Unexpected colon
json-unexpected-comma = Unexpected comma
json-unexpected-word = Unexpected word
json-unexpected-token = Unexpected token
json-unexpected-token-in-object = Unexpected token in object
json-unterminated-array = Unterminated array
json-unterminated-comment = Unterminated comment block
json-unterminated-object = Unterminated object
json-too-deep = Maximum nesting depth exceeded
json-invalid-escape-single = Invalid escape in single quote string
json-invalid-escape-double = Invalid escape in double quote string
json-invalid-escape = Invalid escape
json-four-hex-digits = Expected four hex digits
json-two-hex-digits = Expected two hex digits
json-invalid-unicode-escape = Invalid unicode escape sequence. '{ $sequence }' is not a valid UTF8 character
json-unterminated-string = Unterminated string literal

# Suppression comments (DG002)
suppression-not-a-rule = `{ $written }` in this suppression is not a rule
suppression-no-key = this suppression of `{ $written }` is not followed by a key
suppression-unused = this suppression of `{ $written }` suppresses nothing
suppression-unused-help = remove it, or fix its rule list

# The manifest schema (DG101-DG104)
manifest-empty = the manifest is empty
manifest-empty-help = write the dataset's fields as a mapping (`title: ...`)
manifest-not-mapping = the manifest must be a mapping of fields, not { $found }
manifest-not-mapping-help = write the dataset's fields as a mapping (`title: ...`), one dataset per file
api-dataset-not-object = a dataset of the udata API is a JSON object
the-manifest = the manifest
unknown-key = unknown key `{ $key }`
unknown-key-did-you-mean = did you mean `{ $name }`? (dglint uses the udata API v1 field names)
unknown-key-help = remove it, or use one of: { $known }
wrong-type = `{ $field }` must be { $expected }, not { $found }
wrong-type-help = write { $expected } here
invalid-date = `{ $field }` is not an ISO 8601 date: `{ $written }`
invalid-date-help = write a date as YYYY-MM-DD, or a date-time as YYYY-MM-DDTHH:MM:SS with an optional offset
invalid-value = `{ $field }`: { $detail }
not-an-allowed-value = `{ $written }` is not one of the allowed values: { $allowed }
type-null = null
type-boolean = true or false
type-integer = an integer
type-number = a number
type-string = a string
type-array = a list
type-object = a mapping

# Licence (DG230-DG233)
license-write = write `{ $id }` ({ $title })

# Frequency and coverage (DG240-DG253)
frequency-unknown = the update frequency is `unknown`
no-manifest-here = { $path }: no manifest here (files named `*.dataset.yaml`, `*.dataset.yml`, `*.dataset.json` or `dataset.yaml`); name a file to check it whatever its name
did-you-mean-id = did you mean `{ $id }`?

# Freshness (DG401-DG404)
update-source-none = no date: taken as published now
update-source-harvest = the harvested `modified_at`
update-source-dataset-modified = the dataset's `last_modified`
update-source-resource-harvest = the harvested `modified_at` of resource { $number }
update-source-resource-crawler = the crawler's `analysis:last-modified-at` of resource { $number }
update-source-resource-modified = the `last_modified` of resource { $number }
update-source-declared = `last_update`
update-source-file = the last change of `{ $path }`

# Resources and links (DG501-DG512)
after-redirects = {" "}(after redirects to { $url })

# data.gouv.fr's criteria and why they fail
criterion-license = licence set
criterion-temporal-coverage = temporal coverage set
criterion-spatial = spatial coverage set
criterion-update-frequency = update frequency set
criterion-update-fulfilled-in-time = updated on time
criterion-description-quality = description detailed enough
criterion-has-resources = has resources
criterion-has-open-format = an open file format
criterion-all-resources-available = resources available
criterion-resources-documentation = resources documented
udata-license-portal = the portal records no licence for this dataset (its `quality.license` is false)
udata-license-missing = no licence: data.gouv.fr counts any licence id here, even `notspecified`
udata-object-missing = no `{ $field }`: data.gouv.fr counts any `{ $field }` object, even empty
udata-frequency-missing = no update frequency
udata-frequency-invalid = not a frequency of udata's vocabulary
udata-late = last updated on { $updated } ({ $source }); a `{ $frequency }` frequency made the next update due on { $due }, and the day of grace ended on { $grace }
udata-description-short =
    the description has { $length } { $length ->
        [one] character
       *[other] characters
    }; { $instance } counts it from more than { $minimum }
udata-description-missing = no description
udata-no-format = no resource declares a format
udata-no-open-format = no resource has an open format (declared: { $declared }); data.gouv.fr counts pdf, doc, docx, word, xls, excel and xlsx as closed
udata-resource-unavailable = the portal's crawler found resource { $number } unavailable (`check:available` is { $value })
udata-no-documentation = no resource is of type `documentation` or has a description

# Machine formats
sarif-help =
    { $fix }

    `dglint rule { $code }` explains it.

label-error = error
label-warning = warning
label-help = help
labelled = { $label }: { $text }
colon = :{" "}
label-info = info
not-audited = not audited: { $message }

# Scores
score-headline = { $dataset }: data.gouv.fr score { $udata } · dglint score { $dglint }
score-partial = { $score } on { $max } of { $total } points
udata-unknown-count = , { $count } unknown
criterion-unknown = { $key }: unknown without the resources
criterion-no-point = {" "}(no point)
criterion-predicted = {" "}(predicted: { $note })
predicted-links = links not crawled by the portal yet
predicted-dates = from the dates the manifest declares
predicted-portal = depends on what the portal records
score-by-category = dglint by category: { $categories }
mqa-partial = { $points }/{ $max } ({ $rating }), { $unknown } points unknown: at most { $best }
mqa-detail = data.europa.eu MQA { $summary } · { $feed } points lost to data.gouv.fr's feed (no theme, no spatial coverage) · missed: { $missed }
mqa-nothing-missed = nothing
mqa-rating-excellent = excellent
mqa-rating-good = good
mqa-rating-sufficient = sufficient
mqa-rating-bad = bad
score-fix-first = fix these first: { $fixes }
column-fix-first = FIX FIRST
scores-column-dataset = DATASET
not-scored = not scored (it holds no dataset that could be read)
summary-scored = Scored { $datasets }
gate-dglint = dglint score { $score } is below --fail-under { $floor }
gate-udata = data.gouv.fr score { $points }/{ $max } is below --fail-under-udata { $floor }
gate-failures =
    { $count } { $count ->
        [one] dataset is
       *[other] datasets are
    } below the score gate:

# Audit summary, Markdown and HTML reports
audit-headline = Audit of { $datasets }
audit-udata-distribution = data.gouv.fr score, mean { $mean }:
audit-range = { $low } to { $high }
audit-with-served = { $computed }; the portal serves { $served }
audit-dglint-distribution = dglint score (mean { $mean }; grades { $grades }):
audit-criteria = data.gouv.fr criteria met:
audit-mqa = data.europa.eu MQA (mean { $mean }/405; { $ratings }), indicators met:
audit-mqa-feed = {" "}(never in data.gouv.fr's feed)
audit-categories = dglint categories without findings:
audit-frequent = Most frequent findings:
audit-in-datasets = in { $datasets }
audit-fix-first = Fix first (what fixing would gain × how much the dataset is used):
audit-usage = { $views } views, { $downloads } downloads, { $reuses } reuses
audit-trends = Since the audit of { $previous }:
audit-trend-means = mean data.gouv.fr score { $udata_before } → { $udata_now }; mean dglint score { $dglint_before } → { $dglint_now }
audit-trend-datasets =
    { $improved } { $improved ->
        [one] dataset
       *[other] datasets
    } improved, { $regressed } regressed; { $added } new, { $removed } gone
audit-trend-findings = { $new } new findings, { $fixed } fixed
audit-regressed = Regressed
audit-improved = Improved
column-criterion = Criterion
column-category = Category
column-rule = Rule
column-findings = Findings
column-datasets = Datasets
column-dataset = Dataset
column-scores = data.gouv.fr · dglint scores
column-views = Views
column-fix-first-finding = Fix first
column-before = Before
column-now = Now
column-rank = #
column-organization = Organization
column-udata = data.gouv.fr
column-dglint = dglint
column-grade = Grade
column-findings-by-severity = Errors / warnings / infos
column-days-late = Days late
column-detail = Detail
html-title = Metadata quality audit
html-subtitle = { $datasets } audited on { $date } by dglint { $version }
html-figures = Key figures
html-figure-datasets = Datasets audited
html-figure-udata = Mean data.gouv.fr score
html-figure-dglint = Mean dglint score
html-figure-seven = Datasets at 7/9 or more
html-figure-findings = Findings
html-figure-skipped = Datasets left out
html-charts = Where the catalogue stands
html-chart-udata = Datasets by data.gouv.fr score
html-chart-dglint = Datasets by dglint score
html-chart-criteria = Share of datasets meeting each data.gouv.fr criterion
html-chart-freshness = Datasets by days late on their update frequency
html-chart-rules = Findings by rule
html-on-time = on time
html-no-due-date = no due date, or unknown
html-trend-criteria = Share of datasets meeting each criterion, before and now
html-datasets = Datasets
html-priority-note = In fix-first order: what fixing every finding would add to the dglint score, times how much the dataset is used (1 + log10(1 + views + downloads + 100 × reuses + 10 × followers)).
html-filter = Filter (title, organisation, id, rule code)
html-all-grades = all
html-page-size = Rows per page
html-all = all
html-static-rows = The first { $shown } of { $total } datasets, in fix-first order.
html-table-caption = Datasets, their scores and the finding to fix first
html-previous = Previous page
html-next = Next page
html-detail = detail
html-details = Findings of the first { $count } datasets
html-no-finding = No finding.
html-showing = Datasets %first%–%last% of %total% (%all% in all)
html-none = No dataset matches.

# Progress bars
unit-datasets = datasets
unit-pages = listing pages
unit-discussions = discussions
unit-urls = URLs
progress-eta = %eta% left

# Baselines
baseline-written =
    wrote { $count } { $count ->
        [one] finding
       *[other] findings
    } to the baseline { $path }
baseline-pruned =
    pruned { $count } stale { $count ->
        [one] entry
       *[other] entries
    } from the baseline { $path }
baseline-stale = baseline entry { $code } { $place } matches no finding any more (fixed?); --prune-baseline removes it

# Why a command could not do its work
io-not-found = no such file or directory
io-permission-denied = permission denied
io-is-a-directory = it is a directory
io-not-a-directory = a part of the path is not a directory
io-already-exists = it already exists
io-storage-full = no space left on the device
io-read-only = the file system is read-only
cannot-read = cannot read { $path }: { $reason }
cannot-write = cannot write { $path }: { $reason }
dangling-link = a symbolic link to nothing
not-regular-file = { $kind ->
    [fifo] a FIFO
    [socket] a socket
    [device] a device
   *[other] not a regular file
}, not a manifest file: not read
catalog-empty = { $path }: the file is empty: a catalogue export starts with a header row
invalid-config = invalid config: { $detail }
on-command-line = { $problem } on the command line
would-overwrite = { $files } { $count ->
    [one] already exists
   *[other] already exist
}; dglint init overwrites nothing
unknown-rule = no rule is named `{ $written }`; `dglint rules` lists them
unknown-rule-close = no rule is named `{ $written }` (did you mean `{ $close }`?); `dglint rules` lists them
unknown-selector = unknown rule selector `{ $selector }`
unknown-selector-close = unknown rule selector `{ $selector }` (did you mean `{ $close }`?)
unknown-profile = score profiles are { $profiles }
cannot-list = cannot list the datasets of `{ $organization }`: { $reason }
fetch-not-found = { $url }: not found (404): no such dataset, or a private one (set { $variable } to read private datasets)
fetch-gone = { $url }: gone (410): the dataset has been deleted
fetch-status = { $url }: the server answered { $status }
fetch-not-json = { $url }: the answer is not valid JSON: { $detail }
baseline-unreadable = cannot read the baseline { $path }: { $reason }
baseline-invalid = the baseline { $path } is not valid: { $detail }
baseline-version = the baseline { $path } has version { $version }, this dglint reads version { $supported }
baseline-unwritable = cannot write the baseline { $path }: { $reason }
not-a-report = { $path } is not a dglint JSON report: { $detail }
about = { $subject }: { $problem }
as-of-invalid = --as-of `{ $text }` is not an ISO 8601 date or date-time
config-docs-url = docs-url must be an absolute http or https address (where the manual is published)
config-description-length = description-length must be a number of characters (0 or more)
config-unknown-instance = dglint does not know the settings of the udata instance `{ $name }`
config-unknown-instance-help = name `data.gouv.fr` or `udata` (udata's defaults), or give the instance's `description-length` (its QUALITY_DESCRIPTION_LENGTH)
config-unknown-category = unknown category `{ $name }`
config-categories-are = categories are { $known }
config-category-weight = a category weight
config-unknown-grade = unknown grade `{ $grade }`
config-grades-are = grades with a floor are A, B, C and D (below D is E)
config-grade-floor = a grade floor
config-unknown-profile = unknown score profile `{ $profile }`
config-number-range = { $what } must be a number from { $low } to { $high }
config-unknown-rule = unknown rule `{ $name }`
resource-export-partial = the resource export lists the resources of { $covered } of the { $total } datasets that have some: the others' resources stay unknown (an export of another day, or a sample?)
resource-export-absent = without --resources, only what each record says of its resources is known (their number and formats): the rules about the resources themselves do not run, and udata's availability and documentation criteria are unknown
link-cache-not-saved = the link cache was not saved: { $reason }
links-not-checked = links not checked: { $reason }
link-cache-unreadable = the link cache { $path } cannot be read ({ $detail }); it is ignored
discussions-not-read = discussions not read, so not checked: { $reason }
not-an-export = { $path } is not { $expected }: { $found }
export-of-datasets = a dataset catalogue export (`export-dataset-*.csv`)
export-of-resources = a resource catalogue export (`export-resource-*.csv`)
export-header-of-resources = its header is a resource export's (`dataset.id`, …): give it with --resources
export-header-of-datasets = its header is a dataset export's (no `dataset.id`): give it with --catalog
export-first-line = its first line is `{ $line }` ({ $count } { $count ->
    [one] field
   *[other] fields, separated by `;`
})
param-unknown = unknown parameter `{ $name }`: this rule has { $known }
param-unknown-none = unknown parameter `{ $name }`: this rule has no parameter
param-wrong-type = parameter `{ $name }` must be { $kind ->
    [integer] an integer
    [string] a string
    [number] a number
    [boolean] a boolean
   *[other] a value of the same type
}, like its default `{ $default }`
param-invalid = parameter `{ $name }`: { $problem }
rule-code = code `{ $code }` is not DG followed by three digits
rule-code-category = code { $code } does not match category { $category } (DG{ $digit }xx)
rule-user-code = code `{ $code }` must be capital letters then digits (`X001`), and not start with DG
rule-name = name `{ $name }` is not kebab-case
rule-user-not-declarative = a user rule is declarative: `check.kind = "schema"`
rule-user-messages = a user rule's message is `check.message` (and `fr.message`); `[messages]` is for dglint's native rules
rule-user-udata = `udata` names the dglint rule that reports a criterion of data.gouv.fr's score; a user rule counts in dglint's score with `criterion`
rule-criterion = no criterion of dglint's score is named `{ $criterion }`: { $known }
rule-no-native-check = no native check is registered for { $code }
rule-pointer = pointer pattern `{ $pattern }` must be empty or start with `/`
rule-schema = invalid schema: { $detail }
rule-code-taken = the code { $code } is already taken
rule-name-taken = the name { $name } is already taken
invalid-rule-file = invalid rule file: { $problem }
cannot-read-rule-directory = cannot read the rule directory { $path }: { $reason }
list-name = NAME
list-category = CATEGORY
list-severity = SEVERITY
list-criterion = CRITERION
list-evidence = EVIDENCE
list-rules = RULES
details-separator = {"; "}

## Fixes (`check --fix`, `--diff`, `--fix-only`)
fix-would-not-parse = the fixed file would not parse
fix-would-raise = the fixed file would raise { $code }, an error it does not have now
fix-file-changed = { $path } changed on disk while dglint was fixing it: left as it is
fix-file-read-only = { $path } is read-only: its fixes were not written
fix-not-written = cannot write the fixes of { $path }: { $reason }
fix-refused = { $place }: the fix of { $code } was not applied: { $reason }
fix-not-rewritable = { $path }: `--fix` and `--diff` rewrite YAML and JSON manifests only (never API data, JSON Lines or a catalogue export); nothing was written
fix-summary =
    Fixed { $count } { $count ->
        [one] finding
       *[other] findings
    }{ $files ->
        [0] {""}
        [one] {" "}in 1 file
       *[other] {" "}in { $files } files
    }.
fix-would-change =
    { $count } { $count ->
        [one] fix
       *[other] fixes
    } would change { $files ->
        [one] 1 file
       *[other] { $files } files
    } (nothing written).
fix-unsafe-hint =
    { $count } more { $count ->
        [one] finding has
       *[other] findings have
    } a fix that `--unsafe-fixes` would apply.
fix-available-hint =
    {"[*]"} { $count } { $count ->
        [one] finding is
       *[other] findings are
    } fixable with `--fix`{ $unsafe ->
        [0] {""}
       *[other] {" "}({ $unsafe } more with `--unsafe-fixes`)
    }.
label-fix = fix
fix-how-safe = applied by `--fix`
fix-how-unsafe = applied by `--fix --unsafe-fixes`
list-fix = FIX
rule-autofix =
    Automatic fix ({ $safety ->
        [safe] safe: `dglint check --fix` applies it
       *[other] unsafe: `dglint check --fix --unsafe-fixes` applies it
    }): { $description }
rule-no-autofix =
    No automatic fix: { $category ->
        [document] dglint cannot tell what the text was meant to say, nor which score the portal will show.
        [schema] dglint cannot tell which key, type or value was meant (an unknown key with a likely meaning has a fix: DG101).
        [completeness] what is missing or wrong is the producer's knowledge of the data (a description, a coverage, a licence or a frequency to choose); the rules whose right edit is certain have a fix.
        [openness] the resource itself must be published in another format or described; the manifest cannot say it alone.
        [freshness] the data must be updated (or its frequency reconsidered), or a discussion answered: no edit of the manifest does that.
        [resources] the file or the link must be repaired where it is served; a permanent redirect has a fix (DG511).
        [portal] the manifest and the portal must be brought together: `dglint pull --update` takes the portal's values into the manifest, publishing the manifest takes its values to the portal.
        [harvest] the source catalogue must say it in a form udata's harvester reads: the help names the property and what it accepts.
       *[other] renaming a file changes more than the manifest (the file itself, the links to it), and dglint rewrites manifests only.
    }
update-unreadable = the manifest does not parse: fix it first (`dglint check` says where)
update-not-editable = it cannot be edited in place ({ $reason }): `--force` rewrites it whole
update-not-settled = edited in place, it would still differ from the portal: `--force` rewrites it whole
pull-unread-datasets = { $count } { $count ->
        [one] dataset
       *[other] datasets
    } on pages that could not be read: pull again to get { $count ->
        [one] it
       *[other] them
    }
pull-updated = updated { $path }: { $count } { $count ->
        [one] field
       *[other] fields
    }
pull-skipped = skipped { $path }: it exists (`--update` brings it to the portal, `--force` rewrites it)
pull-not-updated = { $path } not updated: { $reason }
pull-summary = { $written } { $written ->
        [one] manifest
       *[other] manifests
    } written in { $directory }, { $updated } updated, { $up_to_date } up to date, { $skipped } skipped; left out: { $deleted } deleted, { $archived } archived (`--include-archived` pulls them)
diff-unnamed = { $count } { $count ->
        [one] manifest names
       *[other] manifests name
    } no dataset (no `id` or `slug`): not compared
harvested-fix = This dataset is harvested from { $source } ({ $backend }): change `{ $property }` there, since data.gouv.fr's copy is overwritten at every harvest.
audit-sources = Harvested: { $harvested } of { $datasets } datasets come from { $sources } source { $sources ->
        [one] catalogue
       *[other] catalogues
    }, where their metadata is fixed (the largest):
audit-source-scores = mean { $mean }/{ $max }, { $findings } { $findings ->
        [one] finding
       *[other] findings
    }
column-backend = Backend
column-source = Source
column-udata-mean = data.gouv.fr mean
dcat-skipped = { $path }: { $count } { $count ->
        [one] record has
       *[other] records have
    } no `dct:title`: udata's harvester skips { $count ->
        [one] it
       *[other] them
    }
xml-entities-refused = the file declares XML entities, which dglint does not expand (one can grow to billions of characters): write the text itself
dcat-no-identifier = { $path }: { $count } { $count ->
        [one] record has
       *[other] records have
    } no `dct:identifier`, which udata's harvester keys datasets by: it skips { $count ->
        [one] it
       *[other] them
    }
dcat-paging-loop = the catalogue's paging leads back to { $page }: the pages are read once each
ckan-answer-failed = the CKAN site answered with an error: { $error }
ckan-no-resource = { $path }: { $count } { $count ->
        [one] package has
       *[other] packages have
    } no resource: udata's CKAN harvester skips { $count ->
        [one] it
       *[other] them
    }
ckan-refused = { $path }: udata's CKAN harvester refuses the package `{ $package }` and makes no dataset of it: { $reasons }
ckan-field-missing = `{ $field }` is missing
ckan-field-invalid = `{ $field }` should be { $expected ->
        [text] a string
        [text-or-null] a string or null
        [date] a date
        [integer] an integer
        [integer-or-null] an integer or null
        [boolean] true or false
        [url] a URL udata accepts (http, https, ftp or ftps, a known top-level domain, not a local or private address)
        [email] an e-mail address
        [list] a list
        [object] an object
        [polygon] a GeoJSON Polygon or MultiPolygon
        [one-of] one of { $allowed }
       *[other] present
    } (found { $found })
csw-exception = the CSW server answered with an exception: { $exception }
csw-no-results = not an answer to a CSW GetRecords request (no `csw:GetRecordsResponse/csw:SearchResults`)
csw-iso-not-dataset = { $path }: { $count } ISO 19139 { $count ->
        [one] record is
       *[other] records are
    } neither a dataset nor a series (`gmd:hierarchyLevel`: { $levels }): udata's harvester makes no dataset of { $count ->
        [one] it
       *[other] them
    }
csw-iso-fails = { $path }: record { $record }: udata's ISO 19139 stylesheet fails on it, and the harvester makes no dataset of it: { $message }
iso-several-levels = the record has several `gmd:hierarchyLevel`
iso-bound-missing = its bounding box has no `gmd:{ $bound }/gco:Decimal`
csw-record-unreadable = { $path }: record { $record } is not RDF/XML, and udata's harvester fails it: { $message }
