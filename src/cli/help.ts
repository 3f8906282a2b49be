/** The `--help` text of every command, each with examples. */

const COMMON_SCORER = `  --pack NAME          domain pack to layer on the English core (repeatable: diplomacy, labor,
                       corporate, or none; default diplomacy)
  --lexicon FILE       your own lexicon module (JSON, repeatable; see detente lexicon check)`;

/**
 * Help texts by command (`main` for `detente --help`).
 * @example
 * ```ts
 * process.stdout.write(`${HELP.score}\n`);
 * ```
 */
export const HELP: Readonly<Record<string, string>> = {
  main: `detente — score what people said, conciliatory vs confrontational, and find who said it

Usage: detente <command> [options]

Commands:
  score FILE|-         score the text column of a CSV (stdin with -), every row accounted for
  extract ARTICLE|-    find the statements in an article and who made them
  explain "text"       show the evidence behind one score
  eval FILE            measure agreement with a labelled CSV/TSV
  profile FILE         per-speaker tone profiles and group comparisons
  report FILE          a static HTML report with charts (-o report.html)
  lexicon check FILE   validate a lexicon module of your own

Options: --help (any command), --version

Exit codes: 0 ok, 1 runtime failure, 2 usage error, 3 finished but some rows were reported as malformed.

Examples:
  detente score statements.csv --text text --speaker speaker -o scored.csv --errors errors.csv
  detente explain "We will respond with a severe and coordinated economic response."
  detente score --help`,

  score: `Usage: detente score FILE|- [options]

Scores the text column of every row. The output keeps every input column, in order, and appends
tone_score, tone_label, tone_conciliatory, tone_confrontational, tone_hits, tone_dimensions,
tone_evidence and tone_status (ok or empty). Malformed rows (ragged, bad or unterminated quotes,
invalid UTF-8, a field over the size limit) go to the errors file. The summary on stderr says
rows read = scored + reported. Output files appear only when the run completes.

Options:
  --text COL           column to score, by name or 0-based index (default: text)
  --speaker COL        speaker column (checked to exist; kept in the output)
  --id COL             id column (checked to exist; kept in the output)
  -o, --output FILE    write here instead of stdout
  --errors FILE        write malformed rows here (row,reason,message,raw)
  --format FMT         csv (default), json or jsonl
  --workers N          score on N threads: this one + N-1 worker threads (auto: one
                       per core); output order is kept
  --delimiter C        field delimiter (default , or tab for .tsv; "tab" works)
  --quote C            quote character (default ")
  --no-header          the first row is data; refer to columns by index
  --prefix P           prefix of the appended columns (default tone_)
  --max-field-bytes N  longest field accepted (default 1048576)
${COMMON_SCORER}
  -q, --quiet          no progress bar, no summary

Exit codes: 0 ok, 1 runtime failure, 2 usage error, 3 finished with malformed rows reported.

Examples:
  detente score statements.csv --text text -o scored.csv
  cat statements.csv | detente score - --text text --format jsonl > scored.jsonl
  detente score big.csv --text quote --speaker speaker --workers auto -o scored.csv --errors errors.csv
  detente score strikes.tsv --text statement --pack labor --lexicon my-terms.json -o out.tsv`,

  extract: `Usage: detente extract ARTICLE.txt|- [--format json|jsonl|csv]
       detente extract --articles FILE.csv --text COL --id COL [--format csv|json|jsonl] [-o OUT]

Finds the statements in an article — direct quotes, partial quotes and reported speech — with the
speaker, the speech cue, offsets and the tone of each. With --articles, reads a CSV of articles (or a
folder of .txt files) and writes one row per statement, with the article id.

Options:
  --format FMT         json (default for one article), jsonl or csv (default with --articles)
  --articles PATH      a CSV of articles, or a folder of .txt files (the file name is the id)
  --text COL           article text column (default text)
  --id COL             article id column (default id)
  -o, --output FILE    write here instead of stdout
${COMMON_SCORER}

Examples:
  detente extract article.txt
  detente extract article.txt --format csv > statements.csv
  detente extract --articles articles.csv --text body --id url -o statements.csv`,

  explain: `Usage: detente explain "text" [--json] [--pack NAME] [--lexicon FILE]

Scores one text and lists every lexicon hit: the words matched, their dimension, base and final
weight, the modifiers (negation, intensifiers, hedges, contrast, conditionals) and the module they
came from. Matched terms are highlighted on a terminal. Reads stdin when the text is -.

Options:
  --json               print the full score as JSON
${COMMON_SCORER}

Examples:
  detente explain "We will respond with a severe and coordinated economic response."
  echo "There is no trade space there — none." | detente explain -`,

  eval: `Usage: detente eval FILE --text COL --label COL [--value COL] [options]

Scores a labelled CSV or TSV and reports accuracy, macro-F1, per-class precision/recall/F1, the
confusion matrix, AUC (conciliatory vs confrontational ranking) and Spearman's rho against a
numeric column. Labels: conciliatory, confrontational, neutral, mixed (blank = unlabelled).

Options:
  --text COL           text column (default text)
  --label COL          gold label column
  --value COL          numeric gold column (e.g. a Goldstein weight), for Spearman
  --delimiter C        default , or tab for .tsv
  --json               print the evaluation as JSON
${COMMON_SCORER}

Examples:
  detente eval benchmarks/data/cameo-verbal.dev.tsv --text text --label class --value goldstein
  detente eval labelled.csv --text quote --label tone --pack labor --json`,

  profile: `Usage: detente profile FILE --speaker COL [--text COL] [--by COL] [--compare A,B] [options]

Scores every statement and profiles each speaker: count, mean and spread of the score, labels, the
dimensions they lean on and their strongest evidence. With --by (a date, a source…), profiles each
speaker per group; with two groups (or --compare A,B) it says who moved toward which pole.

Options:
  --speaker COL        speaker column (required)
  --text COL           text column (default text)
  --by COL             group column
  --compare A,B        the two groups to compare (default: the only two groups, if there are two)
  --delimiter C        default , or tab for .tsv
  --json               print the report as JSON
${COMMON_SCORER}

Examples:
  detente profile examples/statements.csv --speaker speaker --text text
  detente profile examples/statements.csv --speaker speaker --by date`,

  report: `Usage: detente report INPUT [-o report.html] [--by COL [--bin week]] [--side COL] [--compare A,B] [options]

Writes one self-contained HTML page (no script, no network; printable) with charts: each speaker's
mean tone with a bootstrap interval, tone per group (--by, a date or any column) per speaker, who
moved between two groups, the dimension mix per speaker, and the strongest statements each way with
their evidence marked. INPUT is a CSV/TSV or JSONL from detente score or extract (their tone is
used), raw statements (scored here), JSON from extract, or articles with --articles (a CSV with a
text column, or a folder of .txt files; extracted, then scored). Rows that cannot be read are
counted in the report's footer (exit code 3).

Options:
  -o, --output FILE    write here (default stdout)
  --speaker COL        speaker column (default speaker)
  --text COL           text column (default text)
  --by COL             group column for the over-time chart and the comparison (a date, or any column)
  --bin day|week|month with a date --by: periods, drawn on a time axis with each line's trend
                       (default day when every value is a date)
  --side COL           side column (a country, a party): a line, a trend and a shift per side
  --min-n N            statements a trend or a shift needs before it gets a direction (default 5)
  --compare A,B        the two groups to compare (default: the first and the last group; dates are
                       put in their --bin)
  --title TEXT         the report's title
  --top N              strongest statements listed each way (default 5)
  --articles           INPUT holds articles, not statements
  --delimiter C        default , or tab for .tsv
${COMMON_SCORER}
  -q, --quiet          no summary on stderr

Examples:
  detente report examples/statements.csv --by date -o report.html
  detente score big.csv --text quote -o scored.csv && detente report scored.csv --text quote --by date -o report.html
  detente report --articles articles.csv --by date --bin week --title "March talks" -o report.html
  detente report statements.csv --by date --bin week --side side --compare 2025-03-03,2025-04-04 -o report.html`,

  lexicon: `Usage: detente lexicon check FILE...

Validates lexicon modules of your own against the schema (id, version, kind, entries) and names the
entry and field of each problem. For tone modules it also checks that every term matches when
scored on its own. Exit code 1 if a module is invalid.

Examples:
  detente lexicon check my-terms.json
  detente lexicon check lexicons/packs/*.json`,
};
